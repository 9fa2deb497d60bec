import { ErrorNotice } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Button, Form, Stack, TextInput } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type ConfigurationQuery } from '../gql/graphql.js';
import { ConfiguredList } from './configured-list.js';

const CreateCaseType = graphql(`
  mutation CreateCaseType($input: NamedInput!) {
    createCaseType(input: $input) {
      id
    }
  }
`);

const UpdateCaseType = graphql(`
  mutation UpdateCaseType($id: ID!, $input: UpdateNamedInput!) {
    updateCaseType(id: $id, input: $input) {
      id
      version
      active
    }
  }
`);

const refetch = { refetchQueries: ['Configuration'], awaitRefetchQueries: true };

/** Case types a caseworker chooses when creating a case by hand (R4.6). */
export function CaseTypesSection({
  caseTypes,
}: {
  caseTypes: NonNullable<ConfigurationQuery['caseTypes']>;
}) {
  const { t } = useTranslation();
  const [createCaseType, created] = useMutation(CreateCaseType, refetch);
  const [updateCaseType] = useMutation(UpdateCaseType, refetch);
  const [caseType, setCaseType] = useState('');
  return (
    <>
      {created.error && <ErrorNotice error={created.error} />}
      <section className="cw-section" aria-labelledby="case-types-heading">
        <h2 id="case-types-heading" className="cds--type-heading-04">
          {t('config.caseTypes')}
        </h2>
        <ConfiguredList
          label={t('config.caseTypes')}
          items={caseTypes}
          onToggle={(c) =>
            void updateCaseType({
              variables: { id: c.id, input: { version: c.version, active: !c.active } },
            }).catch(() => undefined)
          }
        />
        <Form
          aria-label={t('config.addCaseType')}
          onSubmit={(e) => {
            e.preventDefault();
            void createCaseType({ variables: { input: { name: caseType } } }).then(
              () => setCaseType(''),
              () => undefined,
            );
          }}
        >
          <Stack gap={3} orientation="horizontal">
            <TextInput
              id="case-type-name"
              labelText={t('config.caseTypeName')}
              value={caseType}
              onChange={(e) => setCaseType(e.target.value)}
            />
            <Button type="submit" size="md" disabled={!caseType.trim()}>
              {t('config.addCaseType')}
            </Button>
          </Stack>
        </Form>
      </section>
    </>
  );
}
