import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type KubeObject, kubernetesDir, renderKustomization } from './kustomize.js';
import { validateObject } from './validate.js';

const production = () => renderKustomization(join(kubernetesDir, 'overlays/production'));
const byId = (objects: KubeObject[]) =>
  Object.fromEntries(objects.map((o) => [`${o.kind}/${o.metadata.name}`, o]));
type Container = {
  image: string;
  args?: string[];
  command?: string[];
  readinessProbe?: { httpGet?: { path: string } };
  livenessProbe?: { httpGet?: { path: string } };
  resources?: { requests?: object; limits?: object };
  envFrom?: { secretRef?: { name: string }; configMapRef?: { name: string } }[];
};
const containerOf = (o: KubeObject) =>
  (o.spec as { template: { spec: { containers: Container[] } } }).template.spec.containers[0]!;

const SERVICES = ['gateway', 'cases', 'providers', 'communications'];

describe('Kubernetes manifests (issue 19)', () => {
  it('issue 19: the base and the production overlay render, and every object validates against the Kubernetes schemas', async () => {
    for (const dir of ['base', 'overlays/production']) {
      const objects = renderKustomization(join(kubernetesDir, dir));
      expect(objects.length).toBeGreaterThan(15);
      for (const object of objects) await validateObject(object);
    }
  });

  it('issue 19: the validator refuses an invalid object and an unknown kind (it can fail)', async () => {
    const gateway = structuredClone(byId(production())['Deployment/gateway']!);
    (gateway.spec as { replicas: unknown }).replicas = 'three';
    await expect(validateObject(gateway)).rejects.toThrow(/replicas/);
    await expect(
      validateObject({ apiVersion: 'apps/v1', kind: 'Deploymnet', metadata: { name: 'x' } }),
    ).rejects.toThrow(/no kind Deploymnet/);
  });

  it('issue 19: each service runs from the one image with probes on the health endpoints, resources, secrets and a disruption budget', () => {
    const objects = byId(production());
    for (const name of SERVICES) {
      const deployment = objects[`Deployment/${name}`]!;
      expect(deployment.metadata.namespace).toBe('casework');
      const container = containerOf(deployment);
      expect(container.image).toBe('registry.example.org/casework:1.0.0');
      expect(container.args?.[0]).toBe(
        name === 'gateway' ? 'gateway/dist/main.js' : `subgraphs/${name}/dist/main.js`,
      );
      expect(container.readinessProbe?.httpGet?.path).toBe('/health/ready');
      expect(container.livenessProbe?.httpGet?.path).toBe('/health/live');
      expect(container.resources?.requests).toBeDefined();
      expect(container.resources?.limits).toBeDefined();
      const secrets = container.envFrom?.map((e) => e.secretRef?.name).filter(Boolean);
      expect(secrets).toEqual(['casework-secrets', 'casework-database', 'casework-smtp']);
      expect(objects[`PodDisruptionBudget/${name}`]).toBeDefined();
      expect(objects[`Service/${name}`]).toBeDefined();
    }
    expect((objects['Deployment/gateway']!.spec as { replicas: number }).replicas).toBe(3);
    expect(
      (objects['HorizontalPodAutoscaler/gateway']!.spec as { scaleTargetRef: { name: string } })
        .scaleTargetRef.name,
    ).toBe('gateway');
    const secret = objects['Secret/casework-secrets']!.stringData as Record<string, string>;
    expect(Object.keys(secret).sort()).toEqual(['AUTH_TOKEN_SECRET', 'INTERNAL_SECRET']);
    expect(
      (objects['Secret/casework-database']!.stringData as Record<string, string>).DATABASE_URL,
    ).toContain('sslmode=verify-full');
    const config = objects['ConfigMap/casework-config']!.data as Record<string, string>;
    expect(config.MIGRATE_AT_START).toBe('false');
  });

  it('issue 19: only the gateway (and the subgraphs among themselves) may reach the subgraphs', () => {
    const policy = byId(production())['NetworkPolicy/subgraphs-only-from-gateway']!;
    const spec = policy.spec as {
      podSelector: { matchLabels: Record<string, string> };
      ingress: { from: { podSelector: { matchLabels: Record<string, string> } }[] }[];
    };
    expect(spec.podSelector.matchLabels['app.kubernetes.io/component']).toBe('subgraph');
    const allowed = spec.ingress.flatMap((rule) =>
      rule.from.map((from) => from.podSelector.matchLabels['app.kubernetes.io/component']),
    );
    expect(allowed.sort()).toEqual(['gateway', 'subgraph']);
    for (const name of SERVICES.slice(1)) {
      const labels = (
        byId(production())[`Deployment/${name}`]!.spec as {
          template: { metadata: { labels: Record<string, string> } };
        }
      ).template.metadata.labels;
      expect(labels['app.kubernetes.io/component']).toBe('subgraph');
    }
  });

  it("issue 19: the migrations Job runs every service's migrate command", () => {
    const job = byId(production())['Job/casework-migrate']!;
    const script = (containerOf(job).args ?? []).join(' ');
    for (const entry of [
      'gateway/dist/migrate.js',
      'subgraphs/cases/dist/migrate.js',
      'subgraphs/providers/dist/migrate.js',
      'subgraphs/communications/dist/migrate.js',
    ])
      expect(script).toContain(`node ${entry}`);
  });

  const kubectl = ['/usr/bin/kubectl', '/usr/local/bin/kubectl'].find((path) => existsSync(path));
  it.skipIf(!kubectl)(
    'issue 19: where kubectl is installed, its kustomize renders the same objects as ours',
    () => {
      const out = execFileSync(
        kubectl!,
        ['kustomize', join(kubernetesDir, 'overlays/production')],
        {
          encoding: 'utf8',
        },
      );
      const theirs = parseAllDocuments(out).map((doc) => doc.toJS() as KubeObject);
      expect(byId(production())).toEqual(byId(theirs));
    },
  );
});
