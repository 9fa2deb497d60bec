import { type TimestampReader } from '@casework/kit';
import { type Service } from './service.entity.js';

/** What GraphQL and the Service field resolvers read of a service: its exposed columns. */
export type ServiceFields = Pick<
  Service,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'code' | 'name' | 'description' | 'active'
>;

const COLUMNS = [
  'id',
  'version',
  'created_at',
  'updated_at',
  'code',
  'name',
  'description',
  'active',
];

/** The select list of a service's exposed columns from `alias`, each prefixed by `prefix`. */
export function serviceColumns(alias: string, prefix = ''): string {
  return COLUMNS.map((column) => `${alias}.${column} as "${prefix}${column}"`).join(', ');
}

/** A service from a row of `serviceColumns(alias, prefix)`, shaped as the entity is. */
export function serviceFromRow(
  row: Record<string, unknown>,
  timestamp: TimestampReader,
  prefix = '',
): ServiceFields {
  return {
    id: row[`${prefix}id`] as string,
    version: row[`${prefix}version`] as number,
    createdAt: timestamp(row[`${prefix}created_at`]),
    updatedAt: timestamp(row[`${prefix}updated_at`]),
    code: row[`${prefix}code`] as string,
    name: row[`${prefix}name`] as string,
    description: row[`${prefix}description`] as string | null,
    active: row[`${prefix}active`] as boolean,
  };
}
