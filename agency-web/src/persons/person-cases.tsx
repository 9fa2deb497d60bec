import { ErrorNotice, useFormat } from '@casework/web-kit';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Modal,
  Stack,
  StructuredListBody,
  StructuredListCell,
  StructuredListHead,
  StructuredListRow,
  StructuredListWrapper,
  Tag,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../gql/index.js';

const ProgrammesQuery = graphql(`
  query ActiveProgrammes {
    programmes {
      id
      name
      meetingRequired
    }
  }
`);

const CreateApplication = graphql(`
  mutation CreateApplication($input: CreateApplicationInput!) {
    createApplication(input: $input) {
      id
    }
  }
`);

export interface PersonCaseItem {
  id: string;
  reference: string;
  status: string;
  startDate: string;
  caseType?: { name: string } | null;
}

export interface PersonApplicationItem {
  id: string;
  reference: string;
  status: string;
  createdAt: string;
}

/** The person's integrated cases and applications, with links to start new ones. */
export function PersonCases({
  personId,
  cases,
  applications,
  canWrite,
}: {
  personId: string;
  cases: PersonCaseItem[];
  applications: PersonApplicationItem[];
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [applying, setApplying] = useState(false);
  return (
    <section className="cw-section" aria-labelledby="cases-heading">
      <div className="cw-page__header">
        <h2 id="cases-heading" className="cds--type-heading-04">
          {t('cases.title')}
        </h2>
        {canWrite && (
          <>
            <Button kind="secondary" onClick={() => setApplying(true)}>
              {t('application.new')}
            </Button>
            <Link className="cds--btn cds--btn--primary" to={`/cases/new?client=${personId}`}>
              {t('cases.new')}
            </Link>
          </>
        )}
      </div>
      {cases.length === 0 && applications.length === 0 && <p>{t('cases.none')}</p>}
      {(cases.length > 0 || applications.length > 0) && (
        <StructuredListWrapper aria-label={t('cases.title')}>
          <StructuredListHead>
            <StructuredListRow head>
              <StructuredListCell head>{t('cases.reference')}</StructuredListCell>
              <StructuredListCell head>{t('cases.kind')}</StructuredListCell>
              <StructuredListCell head>{t('cases.status')}</StructuredListCell>
              <StructuredListCell head>{t('cases.since')}</StructuredListCell>
            </StructuredListRow>
          </StructuredListHead>
          <StructuredListBody>
            {cases.map((c) => (
              <StructuredListRow key={c.id}>
                <StructuredListCell>
                  <Link to={`/cases/${c.id}`}>{c.reference}</Link>
                </StructuredListCell>
                <StructuredListCell>
                  {t('cases.integratedCase')}
                  {c.caseType ? ` · ${c.caseType.name}` : ''}
                </StructuredListCell>
                <StructuredListCell>
                  <Tag type={c.status === 'OPEN' ? 'green' : 'gray'}>
                    {t(`enums.CaseStatus.${c.status}`)}
                  </Tag>
                </StructuredListCell>
                <StructuredListCell>{format.date(c.startDate)}</StructuredListCell>
              </StructuredListRow>
            ))}
            {applications.map((a) => (
              <StructuredListRow key={a.id}>
                <StructuredListCell>
                  <Link to={`/applications/${a.id}`}>{a.reference}</Link>
                </StructuredListCell>
                <StructuredListCell>{t('application.title')}</StructuredListCell>
                <StructuredListCell>
                  <Tag type="blue">{t(`enums.ApplicationStatus.${a.status}`)}</Tag>
                </StructuredListCell>
                <StructuredListCell>{format.dateTime(a.createdAt)}</StructuredListCell>
              </StructuredListRow>
            ))}
          </StructuredListBody>
        </StructuredListWrapper>
      )}
      {applying && <NewApplicationModal personId={personId} onClose={() => setApplying(false)} />}
    </section>
  );
}

function NewApplicationModal({ personId, onClose }: { personId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const programmes = useQuery(ProgrammesQuery);
  const [chosen, setChosen] = useState<string[]>([]);
  const [create, { loading, error }] = useMutation(CreateApplication);
  return (
    <Modal
      open
      modalHeading={t('application.new')}
      primaryButtonText={t('application.create')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={loading || chosen.length === 0}
      onRequestClose={onClose}
      onRequestSubmit={() =>
        void create({ variables: { input: { personIds: [personId], programmeIds: chosen } } }).then(
          (res) => {
            const id = res.data?.createApplication?.id;
            if (id) void navigate(`/applications/${id}`);
          },
          () => undefined,
        )
      }
    >
      <Stack gap={3}>
        {error && <ErrorNotice error={error} />}
        <fieldset className="cds--fieldset">
          <legend className="cds--label">{t('application.programmes')}</legend>
          {(programmes.data?.programmes ?? []).map((p) => (
            <Checkbox
              key={p.id}
              id={`programme-${p.id}`}
              labelText={p.meetingRequired ? `${p.name} (${t('config.meetingRequired')})` : p.name}
              checked={chosen.includes(p.id)}
              onChange={(_e, { checked }) =>
                setChosen(checked ? [...chosen, p.id] : chosen.filter((id) => id !== p.id))
              }
            />
          ))}
        </fieldset>
      </Stack>
    </Modal>
  );
}
