import { ErrorNotice } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Form, Stack, TextInput } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type ConfigurationQuery } from '../gql/graphql.js';
import { ConfiguredList } from './configured-list.js';

const CreateProgramme = graphql(`
  mutation CreateProgramme($input: ProgrammeInput!) {
    createProgramme(input: $input) {
      id
    }
  }
`);

const UpdateProgramme = graphql(`
  mutation UpdateProgramme($id: ID!, $input: UpdateProgrammeInput!) {
    updateProgramme(id: $id, input: $input) {
      id
      version
      active
    }
  }
`);

const refetch = { refetchQueries: ['Configuration'], awaitRefetchQueries: true };

/** Programmes an application can ask for (R3.1): the list with switches and a form to add one. */
export function ProgrammesSection({
  programmes,
}: {
  programmes: NonNullable<ConfigurationQuery['programmes']>;
}) {
  const { t } = useTranslation();
  const [createProgramme, created] = useMutation(CreateProgramme, refetch);
  const [updateProgramme] = useMutation(UpdateProgramme, refetch);
  const [programme, setProgramme] = useState({ name: '', product: '', meetingRequired: false });
  return (
    <>
      {created.error && <ErrorNotice error={created.error} />}
      <section className="cw-section" aria-labelledby="programmes-heading">
        <h2 id="programmes-heading" className="cds--type-heading-04">
          {t('config.programmes')}
        </h2>
        <ConfiguredList
          label={t('config.programmes')}
          items={programmes.map((p) => ({
            ...p,
            detail: `${p.product}${p.meetingRequired ? ` · ${t('config.meetingRequired')}` : ''}`,
          }))}
          onToggle={(p) =>
            void updateProgramme({
              variables: { id: p.id, input: { version: p.version, active: !p.active } },
            }).catch(() => undefined)
          }
        />
        <Form
          aria-label={t('config.addProgramme')}
          onSubmit={(e) => {
            e.preventDefault();
            void createProgramme({ variables: { input: programme } }).then(
              () => setProgramme({ name: '', product: '', meetingRequired: false }),
              () => undefined,
            );
          }}
        >
          <Stack gap={3} orientation="horizontal">
            <TextInput
              id="programme-name"
              labelText={t('config.programmeName')}
              value={programme.name}
              onChange={(e) => setProgramme({ ...programme, name: e.target.value })}
            />
            <TextInput
              id="programme-product"
              labelText={t('config.product')}
              value={programme.product}
              onChange={(e) => setProgramme({ ...programme, product: e.target.value })}
            />
            <Checkbox
              id="programme-meeting"
              labelText={t('config.meetingRequired')}
              checked={programme.meetingRequired}
              onChange={(_e, { checked }) =>
                setProgramme({ ...programme, meetingRequired: checked })
              }
            />
            <Button
              type="submit"
              size="md"
              disabled={!programme.name.trim() || !programme.product.trim()}
            >
              {t('config.addProgramme')}
            </Button>
          </Stack>
        </Form>
      </section>
    </>
  );
}
