import { ErrorNotice, useFormat } from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import { Tag, Tile } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql/index.js';

const PersonCaseNotes = graphql(`
  query PersonCaseNotes($id: ID!) {
    person(id: $id) {
      id
      applications {
        id
        reference
        notes(includeCancelled: false) {
          id
          text
          createdBy
          createdAt
        }
      }
      integratedCases {
        id
        reference
        notes(includeCancelled: false) {
          id
          text
          createdBy
          createdAt
        }
      }
    }
  }
`);

/** The notes on the person's application and integrated cases, newest first, read-only (R3.3). */
export function PersonCaseNotesSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error } = useQuery(PersonCaseNotes, { variables: { id: personId } });
  const person = data?.person;
  const notes = [
    ...(person?.applications ?? []).flatMap((c) =>
      (c.notes ?? []).map((n) => ({ ...n, reference: c.reference, to: `/applications/${c.id}` })),
    ),
    ...(person?.integratedCases ?? []).flatMap((c) =>
      (c.notes ?? []).map((n) => ({ ...n, reference: c.reference, to: `/cases/${c.id}` })),
    ),
  ].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section className="cw-section" aria-labelledby="case-notes-heading">
      <h2 id="case-notes-heading" className="cds--type-heading-04">
        {t('notes.onCases')}
      </h2>
      {error && <ErrorNotice error={error} />}
      {person && notes.length === 0 && <p>{t('notes.noneOnCases')}</p>}
      {notes.length > 0 && (
        <ul className="cw-stack" aria-label={t('notes.onCases')}>
          {notes.map((note) => (
            <li key={note.id}>
              <Tile className="cw-note" data-testid="case-note">
                <Tag type="outline">
                  <Link to={note.to}>{note.reference}</Link>
                </Tag>
                <p className="cw-note__text">{note.text}</p>
                <p className="cw-muted cds--type-helper-text-01">
                  {note.createdBy} · {format.dateTime(note.createdAt)}
                </p>
              </Tile>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
