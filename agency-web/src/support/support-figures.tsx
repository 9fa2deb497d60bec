import { ErrorNotice, useFormat, requestCategoryName } from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import {
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableHeader,
  TableRow,
} from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';

const FiguresQuery = graphql(`
  query SupportFigures {
    administrativeRequestFigures {
      categoryId
      categoryCode
      requestCount
      openCount
      respondedCount
      averageHoursToFirstResponse
      medianHoursToFirstResponse
      resolvedCount
      averageHoursToResolution
      medianHoursToResolution
    }
    administrativeRequestCategories(includeInactive: true) {
      id
      nameEn
      nameDe
      nameIt
    }
  }
`);

/** Time to first response and to resolution per category over the last 365 days (like R1.9). */
export function SupportFigures() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { data, error } = useQuery(FiguresQuery, { fetchPolicy: 'cache-and-network' });
  const names = new Map((data?.administrativeRequestCategories ?? []).map((c) => [c.id, c]));
  const hours = (value: number | null | undefined) =>
    value == null ? '–' : t('desk.hours', { hours: format.number(Math.round(value * 10) / 10) });
  return (
    <TableContainer
      title={t('desk.figures')}
      description={t('desk.figuresHelp')}
      className="cw-section"
    >
      {error && <ErrorNotice error={error} />}
      <Table aria-label={t('desk.figures')} size="sm">
        <TableHead>
          <TableRow>
            <TableHeader>{t('desk.category')}</TableHeader>
            <TableHeader>{t('desk.requests')}</TableHeader>
            <TableHeader>{t('desk.open')}</TableHeader>
            <TableHeader>{t('desk.firstResponse')}</TableHeader>
            <TableHeader>{t('desk.resolution')}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {data?.administrativeRequestFigures?.map((f) => {
            const category = f.categoryId ? names.get(f.categoryId) : undefined;
            const name = category
              ? requestCategoryName(category, i18n.language)
              : t('desk.allCategories');
            return (
              <TableRow key={f.categoryId ?? 'all'} data-testid="figures-row">
                <TableCell>{name}</TableCell>
                <TableCell>{f.requestCount}</TableCell>
                <TableCell>{f.openCount}</TableCell>
                <TableCell>{`${hours(f.averageHoursToFirstResponse)} / ${hours(f.medianHoursToFirstResponse)}`}</TableCell>
                <TableCell>{`${hours(f.averageHoursToResolution)} / ${hours(f.medianHoursToResolution)}`}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
