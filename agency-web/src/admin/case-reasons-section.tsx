import { ErrorNotice } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Button, Form, Select, SelectItem, Stack, TextInput } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type CaseReasonKind, type ConfigurationQuery } from '../gql/graphql.js';
import { ConfiguredList } from './configured-list.js';

const CreateCaseReason = graphql(`
  mutation CreateCaseReason($input: CaseReasonInput!) {
    createCaseReason(input: $input) {
      id
    }
  }
`);

const UpdateCaseReason = graphql(`
  mutation UpdateCaseReason($id: ID!, $input: UpdateNamedInput!) {
    updateCaseReason(id: $id, input: $input) {
      id
      version
      active
    }
  }
`);

const refetch = { refetchQueries: ['Configuration'], awaitRefetchQueries: true };

/** Reasons for closing and reopening a case (R4.7). */
export function CaseReasonsSection({
  caseReasons,
}: {
  caseReasons: NonNullable<ConfigurationQuery['caseReasons']>;
}) {
  const { t } = useTranslation();
  const [createCaseReason, created] = useMutation(CreateCaseReason, refetch);
  const [updateCaseReason] = useMutation(UpdateCaseReason, refetch);
  const [reason, setReason] = useState<{ name: string; kind: CaseReasonKind }>({
    name: '',
    kind: 'CLOSURE',
  });
  return (
    <>
      {created.error && <ErrorNotice error={created.error} />}
      <section className="cw-section" aria-labelledby="reasons-heading">
        <h2 id="reasons-heading" className="cds--type-heading-04">
          {t('config.reasons')}
        </h2>
        <ConfiguredList
          label={t('config.reasons')}
          items={caseReasons.map((r) => ({
            ...r,
            detail: t(`enums.CaseReasonKind.${r.kind}`),
          }))}
          onToggle={(r) =>
            void updateCaseReason({
              variables: { id: r.id, input: { version: r.version, active: !r.active } },
            }).catch(() => undefined)
          }
        />
        <Form
          aria-label={t('config.addReason')}
          onSubmit={(e) => {
            e.preventDefault();
            void createCaseReason({ variables: { input: reason } }).then(
              () => setReason({ ...reason, name: '' }),
              () => undefined,
            );
          }}
        >
          <Stack gap={3} orientation="horizontal">
            <Select
              id="reason-kind"
              labelText={t('config.reasonKind')}
              value={reason.kind}
              onChange={(e) => setReason({ ...reason, kind: e.target.value as CaseReasonKind })}
            >
              <SelectItem value="CLOSURE" text={t('enums.CaseReasonKind.CLOSURE')} />
              <SelectItem value="REOPENING" text={t('enums.CaseReasonKind.REOPENING')} />
            </Select>
            <TextInput
              id="reason-name"
              labelText={t('config.reasonName')}
              value={reason.name}
              onChange={(e) => setReason({ ...reason, name: e.target.value })}
            />
            <Button type="submit" size="md" disabled={!reason.name.trim()}>
              {t('config.addReason')}
            </Button>
          </Stack>
        </Form>
      </section>
    </>
  );
}
