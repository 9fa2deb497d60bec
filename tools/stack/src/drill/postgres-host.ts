import { startEmbeddedPostgres } from '@casework/testing/postgres';

// The drill's PostgreSQL host: run inside its namespace, listening on the host's address only.
const [dataDir, address, network] = process.argv.slice(2) as [string, string, string];
const server = await startEmbeddedPostgres({
  dataDir,
  port: 5432,
  ephemeral: true,
  listen: { address, network },
});
await server.createDatabase('casework');
process.stdout.write('postgres ready\n');
const stop = () => void server.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
