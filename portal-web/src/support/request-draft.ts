import { type ReferenceNumberKind } from '../gql/graphql.js';

/** A category as the forms need it. */
export interface CategoryOption {
  id: string;
  code: string;
  nameEn: string;
  nameDe: string;
  nameIt: string;
  referenceKind: ReferenceNumberKind;
  referencePattern?: string | null;
  referenceExample?: string | null;
}

export interface AccountOption {
  id: string;
  name: string;
}

/** The file the user uploaded after confirming it holds no PHI (R5.7); attached when sending. */
export interface DraftFile {
  fileId: string;
  fileName: string;
  size: number;
  noPhiConfirmed: true;
}

/** What the user has entered so far, in the wizard or the one-page form. */
export interface RequestDraft {
  accountId: string;
  categoryId: string;
  referenceNumber: string;
  subject: string;
  description: string;
  file: DraftFile | null;
}

export const EMPTY_DRAFT: RequestDraft = {
  accountId: '',
  categoryId: '',
  referenceNumber: '',
  subject: '',
  description: '',
  file: null,
};

/** The category's name in the user's language. */
export { requestCategoryName as categoryName } from '@casework/web-kit';

export type DraftField = 'accountId' | 'categoryId' | 'referenceNumber' | 'subject' | 'description';

/** Client-side checks mirroring the server's (R5.4, R5.6), so the user sees them before sending. */
export function draftProblems(
  draft: RequestDraft,
  category: CategoryOption | undefined,
  needsAccount: boolean,
): Partial<Record<DraftField, 'required' | 'format'>> {
  const problems: Partial<Record<DraftField, 'required' | 'format'>> = {};
  if (needsAccount && !draft.accountId) problems.accountId = 'required';
  if (!category) problems.categoryId = 'required';
  if (category && category.referenceKind !== 'NONE') {
    const value = draft.referenceNumber.trim();
    if (!value) problems.referenceNumber = 'required';
    else if (category.referencePattern && !matches(category.referencePattern, value))
      problems.referenceNumber = 'format';
  }
  if (!draft.subject.trim()) problems.subject = 'required';
  if (!draft.description.trim()) problems.description = 'required';
  return problems;
}

function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u').test(value);
  } catch {
    return true; // the server decides
  }
}
