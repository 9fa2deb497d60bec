import { type TimestampReader } from './row-page.js';

/** How one property of a GraphQL node is read from a plain row: its columns and their value. */
export interface RowProperty {
  columns: readonly string[];
  /** The value from the row; `get` reads one of `columns`. */
  read(get: (column: string) => unknown, timestamp: TimestampReader): unknown;
}

/** A property that is one column as PostgreSQL returns it (text, numbers, enums, dates as text). */
export const rowColumn = (column: string): RowProperty => ({
  columns: [column],
  read: (get) => get(column),
});

/** A timestamp column, as a Date the way the ORM hydrates it; null stays null. */
export const rowTimestamp = (column: string): RowProperty => ({
  columns: [column],
  read: (get, toDate) => {
    const value = get(column);
    return value === null ? null : toDate(value);
  },
});

/** A node type read from rows: its properties, and what its field resolvers read. */
export interface RowShape {
  properties: Record<string, RowProperty>;
  /** Properties each field resolver reads, by field name (`[]`: none). */
  resolvers: Record<string, readonly string[]>;
}

/** What a query selects of one node type: its select list and how a row becomes a node. */
export interface ShapedColumns<N> {
  /** `alias.column as "prefixcolumn"`, comma-separated. */
  select: string;
  node(row: Record<string, unknown>): N;
}

/**
 * Selects only the columns the requested GraphQL fields read (issue 15): a field of the shape's
 * properties reads its own, a field resolver the properties listed for it, and a field the shape
 * does not know (added later) reads every column, so a missing entry costs speed, never answers.
 * `fields` null means every property; `always` are read whatever is selected (ids, cursor keys).
 */
export function shapeColumns<N>(
  shape: RowShape,
  fields: readonly string[] | null,
  { alias, prefix, always, timestamp: toDate }: ShapeOptions,
): ShapedColumns<N> {
  const all = Object.keys(shape.properties);
  const wanted = new Set(always);
  for (const field of fields ?? all) {
    if (field.startsWith('__')) continue;
    const needs = field in shape.properties ? [field] : shape.resolvers[field];
    for (const property of needs ?? all) wanted.add(property);
  }
  const properties = all.filter((property) => wanted.has(property));
  const columns = [...new Set(properties.flatMap((p) => shape.properties[p]!.columns))];
  const readers = properties.map((p) => [p, shape.properties[p]!.read] as const);
  return {
    select: columns.map((column) => `${alias}.${column} as "${prefix}${column}"`).join(', '),
    node: (row) => {
      const get = (column: string) => row[`${prefix}${column}`];
      const node: Record<string, unknown> = {};
      for (const [property, read] of readers) node[property] = read(get, toDate);
      return node as N;
    },
  };
}

export interface ShapeOptions {
  /** The table's alias in the statement. */
  alias: string;
  /** Prefix of the column aliases, to tell joined tables apart. */
  prefix: string;
  always: readonly string[];
  timestamp: TimestampReader;
}
