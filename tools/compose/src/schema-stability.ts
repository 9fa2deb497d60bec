import { readFile } from 'node:fs/promises';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { schemaDir, schemaFile } from '@casework/schema';

export interface StabilityReport {
  /** Breaking changes the CHANGELOG does not record. */
  unrecorded: string[];
  /** Breaking changes the CHANGELOG records with their deprecation. */
  recorded: string[];
}

/** The "Unreleased" section of the API's CHANGELOG: where planned breaking changes are listed. */
function unreleased(changelog: string): string {
  const start = changelog.indexOf('## Unreleased');
  if (start < 0) return '';
  const next = changelog.indexOf('\n## ', start + 1);
  return changelog.slice(start, next < 0 ? undefined : next);
}

/** Whether a line of the Unreleased section names the path in backticks and its deprecation date. */
function isRecorded(section: string, path: string): boolean {
  return section
    .split('\n')
    .some(
      (line) => line.includes(`\`${path}\``) && /deprecated since \d{4}-\d{2}-\d{2}/.test(line),
    );
}

/**
 * Compares the released API schema with the current one (@graphql-inspector/core) and sorts its
 * breaking changes into those recorded in the CHANGELOG and those that are not.
 */
export async function checkStability(
  releasedSdl: string,
  currentSdl: string,
  changelog: string,
): Promise<StabilityReport> {
  const changes = await diff(buildSchema(releasedSdl), buildSchema(currentSdl));
  const section = unreleased(changelog);
  const report: StabilityReport = { unrecorded: [], recorded: [] };
  for (const change of changes) {
    if (change.criticality.level !== CriticalityLevel.Breaking) continue;
    const path = change.path ?? change.message;
    const line = `${path}: ${change.message}`;
    (isRecorded(section, path) ? report.recorded : report.unrecorded).push(line);
  }
  return report;
}

/** The committed files: schema/api.graphql, schema/released/api.graphql, schema/CHANGELOG.md. */
export async function checkCommittedSchema(): Promise<StabilityReport> {
  const [released, current, changelog] = await Promise.all([
    readFile(`${schemaDir}released/api.graphql`, 'utf8'),
    readFile(schemaFile('api'), 'utf8'),
    readFile(`${schemaDir}CHANGELOG.md`, 'utf8'),
  ]);
  return checkStability(released, current, changelog);
}
