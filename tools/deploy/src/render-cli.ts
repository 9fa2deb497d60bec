import { join } from 'node:path';
import { stringify } from 'yaml';
import { kubernetesDir, renderKustomization } from './kustomize.js';
import { validateObject } from './validate.js';

// npm run render -w @casework/deploy [-- overlays/production]: prints the rendered, validated manifests.
const target = join(kubernetesDir, process.argv[2] ?? 'overlays/production');
const objects = renderKustomization(target);
for (const object of objects) await validateObject(object);
process.stdout.write(objects.map((object) => stringify(object)).join('---\n'));
