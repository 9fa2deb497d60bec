import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

/**
 * A page loaded when its route is first shown (issue 15: the sign-in page and each page download
 * only their own code). Pages are named exports; React's lazy wants a default one. The app shell
 * shows a loading state meanwhile, and its error boundary a "Try again" if the chunk fails to load.
 */
export function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] }));
}
