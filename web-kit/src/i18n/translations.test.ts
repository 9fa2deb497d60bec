import { placeholdersOf, REFUSALS } from '@casework/kit/codes';
import { NOTIFICATION_KINDS } from '@casework/contracts/notification-kinds';
import { describe, expect, it } from 'vitest';
import de from './locales/de.json';
import en from './locales/en.json';
import it_ from './locales/it.json';

const LOCALES = { en, de, it: it_ } as const;

function lookup(messages: unknown, path: string[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
    messages,
  );
}

describe('every code the API gives has words in every language (issue 18)', () => {
  for (const [language, messages] of Object.entries(LOCALES)) {
    it(`${language}: each refusal code has a translation that uses only its parameters`, () => {
      const missing: string[] = [];
      for (const [code, { message }] of Object.entries(REFUSALS)) {
        const text = lookup(messages, ['refusal', code]);
        if (typeof text !== 'string' || !text.trim()) {
          missing.push(code);
          continue;
        }
        // A translation may leave a parameter out, never invent one the server does not send.
        const known = new Set(placeholdersOf(message));
        // METHOD_NOT_ALLOWED and others carry parameters beyond their English template.
        const extra = { METHOD_NOT_ALLOWED: ['method', 'provider', 'rule', 'methodRefusal'] };
        for (const p of (extra as Record<string, string[]>)[code] ?? []) known.add(p);
        for (const p of placeholdersOf(text))
          expect(known, `${language} refusal.${code}`).toContain(p);
      }
      expect(missing, `${language}: refusal codes without a translation`).toEqual([]);
    });

    it(`${language}: each notification kind has a title and body (per context) over its parameters`, () => {
      for (const [kind, spec] of Object.entries(NOTIFICATION_KINDS)) {
        const suffixes = 'contexts' in spec ? spec.contexts.map((c) => `_${c}`) : [''];
        for (const part of ['title', 'body'])
          for (const suffix of suffixes) {
            const text = lookup(messages, ['notification', kind, `${part}${suffix}`]);
            expect(typeof text, `${language} notification.${kind}.${part}${suffix}`).toBe('string');
            for (const p of placeholdersOf(String(text)))
              expect(spec.params as readonly string[], `${language} ${kind}`).toContain(p);
          }
      }
    });
  }

  it('has no translation for a code that no longer exists', () => {
    for (const messages of Object.values(LOCALES))
      expect(Object.keys(messages.refusal).sort()).toEqual(Object.keys(REFUSALS).sort());
  });
});
