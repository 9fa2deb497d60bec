import { registerEnumType } from 'type-graphql';

/** The kinds of case other records (meetings, notes) can belong to; owned by the cases subgraph. */
export enum CaseKind {
  APPLICATION_CASE = 'APPLICATION_CASE',
  INTEGRATED_CASE = 'INTEGRATED_CASE',
}

registerEnumType(CaseKind, { name: 'CaseKind', description: 'An application or integrated case' });

/** The federated type name of each kind, for reference checks against the cases subgraph. */
export const CASE_TYPE_NAME: Record<CaseKind, string> = {
  [CaseKind.APPLICATION_CASE]: 'ApplicationCase',
  [CaseKind.INTEGRATED_CASE]: 'IntegratedCase',
};

/** The owner's name for "a client of this case", for checks of CLIENT meeting invitees (R3.1). */
export const CASE_CLIENT_TYPE_NAME: Record<CaseKind, string> = {
  [CaseKind.APPLICATION_CASE]: 'ApplicationCaseClient',
  [CaseKind.INTEGRATED_CASE]: 'IntegratedCaseClient',
};
