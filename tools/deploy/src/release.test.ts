import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kubernetesDir, renderKustomization } from './kustomize.js';
import { assembleRelease, MIGRATE_ENTRIES, repoRoot, SERVICE_ENTRIES } from './release.js';

describe('release build and image (issue 19)', () => {
  it('issue 19: the release holds every command the image and the manifests run, built by the same build', () => {
    const out = mkdtempSync(join(tmpdir(), 'casework-release-'));
    assembleRelease(out);
    for (const entry of [...Object.values(SERVICE_ENTRIES), ...MIGRATE_ENTRIES])
      expect(existsSync(join(out, entry)), entry).toBe(true);
    expect(existsSync(join(out, 'schema/supergraph.graphql'))).toBe(true);
    expect(existsSync(join(out, 'agency-web/dist/index.html'))).toBe(true);
    expect(existsSync(join(out, 'portal-web/dist/index.html'))).toBe(true);
    expect(readFileSync(join(out, 'package-lock.json'), 'utf8')).toBe(
      readFileSync(join(repoRoot, 'package-lock.json'), 'utf8'),
    );

    // Every file a manifest runs is in the release; the Dockerfile's default is the gateway.
    for (const object of renderKustomization(join(kubernetesDir, 'overlays/production'))) {
      type PodOwnerSpec = { template?: { spec: { containers: { args?: string[] }[] } } };
      const spec = (object.spec as PodOwnerSpec | undefined)?.template?.spec;
      for (const container of spec?.containers ?? []) {
        const entries = (container.args ?? []).join(' ').match(/[\w/-]+\/dist\/[\w-]+\.js/g) ?? [];
        expect(entries.length, object.metadata.name).toBeGreaterThan(0);
        for (const entry of entries) expect(existsSync(join(out, entry)), entry).toBe(true);
      }
    }
    const dockerfile = readFileSync(join(repoRoot, 'tools/deploy/Dockerfile'), 'utf8');
    expect(dockerfile).toContain('CMD ["gateway/dist/main.js"]');
    for (const name of [
      'contracts',
      'kit',
      'schema',
      'gateway',
      'cases',
      'providers',
      'communications',
    ])
      expect(dockerfile).toContain(`-w @casework/${name}`);
  });
});
