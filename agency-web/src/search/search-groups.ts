import { type useFormat } from '@casework/web-kit';
import { type TFunction } from 'i18next';
import { type AgencyGlobalSearchQuery } from '../gql/graphql.js';

export interface SearchOption {
  to: string;
  title: string;
  detail: string;
}

export interface SearchGroup {
  kind: string;
  label: string;
  options: SearchOption[];
}

/** The hits of both subgraphs as groups by kind, in a fixed order; empty groups are left out. */
export function searchGroups(
  data: AgencyGlobalSearchQuery | undefined,
  t: TFunction,
  format: ReturnType<typeof useFormat>,
): SearchGroup[] {
  const cases = data?.caseRecordSearch;
  const providers = data?.providerRecordSearch;
  const groups: SearchGroup[] = [
    {
      kind: 'persons',
      label: t('search.kind.persons'),
      options: (cases?.persons ?? []).map((p) => ({
        to: `/persons/${p.id}`,
        title: p.name,
        detail: [p.reference, p.dateOfBirth ? format.date(p.dateOfBirth) : null]
          .filter(Boolean)
          .join(' · '),
      })),
    },
    {
      kind: 'cases',
      label: t('search.kind.cases'),
      options: (cases?.integratedCases ?? []).map((c) => ({
        to: `/cases/${c.id}`,
        title: c.reference,
        detail: c.primaryClient.name,
      })),
    },
    {
      kind: 'applications',
      label: t('search.kind.applications'),
      options: (cases?.applications ?? []).map((a) => ({
        to: `/applications/${a.id}`,
        title: a.reference,
        detail: a.clients.map((c) => c.name).join(', '),
      })),
    },
    {
      kind: 'providers',
      label: t('search.kind.providers'),
      options: (providers?.providers ?? []).map((p) => ({
        to: `/providers/${p.id}`,
        title: p.name,
        detail: p.reference,
      })),
    },
    {
      kind: 'inquiries',
      label: t('search.kind.inquiries'),
      options: (providers?.inquiries ?? []).map((i) => ({
        to: `/inquiries/${i.id}`,
        title: i.reference,
        detail: `${i.provider.name} · ${t(`inquiry.status.${i.status}`)}`,
      })),
    },
  ];
  return groups.filter((group) => group.options.length > 0);
}
