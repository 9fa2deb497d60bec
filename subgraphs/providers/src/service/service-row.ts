import { rowColumn, type RowShape, rowTimestamp } from '@casework/kit';
import { type Service } from './service.entity.js';

/** What GraphQL reads of a service: its exposed columns. */
export type ServiceFields = Pick<
  Service,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'code' | 'name' | 'description' | 'active'
>;

/** A service read from plain rows (issue 15): the entity's exposed columns, by GraphQL field. */
export const SERVICE_SHAPE: RowShape = {
  properties: {
    id: rowColumn('id'),
    version: rowColumn('version'),
    createdAt: rowTimestamp('created_at'),
    updatedAt: rowTimestamp('updated_at'),
    code: rowColumn('code'),
    name: rowColumn('name'),
    description: rowColumn('description'),
    active: rowColumn('active'),
  },
  resolvers: {},
};
