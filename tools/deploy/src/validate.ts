import { type KubeObject } from './kustomize.js';

interface ModelClass {
  new (data: object): { validate(): void };
}

/**
 * Validates one object against the Kubernetes OpenAPI schema of its apiVersion and kind, with the
 * models of `kubernetes-models` (generated from the Kubernetes schemas). An apiVersion or kind it
 * does not know is an error too (a typo there would otherwise pass unchecked).
 */
export async function validateObject(object: KubeObject): Promise<void> {
  const where = `${object.kind}/${object.metadata.name}`;
  let models: Record<string, ModelClass | undefined>;
  try {
    models = (await import(`kubernetes-models/${object.apiVersion}`)) as Record<
      string,
      ModelClass | undefined
    >;
  } catch (error) {
    throw new Error(`${where}: unknown apiVersion ${object.apiVersion}`, { cause: error });
  }
  const Model = models[object.kind];
  if (typeof Model !== 'function')
    throw new Error(`${where}: ${object.apiVersion} has no kind ${object.kind}`);
  try {
    new Model(object).validate();
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`, { cause: error });
  }
}
