import { checkCommittedSchema } from './schema-stability.js';

// `npm run schema:check -w @casework/compose`: fails on a breaking API change the CHANGELOG lacks.
const report = await checkCommittedSchema();
for (const line of report.recorded) process.stdout.write(`recorded breaking change: ${line}\n`);
if (report.unrecorded.length > 0) {
  process.stderr.write(
    `schema/api.graphql breaks clients of the released API (schema/released/api.graphql):\n${report.unrecorded
      .map((line) => `  - ${line}`)
      .join('\n')}\nRestore it, or deprecate first and record it in schema/CHANGELOG.md.\n`,
  );
  process.exitCode = 1;
} else process.stdout.write('schema/api.graphql: no unrecorded breaking change\n');
