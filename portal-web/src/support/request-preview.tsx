import { formatBytes } from '@casework/web-kit';
import {
  StructuredListBody,
  StructuredListCell,
  StructuredListRow,
  StructuredListWrapper,
} from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { type CategoryOption, categoryName, type RequestDraft } from './request-draft.js';

/** R5.8: exactly what will be sent. */
export function RequestPreview({
  draft,
  category,
  accountName,
}: {
  draft: RequestDraft;
  category?: CategoryOption;
  accountName: string;
}) {
  const { t, i18n } = useTranslation();
  const rows: [string, string][] = [
    [t('request.type'), t('request.typeValue')],
    [t('request.account'), accountName],
    [t('request.category'), category ? categoryName(category, i18n.language) : ''],
    ...(category && category.referenceKind !== 'NONE'
      ? [
          [t(`request.referenceKind.${category.referenceKind}`), draft.referenceNumber.trim()] as [
            string,
            string,
          ],
        ]
      : []),
    [t('request.subject'), draft.subject.trim()],
    [t('request.description'), draft.description.trim()],
    [
      t('request.file'),
      draft.file ? `${draft.file.fileName} (${formatBytes(draft.file.size)})` : t('request.noFile'),
    ],
  ];
  return (
    <section aria-labelledby="request-preview-title" data-testid="request-preview">
      <h2 id="request-preview-title" className="cds--type-heading-03">
        {t('request.previewTitle')}
      </h2>
      <StructuredListWrapper aria-label={t('request.previewTitle')} isCondensed>
        <StructuredListBody>
          {rows.map(([label, value]) => (
            <StructuredListRow key={label}>
              <StructuredListCell noWrap>{label}</StructuredListCell>
              <StructuredListCell className="cw-pre-wrap">{value}</StructuredListCell>
            </StructuredListRow>
          ))}
        </StructuredListBody>
      </StructuredListWrapper>
    </section>
  );
}
