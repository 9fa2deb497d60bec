import { DataTable, ErrorNotice, type Column, useFormat } from '@casework/web-kit';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, InlineNotification, Link, Tile } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type PrintQueueQuery } from '../gql/graphql.js';

const PrintQueue = graphql(`
  query PrintQueue {
    printQueue {
      id
      correspondentName
      correspondentType
      subject
      createdAt
      createdBy
      pdfUrl
    }
  }
`);

const PrintLetters = graphql(`
  mutation PrintLetters($ids: [ID!]!) {
    printLetters(ids: $ids) {
      letterCount
      downloadUrl
    }
  }
`);

const MarkPosted = graphql(`
  mutation MarkLettersPosted($ids: [ID!]!) {
    markLettersPosted(ids: $ids) {
      id
      status
    }
  }
`);

const HandOver = graphql(`
  mutation HandOverLetter($id: ID!) {
    handOverLetter(id: $id) {
      id
      status
    }
  }
`);

type Letter = NonNullable<PrintQueueQuery['printQueue']>[number];
const refetch = { refetchQueries: ['PrintQueue', 'Communications'], awaitRefetchQueries: true };

/**
 * The agency's print queue (R2.3, R2.5): letters waiting to be printed for posting are printed
 * in a batch as one PDF and then marked posted; a letter for a client who is present is opened
 * at once and recorded as handed over.
 */
export function PrintQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useQuery(PrintQueue);
  const [selected, setSelected] = useState<string[]>([]);
  const [batch, setBatch] = useState<{ ids: string[]; url: string } | null>(null);
  const [print, printing] = useMutation(PrintLetters, refetch);
  const [markPosted, posting] = useMutation(MarkPosted, refetch);
  const [handOver, handing] = useMutation(HandOver, refetch);
  const [posted, setPosted] = useState<number | null>(null);
  const letters = data?.printQueue ?? [];
  const all = letters.length > 0 && letters.every((l) => selected.includes(l.id));
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => (on ? [...s.filter((x) => x !== id), id] : s.filter((x) => x !== id)));

  const printSelected = () => {
    const ids = letters.filter((l) => selected.includes(l.id)).map((l) => l.id);
    void print({ variables: { ids } }).then(
      (res) => {
        const url = res.data?.printLetters?.downloadUrl;
        if (url) setBatch({ ids, url });
        setSelected([]);
        setPosted(null);
      },
      () => undefined,
    );
  };
  const post = (ids: string[]) =>
    void markPosted({ variables: { ids } }).then(
      () => {
        setBatch(null);
        setPosted(ids.length);
      },
      () => undefined,
    );
  const handOverNow = (letter: Letter) => {
    // Opened before the mutation, while the click still allows a new window.
    if (letter.pdfUrl) window.open(letter.pdfUrl, '_blank', 'noopener');
    void handOver({ variables: { id: letter.id } }).catch(() => undefined);
  };

  const columns: Column<Letter>[] = [
    {
      key: 'select',
      header: t('printQueue.select'),
      hiddenHeader: true,
      cell: (l) => (
        <Checkbox
          id={`select-${l.id}`}
          labelText={t('printQueue.selectLetter', { name: l.correspondentName })}
          hideLabel
          checked={selected.includes(l.id)}
          onChange={(_e, { checked }) => toggle(l.id, checked)}
        />
      ),
    },
    { key: 'to', header: t('printQueue.recipient'), cell: (l) => l.correspondentName },
    { key: 'subject', header: t('communications.subject'), cell: (l) => l.subject },
    { key: 'at', header: t('printQueue.written'), cell: (l) => format.dateTime(l.createdAt) },
    { key: 'by', header: t('printQueue.by'), cell: (l) => l.createdBy },
    {
      key: 'actions',
      header: t('printQueue.actions'),
      hiddenHeader: true,
      cell: (l) => (
        <Button kind="ghost" size="sm" disabled={handing.loading} onClick={() => handOverNow(l)}>
          {t('printQueue.handOver', { name: l.correspondentName })}
        </Button>
      ),
    },
  ];

  return (
    <div className="cw-page">
      <div className="cw-page__header">
        <h1 className="cw-page__title cds--type-heading-05">{t('printQueue.title')}</h1>
        <div className="cw-row">
          <Checkbox
            id="select-all"
            labelText={t('printQueue.selectAll')}
            checked={all}
            disabled={!letters.length}
            onChange={(_e, { checked }) => setSelected(checked ? letters.map((l) => l.id) : [])}
          />
          <Button disabled={!selected.length || printing.loading} onClick={printSelected}>
            {t('printQueue.print', { count: selected.length })}
          </Button>
        </div>
      </div>
      {[error, printing.error, posting.error, handing.error].map(
        (e, i) => e && <ErrorNotice key={i} error={e} />,
      )}
      {batch && (
        <Tile className="cw-section" data-testid="print-batch">
          <p role="status">{t('printQueue.printed', { count: batch.ids.length })}</p>
          <div className="cw-row">
            <Link href={batch.url} target="_blank" rel="noreferrer">
              {t('printQueue.openBatch')}
            </Link>
            <Button size="sm" kind="secondary" onClick={() => post(batch.ids)}>
              {t('printQueue.markPosted', { count: batch.ids.length })}
            </Button>
          </div>
        </Tile>
      )}
      {posted !== null && (
        <InlineNotification
          kind="success"
          lowContrast
          role="status"
          title={t('printQueue.posted', { count: posted })}
          onClose={() => setPosted(null)}
        />
      )}
      <DataTable
        columns={columns}
        rows={letters}
        label={t('printQueue.title')}
        loading={loading && !data}
        testId="print-queue"
        rowTestId="print-queue-row"
        empty={t('printQueue.empty')}
      />
    </div>
  );
}
