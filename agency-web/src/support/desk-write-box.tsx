import { ErrorNotice, useFormat } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Button, Form, RadioButton, RadioButtonGroup, Stack, TextArea, Tile } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';

const Reply = graphql(`
  mutation DeskReply($id: ID!, $input: ReplyToAdministrativeRequestInput!) {
    replyToAdministrativeRequest(id: $id, input: $input) {
      id
    }
  }
`);

const Note = graphql(`
  mutation DeskInternalNote($id: ID!, $text: String!) {
    addAdministrativeRequestInternalNote(id: $id, text: $text) {
      id
    }
  }
`);

const refetch = { refetchQueries: ['DeskRequest'], awaitRefetchQueries: true };

/** The desk's reply to the provider, or an internal note the provider never sees, and the notes so far. */
export function DeskWriteBox({
  requestId,
  closed,
  notes,
}: {
  requestId: string;
  closed: boolean;
  notes: { id: string; author: string; text: string; createdAt: string }[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [kind, setKind] = useState<'reply' | 'note'>('reply');
  const [text, setText] = useState('');
  const [reply, replying] = useMutation(Reply, refetch);
  const [note, noting] = useMutation(Note, refetch);
  const busy = replying.loading || noting.loading;
  const submit = () => {
    const done = () => setText('');
    const sent =
      kind === 'reply'
        ? reply({ variables: { id: requestId, input: { text } } })
        : note({ variables: { id: requestId, text } });
    void sent.then(done, () => undefined);
  };
  return (
    <Stack gap={5}>
      <section className="cw-section" aria-labelledby="internal-notes-heading">
        <h2 id="internal-notes-heading" className="cds--type-heading-03">
          {t('desk.internalNotes')}
        </h2>
        {notes.length === 0 && <p className="cw-muted">{t('desk.noInternalNotes')}</p>}
        <ol className="cw-stack">
          {notes.map((n) => (
            <li key={n.id} data-testid="internal-note">
              <Tile>
                <p className="cw-muted cds--type-helper-text-01">{`${n.author} · ${format.dateTime(n.createdAt)}`}</p>
                <p className="cw-note__text">{n.text}</p>
              </Tile>
            </li>
          ))}
        </ol>
      </section>
      <Form
        aria-label={t('desk.write')}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap={4}>
          <RadioButtonGroup
            legendText={t('desk.write')}
            name="desk-write-kind"
            valueSelected={kind}
            onChange={(value) => setKind(value === 'note' ? 'note' : 'reply')}
          >
            <RadioButton
              id="desk-kind-reply"
              value="reply"
              labelText={t('desk.replyToProvider')}
              disabled={closed}
            />
            <RadioButton id="desk-kind-note" value="note" labelText={t('desk.internalNote')} />
          </RadioButtonGroup>
          <TextArea
            id="desk-text"
            labelText={kind === 'reply' ? t('desk.replyToProvider') : t('desk.internalNote')}
            helperText={kind === 'note' ? t('desk.internalNoteHelp') : undefined}
            rows={4}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          {(replying.error ?? noting.error) && (
            <ErrorNotice error={replying.error ?? noting.error} />
          )}
          <div>
            <Button
              type="submit"
              size="md"
              disabled={busy || !text.trim() || (kind === 'reply' && closed)}
            >
              {kind === 'reply' ? t('desk.sendReply') : t('desk.saveNote')}
            </Button>
          </div>
        </Stack>
      </Form>
    </Stack>
  );
}
