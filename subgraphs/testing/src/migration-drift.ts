import { createOrm, migrate, type SubgraphDefinition } from '@casework/kit';
import { createTestDatabase } from './test-database.js';

/**
 * Applies the committed migrations to an empty database and returns the SQL MikroORM would still
 * need to make the schema match the entities: empty when entities and migrations agree.
 */
export async function pendingSchemaChanges(
  definition: Pick<SubgraphDefinition, 'name' | 'entities' | 'migrations'>,
): Promise<string> {
  const orm = await createOrm({
    databaseUrl: await createTestDatabase(),
    schema: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    poolSize: 2,
  });
  try {
    await migrate(orm, definition.name);
    return (await orm.schema.getUpdateSchemaSQL({ wrap: false, schema: definition.name })).trim();
  } finally {
    await orm.close(true);
  }
}
