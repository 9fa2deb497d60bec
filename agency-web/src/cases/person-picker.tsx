import { useQuery } from '@apollo/client/react';
import { Button, Search, Stack } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';

const FindPersons = graphql(`
  query WizardPersons($search: String) {
    persons(search: $search, first: 10) {
      nodes {
        id
        name
        reference
        dateOfBirth
        kind
      }
    }
  }
`);

/** A person picked for a case: the id it is saved with, the name it is shown with. */
export interface Chosen {
  id: string;
  name: string;
}

/** Finds a registered person or prospect by name, date of birth or reference. */
export function PersonPicker({
  id,
  label,
  onPick,
}: {
  id: string;
  label: string;
  onPick: (p: Chosen) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const found = useQuery(FindPersons, { variables: { search }, skip: !search });
  return (
    <Stack gap={3}>
      <div className="cw-search-row">
        <Search
          id={id}
          labelText={label}
          placeholder={t('persons.searchPlaceholder')}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') setSearch(draft);
          }}
          closeButtonLabelText={t('persons.clearSearch')}
        />
        <Button kind="tertiary" size="lg" onClick={() => setSearch(draft)}>
          {t('common.search')}
        </Button>
      </div>
      {search && found.data?.persons?.nodes.length === 0 && <p>{t('wizard.noneFound')}</p>}
      <ul className="cw-picker">
        {(found.data?.persons?.nodes ?? []).map((p) => (
          <li key={p.id}>
            <Button kind="ghost" size="sm" onClick={() => onPick({ id: p.id, name: p.name })}>
              {t('wizard.choose', { name: p.name })}
            </Button>{' '}
            {p.reference}
            {p.dateOfBirth ? `, ${p.dateOfBirth}` : ''}
            {p.kind === 'PROSPECT' ? `, ${t('enums.PersonKind.PROSPECT')}` : ''}
          </li>
        ))}
      </ul>
    </Stack>
  );
}
