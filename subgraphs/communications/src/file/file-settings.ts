import { readEnv } from '@casework/kit';
import { z } from 'zod';
import { DEFAULT_ALLOWED_EXTENSIONS, KNOWN_FILE_TYPES } from './file-types.js';

const positiveInt = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/** Settings of the files feature, from the environment (read on use, so tests can set them). */
export function readFileSettings(env: NodeJS.ProcessEnv = process.env) {
  const e = readEnv(
    {
      ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1).optional(),
      ATTACHMENT_ALLOWED_TYPES: z
        .string()
        .default(DEFAULT_ALLOWED_EXTENSIONS.join(','))
        .transform((v) => v.split(',').map((x) => x.trim().toLowerCase().replace(/^\./, '')))
        .refine((list) => list.every((ext) => ext in KNOWN_FILE_TYPES), {
          message: `may list only ${Object.keys(KNOWN_FILE_TYPES).join(', ')}`,
        }),
      FILES_UPLOAD_GRANT_MINUTES: positiveInt(15),
      FILES_LINK_MINUTES: positiveInt(5),
      FILES_UNATTACHED_HOURS: positiveInt(24),
      ATTACHMENT_RETENTION_DAYS: positiveInt(3650),
      FILES_S3_BUCKET: z.string().optional(),
      FILES_S3_ENDPOINT: z.url().optional(),
      FILES_S3_REGION: z.string().default('us-east-1'),
      FILES_S3_ACCESS_KEY_ID: z.string().optional(),
      FILES_S3_SECRET_ACCESS_KEY: z.string().optional(),
      FILES_S3_FORCE_PATH_STYLE: z
        .enum(['true', 'false'])
        .default('true')
        .transform((v) => v === 'true'),
    },
    env,
  );
  return {
    /** No limit unless the agency sets one (R3.4). */
    maxBytes: e.ATTACHMENT_MAX_BYTES,
    allowedExtensions: e.ATTACHMENT_ALLOWED_TYPES,
    grantMinutes: e.FILES_UPLOAD_GRANT_MINUTES,
    linkMinutes: e.FILES_LINK_MINUTES,
    unattachedHours: e.FILES_UNATTACHED_HOURS,
    retentionDays: e.ATTACHMENT_RETENTION_DAYS,
    s3: e.FILES_S3_BUCKET
      ? {
          bucket: e.FILES_S3_BUCKET,
          endpoint: e.FILES_S3_ENDPOINT,
          region: e.FILES_S3_REGION,
          forcePathStyle: e.FILES_S3_FORCE_PATH_STYLE,
          credentials:
            e.FILES_S3_ACCESS_KEY_ID && e.FILES_S3_SECRET_ACCESS_KEY
              ? {
                  accessKeyId: e.FILES_S3_ACCESS_KEY_ID,
                  secretAccessKey: e.FILES_S3_SECRET_ACCESS_KEY,
                }
              : undefined,
        }
      : undefined,
  };
}

export type FileSettings = ReturnType<typeof readFileSettings>;
