import { ErrorNotice, FileUploader, useFieldErrors } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Modal, Select, SelectItem, Stack, TextArea, TextInput } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUploadGrant } from '../files/use-upload-grant.js';
import { graphql } from '../gql/index.js';
import {
  type CommunicationDirection,
  type CommunicationKind,
  type CorrespondentType,
  type LetterLanguage,
} from '../gql/graphql.js';

/** A client a communication can be with or about. */
export interface Correspondent {
  id: string;
  name: string;
  email?: string | null;
  addressLines?: string[];
}

const Record = graphql(`
  mutation RecordCommunication($input: RecordCommunicationInput!) {
    recordCommunication(input: $input) {
      id
    }
  }
`);

const LANGUAGES: LetterLanguage[] = ['DE', 'IT', 'EN'];

/**
 * Records a communication (R3.5): a phone call, an email (an outgoing one is really sent) or a
 * letter (an outgoing one becomes a PDF in the print queue; an incoming one keeps its scan).
 */
export function RecordCommunicationModal({
  clients,
  caseId,
  onClose,
}: {
  clients: Correspondent[];
  caseId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<CommunicationKind>('PHONE_CALL');
  const [direction, setDirection] = useState<CommunicationDirection>('INCOMING');
  const [type, setType] = useState<CorrespondentType>('CLIENT');
  const [personId, setPersonId] = useState(clients[0]?.id ?? '');
  const client = clients.find((c) => c.id === personId);
  const [name, setName] = useState('');
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const [email, setEmail] = useState<string | null>(null);
  const [address, setAddress] = useState<string | null>(null);
  const [language, setLanguage] = useState<LetterLanguage>('DE');
  const [scanFileId, setScanFileId] = useState<string | null>(null);
  const [record, recorded] = useMutation(Record, {
    refetchQueries: ['Communications', 'PrintQueue'],
    awaitRefetchQueries: true,
  });
  const requestUpload = useUploadGrant('LETTER', t('communications.scanRefused'));
  // The scan is stored with the record: no Record while it is still uploading.
  const [uploading, setUploading] = useState(false);
  const fieldError = useFieldErrors(recorded.error);
  const outgoing = direction === 'OUTGOING';
  const correspondentName = type === 'CLIENT' ? (client?.name ?? '') : name;
  const recipientEmail = email ?? client?.email ?? '';
  const addressText = address ?? (client?.addressLines ?? []).join('\n');

  const submit = () => {
    void record({
      variables: {
        input: {
          kind,
          direction,
          correspondentType: type,
          correspondentName,
          personId: personId || null,
          caseId: caseId ?? null,
          subject,
          text,
          recipientEmail: outgoing && kind === 'EMAIL' ? recipientEmail || null : null,
          language: outgoing && kind === 'LETTER' ? language : null,
          template: outgoing && kind === 'LETTER' ? 'FREE_LETTER' : null,
          addressLines:
            outgoing && kind === 'LETTER'
              ? addressText
                  .split('\n')
                  .map((l) => l.trim())
                  .filter(Boolean)
              : null,
          scanFileId: !outgoing && kind === 'LETTER' ? scanFileId : null,
        },
      },
    }).then(onClose, () => undefined);
  };

  return (
    <Modal
      open
      modalHeading={t('communications.record')}
      primaryButtonText={t('communications.save')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={
        recorded.loading ||
        uploading ||
        !correspondentName.trim() ||
        !subject.trim() ||
        !text.trim()
      }
      onRequestClose={onClose}
      onRequestSubmit={submit}
    >
      <Stack gap={5}>
        {recorded.error && <ErrorNotice error={recorded.error} />}
        <div className="cw-filters">
          <Select
            id="record-kind"
            labelText={t('communications.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as CommunicationKind)}
            data-modal-primary-focus
          >
            {(['PHONE_CALL', 'EMAIL', 'LETTER'] as const).map((k) => (
              <SelectItem key={k} value={k} text={t(`communications.kindValue.${k}`)} />
            ))}
          </Select>
          <Select
            id="record-direction"
            labelText={t('communications.direction')}
            value={direction}
            onChange={(e) => setDirection(e.target.value as CommunicationDirection)}
          >
            {(['INCOMING', 'OUTGOING'] as const).map((d) => (
              <SelectItem key={d} value={d} text={t(`communications.directionValue.${d}`)} />
            ))}
          </Select>
        </div>
        <div className="cw-filters">
          <Select
            id="record-client"
            labelText={t('communications.client')}
            value={personId}
            onChange={(e) => setPersonId(e.target.value)}
          >
            {clients.map((c) => (
              <SelectItem key={c.id} value={c.id} text={c.name} />
            ))}
          </Select>
          <Select
            id="record-correspondent-type"
            labelText={t('communications.correspondentType')}
            value={type}
            onChange={(e) => setType(e.target.value as CorrespondentType)}
          >
            {(['CLIENT', 'PROVIDER', 'THIRD_PARTY'] as const).map((c) => (
              <SelectItem key={c} value={c} text={t(`communications.correspondentValue.${c}`)} />
            ))}
          </Select>
        </div>
        {type !== 'CLIENT' && (
          <TextInput
            id="record-name"
            labelText={t('communications.correspondentName')}
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            {...fieldError('correspondentName')}
          />
        )}
        <TextInput
          id="record-subject"
          labelText={t('communications.subject')}
          helperText={
            outgoing && kind === 'LETTER' ? t('communications.letterSubjectHelp') : undefined
          }
          value={subject}
          maxLength={300}
          onChange={(e) => setSubject(e.target.value)}
          {...fieldError('subject')}
        />
        <TextArea
          id="record-text"
          labelText={t('communications.text')}
          value={text}
          rows={5}
          maxLength={20000}
          onChange={(e) => setText(e.target.value)}
          {...fieldError('text')}
        />
        {outgoing && kind === 'EMAIL' && (
          <TextInput
            id="record-email"
            type="email"
            labelText={t('communications.recipientEmail')}
            helperText={t('communications.emailIsSent')}
            value={recipientEmail}
            maxLength={200}
            onChange={(e) => setEmail(e.target.value)}
            {...fieldError('recipientEmail')}
          />
        )}
        {outgoing && kind === 'LETTER' && (
          <>
            <Select
              id="record-language"
              labelText={t('communications.language')}
              value={language}
              onChange={(e) => setLanguage(e.target.value as LetterLanguage)}
            >
              {LANGUAGES.map((l) => (
                <SelectItem key={l} value={l} text={t(`letters.languageValue.${l}`)} />
              ))}
            </Select>
            <TextArea
              id="record-address"
              labelText={t('communications.addressLines')}
              helperText={t('communications.letterIsQueued')}
              value={addressText}
              rows={4}
              onChange={(e) => setAddress(e.target.value)}
            />
          </>
        )}
        {!outgoing && kind === 'LETTER' && (
          <div>
            <p className="cds--label">{t('communications.scan')}</p>
            <FileUploader
              multiple={false}
              accept={['.pdf', '.jpg', '.jpeg', '.png', '.tif', '.tiff']}
              requestUpload={requestUpload}
              onUploadingChange={setUploading}
              onUploaded={(_file, fileId) => {
                setScanFileId(fileId);
                return Promise.resolve();
              }}
            />
          </div>
        )}
      </Stack>
    </Modal>
  );
}
