import { INTEGRATION_EVENT_TYPES, type IntegrationEventType } from '@casework/contracts';
import { z } from 'zod';
import { type FieldProblem } from '../http/json-errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const EVENT_TYPES = Object.keys(INTEGRATION_EVENT_TYPES) as IntegrationEventType[];

const newWebhookSchema = z.object({
  clientId: z.string({ error: 'must be text' }).regex(UUID, 'must be an id (UUID)').optional(),
  url: z
    .string({ error: 'must be text' })
    .trim()
    .min(1, 'must not be blank')
    .max(2000, 'must be at most 2000 characters')
    .refine(
      (s) => !/[\p{Cc}\p{Cs}]/u.test(s),
      'must not contain control characters or broken characters',
    ),
  eventTypes: z
    .array(z.string({ error: 'must be text' }).max(100, 'must be at most 100 characters'), {
      error: 'must be a list of event types',
    })
    .min(1, 'choose at least one event type')
    .max(EVENT_TYPES.length, `takes at most ${EVENT_TYPES.length} event types`)
    .transform((types) => [...new Set(types)]),
});

export type NewWebhookInput = z.infer<typeof newWebhookSchema>;

export function parseNewWebhook(
  body: unknown,
): { value: NewWebhookInput } | { fields: FieldProblem[] } {
  const result = newWebhookSchema.safeParse(body ?? {});
  if (result.success) return { value: result.data };
  return {
    fields: result.error.issues.map((issue) => ({
      field: issue.path.join('.') || 'body',
      message:
        issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message,
    })),
  };
}

export const isUuid = (s: string) => UUID.test(s);
