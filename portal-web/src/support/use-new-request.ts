import { describeError, fieldMessage, useAuth } from '@casework/web-kit';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AdministrativeRequestChannel } from '../gql/graphql.js';
import { type DraftField, draftProblems, EMPTY_DRAFT, type RequestDraft } from './request-draft.js';
import { CreateRequest, NewRequestQuery } from './support-api.js';

/** Everything the assistant and the form share: data, the draft, checks, sending (R5.2-R5.9). */
export function useNewRequest(channel: AdministrativeRequestChannel) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const providerId = user?.organisationId ?? '';
  const query = useQuery(NewRequestQuery, { variables: { providerId }, skip: !providerId });
  const [create, creating] = useMutation(CreateRequest, { refetchQueries: ['PortalRequests'] });
  const [draft, setDraft] = useState<RequestDraft>(EMPTY_DRAFT);
  const [shown, setShown] = useState<Set<DraftField>>(new Set());
  const [sendError, setSendError] = useState<unknown>(null);
  const provider = query.data?.provider;
  const accounts = (provider?.branches ?? []).filter((b) => b.active);
  const categories = query.data?.administrativeRequestCategories ?? [];
  const category = categories.find((c) => c.id === draft.categoryId);
  const needsAccount = accounts.length > 0;
  const problems = draftProblems(draft, category, needsAccount);
  const described = sendError ? describeError(sendError, t) : null;

  const invalid = (field: DraftField) => {
    const problem = shown.has(field) ? problems[field] : undefined;
    const server = fieldMessage(described, `input.${field}`);
    const text = problem ? t(`request.problem.${problem}`) : server;
    return { invalid: Boolean(text), invalidText: text };
  };

  return {
    loading: query.loading,
    error: query.error,
    provider,
    accounts,
    categories,
    category,
    needsAccount,
    filesAvailable: query.data?.administrativeRequestFilesAvailable ?? false,
    draft,
    change: (patch: Partial<RequestDraft>) => setDraft((d) => ({ ...d, ...patch })),
    invalid,
    /** Shows the problems of these fields; true when they have none. */
    check: (fields: DraftField[]) => {
      setShown((s) => new Set([...s, ...fields]));
      return fields.every((f) => !problems[f]);
    },
    accountName: accounts.find((a) => a.id === draft.accountId)?.name ?? provider?.name ?? '',
    sending: creating.loading,
    sendError,
    send: async () => {
      setSendError(null);
      try {
        const files = draft.file
          ? [
              {
                fileId: draft.file.fileId,
                fileName: draft.file.fileName,
                noPhiConfirmed: draft.file.noPhiConfirmed,
              },
            ]
          : [];
        const result = await create({
          variables: {
            input: {
              channel,
              accountId: needsAccount ? draft.accountId : null,
              categoryId: draft.categoryId,
              referenceNumber:
                category?.referenceKind === 'NONE' ? null : draft.referenceNumber.trim(),
              subject: draft.subject,
              description: draft.description,
              files,
            },
          },
        });
        return result.data?.createAdministrativeRequest ?? null;
      } catch (error) {
        setSendError(error);
        return null;
      }
    },
  };
}
