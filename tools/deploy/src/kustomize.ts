import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseAllDocuments, parse } from 'yaml';

/** One Kubernetes object as rendered (plain JSON). */
export type KubeObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [key: string]: unknown };
  [key: string]: unknown;
};

interface Kustomization {
  namespace?: string;
  resources?: string[];
  images?: { name: string; newName?: string; newTag?: string }[];
  replicas?: { name: string; count: number }[];
  patches?: { path: string; target: { kind: string; name: string } }[];
}

type PatchOp = { op: 'add' | 'replace' | 'remove'; path: string; value?: unknown };

/** The kustomization fields this renderer implements; any other field is refused, never ignored. */
const KNOWN_FIELDS = new Set([
  'apiVersion',
  'kind',
  'namespace',
  'resources',
  'images',
  'replicas',
  'patches',
]);
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding']);
const POD_OWNERS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job']);

/**
 * Renders a kustomization directory the way `kustomize build` does, for the subset of kustomize
 * the manifests use (resources, namespace, images, replicas, JSON 6902 patches with a target). It
 * lets CI render without kubectl; where kubectl is installed, the test compares both renderings.
 */
export function renderKustomization(dir: string): KubeObject[] {
  const file = ['kustomization.yaml', 'kustomization.yml']
    .map((name) => join(dir, name))
    .find((path) => existsSync(path));
  if (!file) throw new Error(`${dir}: no kustomization.yaml`);
  const k = parse(readFileSync(file, 'utf8')) as Kustomization & Record<string, unknown>;
  const unknown = Object.keys(k).filter((key) => !KNOWN_FIELDS.has(key));
  if (unknown.length) throw new Error(`${file}: unsupported fields ${unknown.join(', ')}`);

  const objects: KubeObject[] = [];
  for (const resource of k.resources ?? []) {
    const path = resolve(dir, resource);
    if (statSync(path).isDirectory()) objects.push(...renderKustomization(path));
    else objects.push(...readObjects(path));
  }
  const ids = new Set<string>();
  for (const object of objects) {
    const id = `${object.kind}/${object.metadata.name}`;
    if (ids.has(id)) throw new Error(`${dir}: ${id} is defined twice`);
    ids.add(id);
  }

  for (const patch of k.patches ?? []) {
    const target = objects.find(
      (o) => o.kind === patch.target.kind && o.metadata.name === patch.target.name,
    );
    if (!target)
      throw new Error(`${file}: patch target ${patch.target.kind}/${patch.target.name} not found`);
    const ops = parse(readFileSync(resolve(dir, patch.path), 'utf8')) as PatchOp[];
    if (!Array.isArray(ops))
      throw new Error(`${patch.path}: only JSON 6902 patches (a list of operations)`);
    for (const op of ops) applyOp(target, op, patch.path);
  }
  for (const { name, count } of k.replicas ?? []) {
    const target = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === name);
    if (!target) throw new Error(`${file}: replicas for unknown Deployment ${name}`);
    (target.spec as { replicas?: number }).replicas = count;
  }
  for (const image of k.images ?? []) {
    for (const object of objects.filter((o) => POD_OWNERS.has(o.kind))) {
      for (const container of containersOf(object)) {
        const [name, tag] = splitImage(container.image);
        if (name !== image.name) continue;
        container.image = `${image.newName ?? name}${image.newTag ? `:${image.newTag}` : tag ? `:${tag}` : ''}`;
      }
    }
  }
  if (k.namespace) {
    for (const object of objects) {
      if (!CLUSTER_SCOPED.has(object.kind)) object.metadata.namespace = k.namespace;
    }
  }
  return objects;
}

function readObjects(path: string): KubeObject[] {
  return parseAllDocuments(readFileSync(path, 'utf8'))
    .map((doc) => {
      if (doc.errors.length) throw new Error(`${path}: ${doc.errors[0]!.message}`);
      return doc.toJS() as KubeObject | null;
    })
    .filter((object): object is KubeObject => object !== null)
    .map((object) => {
      if (!object.apiVersion || !object.kind || !object.metadata?.name)
        throw new Error(`${path}: an object without apiVersion, kind or metadata.name`);
      return object;
    });
}

function containersOf(object: KubeObject): { image: string }[] {
  const template = (object.spec as { template?: { spec?: Record<string, unknown> } }).template;
  const spec = template?.spec ?? {};
  return [
    ...((spec.initContainers as { image: string }[]) ?? []),
    ...((spec.containers as { image: string }[]) ?? []),
  ];
}

function splitImage(image: string): [string, string | undefined] {
  const at = image.lastIndexOf(':');
  return at > image.lastIndexOf('/')
    ? [image.slice(0, at), image.slice(at + 1)]
    : [image, undefined];
}

/** add / replace / remove on a JSON pointer (RFC 6902), refusing a path that does not exist. */
function applyOp(target: KubeObject, op: PatchOp, source: string): void {
  const keys = op.path
    .split('/')
    .slice(1)
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = keys.pop();
  if (last === undefined) throw new Error(`${source}: empty path`);
  let node: unknown = target;
  for (const key of keys) {
    node = (node as Record<string, unknown>)?.[key];
    if (node === undefined || node === null)
      throw new Error(`${source}: ${op.path} does not exist`);
  }
  const parent = node as Record<string, unknown> & unknown[];
  if (op.op === 'remove' || op.op === 'replace') {
    if (!(last in parent)) throw new Error(`${source}: ${op.path} does not exist`);
  }
  if (op.op === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (op.op === 'add' && Array.isArray(parent)) {
    parent.splice(last === '-' ? parent.length : Number(last), 0, op.value);
  } else if (op.op === 'add' || op.op === 'replace') {
    parent[last] = op.value;
  } else {
    throw new Error(`${source}: unsupported operation ${String((op as { op: unknown }).op)}`);
  }
}

export const kubernetesDir = resolve(dirname(new URL(import.meta.url).pathname), '../kubernetes');
