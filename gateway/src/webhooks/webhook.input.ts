import { INTEGRATION_EVENT_TYPES, type IntegrationEventType } from '@casework/contracts';
import { z } from 'zod';
import { parse, type Parsed } from '../api-clients/api-client.input.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const EVENT_TYPES = Object.keys(INTEGRATION_EVENT_TYPES) as IntegrationEventType[];

const newWebhookSchema = z.object({
  clientId: z.guid({ error: 'must be an id (UUID)' }).optional(),
  url: z
    .string({ error: 'must be text' })
    .trim()
    .min(1, 'must not be blank')
    .max(2000, 'must be at most 2000 characters')
    .refine((s) => !/[\p{Cc}\p{Cs}]/u.test(s), {
      message: 'must not contain control characters or broken characters',
      params: { reason: 'TEXT_NOT_PRINTABLE' },
    }),
  eventTypes: z
    .array(z.string({ error: 'must be text' }).max(100, 'must be at most 100 characters'), {
      error: 'must be a list of event types',
    })
    .min(1, 'choose at least one event type')
    .max(EVENT_TYPES.length, `takes at most ${EVENT_TYPES.length} event types`)
    .transform((types) => [...new Set(types)]),
});

export type NewWebhookInput = z.infer<typeof newWebhookSchema>;

export const parseNewWebhook = (body: unknown): Parsed<NewWebhookInput> =>
  parse(newWebhookSchema, body);

export const isUuid = (s: string) => UUID.test(s);
