import { useAuth, useFormat } from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import { TextInput } from '@carbon/react';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../gql/index.js';
import { searchGroups } from './search-groups.js';

// One request, both subgraphs: the gateway asks each for what it owns, in parallel (issue 16).
const GlobalSearchQuery = graphql(`
  query AgencyGlobalSearch($search: String!, $cases: Boolean!) {
    caseRecordSearch(search: $search, first: 5) @include(if: $cases) {
      persons {
        id
        name
        reference
        dateOfBirth
      }
      morePersons
      integratedCases {
        id
        reference
        status
        primaryClient {
          name
        }
      }
      applications {
        id
        reference
        status
        clients {
          name
        }
      }
    }
    providerRecordSearch(search: $search, first: 5) {
      providers {
        id
        name
        reference
      }
      moreProviders
      inquiries {
        id
        reference
        status
        provider {
          name
        }
      }
    }
  }
`);

/** Waits until typing pauses, so a search runs once per pause, not once per key. */
function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * Global search in the agency header: names, references (P-, IC-, AP-, PR-, IQ-), email and date
 * of birth, grouped by kind as you type; an ARIA 1.2 combobox (arrow keys, Enter, Escape).
 */
export function GlobalSearch() {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useAuth();
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useDebounced(text.trim(), 250);
  const { data, previousData, loading } = useQuery(GlobalSearchQuery, {
    variables: { search, cases: can('person:read') || can('case:read') },
    skip: search.length < 2,
  });
  const result = data ?? previousData;
  const groups = search.length < 2 ? [] : searchGroups(result, t, format);
  const options = groups.flatMap((group) => group.options);
  const expanded = open && search.length >= 2;

  const choose = (index: number) => {
    const option = options[index];
    if (!option) return;
    setOpen(false);
    setText('');
    setActive(-1);
    void navigate(option.to);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (!options.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      if (expanded) event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  let index = -1;
  return (
    <div className="cw-global-search">
      <TextInput
        id={`${id}-input`}
        size="sm"
        hideLabel
        labelText={t('search.label')}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={active >= 0 ? `${id}-option-${active}` : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        data-testid="global-search"
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={t('search.results')}
        className="cw-global-search__list"
        hidden={!expanded}
      >
        {expanded && !options.length && (
          <li className="cw-global-search__group" role="presentation">
            {loading ? t('common.loading') : t('search.none')}
          </li>
        )}
        {groups.map((group) => (
          <li key={group.kind} role="presentation">
            <ul
              role="group"
              aria-labelledby={`${id}-${group.kind}`}
              className="cw-global-search__options"
            >
              <li
                id={`${id}-${group.kind}`}
                role="presentation"
                className="cw-global-search__group"
              >
                {group.label}
              </li>
              {group.options.map((option) => {
                index += 1;
                const at = index;
                return (
                  <li
                    key={option.to}
                    id={`${id}-option-${at}`}
                    role="option"
                    aria-selected={at === active}
                    className="cw-global-search__option"
                    // Keeps focus in the input, so the click is not lost to its blur.
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => choose(at)}
                  >
                    <span>{option.title}</span>
                    <span className="cw-global-search__detail">{option.detail}</span>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
