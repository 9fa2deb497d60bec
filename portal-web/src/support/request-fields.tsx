import { Select, SelectItem, Stack, TextArea, TextInput } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import {
  type AccountOption,
  type CategoryOption,
  categoryName,
  type DraftField,
  type RequestDraft,
} from './request-draft.js';

export interface FieldProps {
  draft: RequestDraft;
  change: (patch: Partial<RequestDraft>) => void;
  /** Problems to show (client checks first, then the server's messages). */
  invalid: (field: DraftField) => { invalid: boolean; invalidText?: string };
}

/** R5.4: the branch or subsidiary the request is for. */
export function AccountField({
  draft,
  change,
  invalid,
  accounts,
}: FieldProps & { accounts: AccountOption[] }) {
  const { t } = useTranslation();
  return (
    <Select
      id="request-account"
      labelText={t('request.account')}
      helperText={t('request.accountHelp')}
      value={draft.accountId}
      onChange={(e) => change({ accountId: e.target.value })}
      {...invalid('accountId')}
    >
      <SelectItem value="" text={t('request.choose')} />
      {accounts.map((a) => (
        <SelectItem key={a.id} value={a.id} text={a.name} />
      ))}
    </Select>
  );
}

/** R5.5: the category, which decides the number asked for (R5.6). */
export function CategoryField({
  draft,
  change,
  invalid,
  categories,
}: FieldProps & { categories: CategoryOption[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Select
      id="request-category"
      labelText={t('request.category')}
      value={draft.categoryId}
      onChange={(e) => change({ categoryId: e.target.value, referenceNumber: '' })}
      {...invalid('categoryId')}
    >
      <SelectItem value="" text={t('request.choose')} />
      {categories.map((c) => (
        <SelectItem key={c.id} value={c.id} text={categoryName(c, i18n.language)} />
      ))}
    </Select>
  );
}

/** R5.6: subject, description and the number the category requires. */
export function DetailsFields({
  draft,
  change,
  invalid,
  category,
}: FieldProps & { category?: CategoryOption }) {
  const { t } = useTranslation();
  const kind = category?.referenceKind ?? 'NONE';
  return (
    <Stack gap={5}>
      {kind !== 'NONE' && (
        <TextInput
          id="request-reference-number"
          labelText={t(`request.referenceKind.${kind}`)}
          helperText={
            category?.referenceExample
              ? t('request.example', { example: category.referenceExample })
              : undefined
          }
          value={draft.referenceNumber}
          onChange={(e) => change({ referenceNumber: e.target.value })}
          {...invalid('referenceNumber')}
        />
      )}
      <TextInput
        id="request-subject"
        labelText={t('request.subject')}
        maxCount={200}
        enableCounter
        value={draft.subject}
        onChange={(e) => change({ subject: e.target.value })}
        {...invalid('subject')}
      />
      <TextArea
        id="request-description"
        labelText={t('request.description')}
        rows={6}
        maxCount={20000}
        value={draft.description}
        onChange={(e) => change({ description: e.target.value })}
        {...invalid('description')}
      />
    </Stack>
  );
}
