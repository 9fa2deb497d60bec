import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { REFUSALS } from '../refusal-codes.js';

describe('the refusal registry, one file per concern (issue 18)', () => {
  it('every concern file is spread into REFUSALS and no code is defined by two concerns', async () => {
    const files = (await readdir(import.meta.dirname)).filter(
      (name) =>
        name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'refusal-definition.ts',
    );
    const seen = new Map<string, string>();
    for (const file of files) {
      const module = (await import(`./${file.replace(/\.ts$/, '.js')}`)) as Record<string, object>;
      for (const group of Object.values(module)) {
        for (const code of Object.keys(group)) {
          expect(seen.get(code), `${code} in ${file} and ${seen.get(code)}`).toBeUndefined();
          seen.set(code, file);
          expect(REFUSALS, `${file} is not spread into REFUSALS`).toHaveProperty(code);
        }
      }
    }
    expect(seen.size).toBe(Object.keys(REFUSALS).length);
  });
});
