import {
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableHeader,
  TableRow,
} from '@carbon/react';
import { type ReactNode } from 'react';
import { LoadingState } from './states.js';

export interface Column<T> {
  key: string;
  header: string;
  /** Read by screen readers only (an actions column). */
  hiddenHeader?: boolean;
  cell(row: T): ReactNode;
}

export interface DataTableProps<T extends { id: string }> {
  columns: Column<T>[];
  rows: readonly T[];
  /** The accessible name of the table; also shown as the container's title when `title` is set. */
  label: string;
  /** Shows a Carbon table container with this title (and `description`) above the table. */
  title?: string;
  description?: string;
  /** A row that says the table is empty, instead of headers alone; without it nothing is added. */
  empty?: ReactNode;
  /** Shown instead of the whole table when there are no rows. */
  noRows?: ReactNode;
  /** `data-testid` of the table. */
  testId?: string;
  size?: 'xs' | 'sm' | 'md' | 'lg' | 'xl';
  className?: string;
  /** `data-testid` of each row. */
  rowTestId?: string;
  /** Under the table, inside the container (a pager). */
  footer?: ReactNode;
  /** A skeleton of the table while its rows load. */
  loading?: boolean;
}

/** A Carbon table from columns and rows: headers, an empty row, a footer (pagination), loading. */
export function DataTable<T extends { id: string }>({
  columns,
  rows,
  label,
  title,
  description,
  empty,
  noRows,
  testId,
  size,
  className,
  rowTestId,
  footer,
  loading,
}: DataTableProps<T>) {
  if (loading) return <LoadingState columns={columns.length} />;
  const table =
    rows.length === 0 && noRows !== undefined ? (
      <p className="cw-muted">{noRows}</p>
    ) : (
      <Table aria-label={label} size={size} data-testid={testId}>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableHeader key={column.key}>
                {column.hiddenHeader ? (
                  <span className="cds--visually-hidden">{column.header}</span>
                ) : (
                  column.header
                )}
              </TableHeader>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.length === 0 && empty && (
            <TableRow>
              <TableCell colSpan={columns.length} className="cw-muted">
                {empty}
              </TableCell>
            </TableRow>
          )}
          {rows.map((row) => (
            <TableRow key={row.id} data-testid={rowTestId}>
              {columns.map((column) => (
                <TableCell key={column.key}>{column.cell(row)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  if (title === undefined && footer === undefined && className === undefined) return table;
  return (
    <TableContainer title={title} description={description} className={className}>
      {table}
      {footer}
    </TableContainer>
  );
}
