import { ErrorNotice, LoadingState, useFieldErrors } from '@casework/web-kit';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Modal,
  NumberInput,
  Select,
  SelectItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableHeader,
  TableRow,
  TextInput,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql/index.js';
import {
  type AdministrativeRequestCategoryInput,
  type ReferenceNumberKind,
} from '../gql/graphql.js';

const CategoriesQuery = graphql(`
  query RequestCategories {
    administrativeRequestCategories(includeInactive: true) {
      id
      code
      nameEn
      nameDe
      nameIt
      referenceKind
      referencePattern
      referenceExample
      sortOrder
      active
    }
  }
`);
const AddCategory = graphql(`
  mutation AddRequestCategory($input: AdministrativeRequestCategoryInput!) {
    addAdministrativeRequestCategory(input: $input) {
      id
    }
  }
`);
const UpdateCategory = graphql(`
  mutation UpdateRequestCategory($id: ID!, $input: AdministrativeRequestCategoryInput!) {
    updateAdministrativeRequestCategory(id: $id, input: $input) {
      id
    }
  }
`);

const KINDS: ReferenceNumberKind[] = [
  'NONE',
  'INVOICE_NUMBER',
  'ORDER_NUMBER',
  'CONTRACT_REFERENCE',
];
const EMPTY: AdministrativeRequestCategoryInput = {
  code: '',
  nameEn: '',
  nameDe: '',
  nameIt: '',
  referenceKind: 'NONE',
  referencePattern: null,
  referenceExample: null,
  sortOrder: 0,
  active: true,
};

/** Agency administrators configure the categories of administrative requests (R5.5, R5.6). */
export function RequestCategoriesPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CategoriesQuery);
  const [editing, setEditing] = useState<{
    id: string | null;
    input: AdministrativeRequestCategoryInput;
  } | null>(null);
  return (
    <div className="cw-page">
      <div className="cw-page__header">
        <h1 className="cw-page__title cds--type-heading-05">{t('categories.title')}</h1>
        <div className="cw-row">
          <Link to="/support">{t('desk.title')}</Link>
          <Button size="md" onClick={() => setEditing({ id: null, input: EMPTY })}>
            {t('categories.add')}
          </Button>
        </div>
      </div>
      {error && <ErrorNotice error={error} />}
      {loading && !data && <LoadingState />}
      <TableContainer title={t('categories.title')} description={t('categories.help')}>
        <Table aria-label={t('categories.title')} size="sm">
          <TableHead>
            <TableRow>
              {[
                'code',
                'nameEn',
                'nameDe',
                'nameIt',
                'referenceKind',
                'referencePattern',
                'active',
                'actions',
              ].map((h) => (
                <TableHeader key={h}>{t(`categories.${h}`)}</TableHeader>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {(data?.administrativeRequestCategories ?? []).map(({ id, ...c }) => (
              <TableRow key={id} data-testid="category-row">
                <TableCell>{c.code}</TableCell>
                <TableCell>{c.nameEn}</TableCell>
                <TableCell>{c.nameDe}</TableCell>
                <TableCell>{c.nameIt}</TableCell>
                <TableCell>{t(`categories.kind.${c.referenceKind}`)}</TableCell>
                <TableCell>{c.referencePattern ?? '–'}</TableCell>
                <TableCell>{c.active ? t('categories.yes') : t('categories.no')}</TableCell>
                <TableCell>
                  <Button
                    kind="ghost"
                    size="sm"
                    onClick={() =>
                      setEditing({
                        id,
                        input: {
                          code: c.code,
                          nameEn: c.nameEn,
                          nameDe: c.nameDe,
                          nameIt: c.nameIt,
                          referenceKind: c.referenceKind,
                          referencePattern: c.referencePattern,
                          referenceExample: c.referenceExample,
                          sortOrder: c.sortOrder,
                          active: c.active,
                        },
                      })
                    }
                  >
                    {t('categories.edit', { name: c.nameEn })}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {editing && <CategoryModal {...editing} onClose={() => setEditing(null)} />}
    </div>
  );
}

function CategoryModal({
  id,
  input,
  onClose,
}: {
  id: string | null;
  input: AdministrativeRequestCategoryInput;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState(input);
  const refetch = { refetchQueries: ['RequestCategories'], awaitRefetchQueries: true };
  const [add, adding] = useMutation(AddCategory, refetch);
  const [update, updating] = useMutation(UpdateCategory, refetch);
  const failure = adding.error ?? updating.error;
  const invalid = useFieldErrors(failure);
  const text = (
    field: 'code' | 'nameEn' | 'nameDe' | 'nameIt' | 'referencePattern' | 'referenceExample',
  ) => (
    <TextInput
      id={`category-${field}`}
      labelText={t(`categories.${field}`)}
      value={form[field] ?? ''}
      onChange={(e) => setForm({ ...form, [field]: e.target.value })}
      {...invalid(field)}
    />
  );
  const save = () => {
    const variables = {
      input: {
        ...form,
        referencePattern: form.referencePattern || null,
        referenceExample: form.referenceExample || null,
      },
    };
    void (id ? update({ variables: { id, ...variables } }) : add({ variables })).then(
      onClose,
      () => undefined,
    );
  };
  return (
    <Modal
      open
      modalHeading={id ? t('categories.editTitle') : t('categories.add')}
      primaryButtonText={t('categories.save')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={adding.loading || updating.loading}
      onRequestClose={onClose}
      onRequestSubmit={save}
    >
      <Stack gap={5}>
        {text('code')}
        {text('nameEn')}
        {text('nameDe')}
        {text('nameIt')}
        <Select
          id="category-referenceKind"
          labelText={t('categories.referenceKind')}
          value={form.referenceKind}
          onChange={(e) =>
            setForm({ ...form, referenceKind: e.target.value as ReferenceNumberKind })
          }
        >
          {KINDS.map((k) => (
            <SelectItem key={k} value={k} text={t(`categories.kind.${k}`)} />
          ))}
        </Select>
        {text('referencePattern')}
        {text('referenceExample')}
        <NumberInput
          id="category-sortOrder"
          label={t('categories.sortOrder')}
          value={form.sortOrder ?? 0}
          onChange={(_e, { value }) => setForm({ ...form, sortOrder: Number(value) || 0 })}
        />
        <Checkbox
          id="category-active"
          labelText={t('categories.active')}
          checked={form.active ?? true}
          onChange={(_e, { checked }) => setForm({ ...form, active: checked })}
        />
        {failure && <ErrorNotice error={failure} />}
      </Stack>
    </Modal>
  );
}
