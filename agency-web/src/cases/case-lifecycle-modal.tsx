import { ErrorNotice } from '@casework/web-kit';
import { useMutation, useQuery } from '@apollo/client/react';
import { Modal, Select, SelectItem, Stack, TextArea, TextInput } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type CaseReasonKind } from '../gql/graphql.js';

const Reasons = graphql(`
  query CaseReasons($kind: CaseReasonKind) {
    caseReasons(kind: $kind) {
      id
      name
    }
  }
`);

const CloseCase = graphql(`
  mutation CloseIntegratedCase($id: ID!, $input: CloseCaseInput!) {
    closeIntegratedCase(id: $id, input: $input) {
      id
      status
      version
    }
  }
`);

const ReopenCase = graphql(`
  mutation ReopenIntegratedCase($id: ID!, $input: ReopenCaseInput!) {
    reopenIntegratedCase(id: $id, input: $input) {
      id
      status
      version
    }
  }
`);

const refetch = { refetchQueries: ['IntegratedCase'], awaitRefetchQueries: true };
const today = () => new Date().toISOString().slice(0, 10);

/** Closing (reason, date, outcome) or reopening (reason, comment) a case (R4.7). */
export function LifecycleModal({
  kind,
  caseId,
  version,
  onClose,
}: {
  kind: CaseReasonKind;
  caseId: string;
  version: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const closing = kind === 'CLOSURE';
  const reasons = useQuery(Reasons, { variables: { kind } });
  const [reasonId, setReasonId] = useState('');
  const [closedOn, setClosedOn] = useState(today());
  const [text, setText] = useState('');
  const [close, closed] = useMutation(CloseCase, refetch);
  const [reopen, reopened] = useMutation(ReopenCase, refetch);
  const error = closed.error ?? reopened.error;
  const submit = () =>
    void (
      closing
        ? close({
            variables: { id: caseId, input: { version, reasonId, closedOn, outcome: text } },
          })
        : reopen({ variables: { id: caseId, input: { version, reasonId, comment: text || null } } })
    ).then(onClose, () => undefined);
  return (
    <Modal
      open
      danger={closing}
      modalHeading={t(closing ? 'casePage.closeTitle' : 'casePage.reopenTitle')}
      primaryButtonText={t(closing ? 'casePage.close' : 'casePage.reopen')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={
        closed.loading || reopened.loading || !reasonId || (closing && !text.trim())
      }
      onRequestClose={onClose}
      onRequestSubmit={submit}
    >
      <Stack gap={5}>
        {error && <ErrorNotice error={error} />}
        <Select
          id="lifecycle-reason"
          labelText={t('casePage.reason')}
          value={reasonId}
          onChange={(e) => setReasonId(e.target.value)}
          data-modal-primary-focus
        >
          <SelectItem value="" text={t('casePage.chooseReason')} />
          {(reasons.data?.caseReasons ?? []).map((r) => (
            <SelectItem key={r.id} value={r.id} text={r.name} />
          ))}
        </Select>
        {closing && (
          <TextInput
            id="lifecycle-date"
            labelText={t('casePage.closedOn')}
            helperText={t('dates.format')}
            value={closedOn}
            onChange={(e) => setClosedOn(e.target.value)}
          />
        )}
        <TextArea
          id="lifecycle-text"
          labelText={t(closing ? 'casePage.outcome' : 'casePage.comment')}
          value={text}
          rows={3}
          onChange={(e) => setText(e.target.value)}
        />
      </Stack>
    </Modal>
  );
}
