import { checkLiteralHost } from './webhook-address.js';

/** Why an address is refused: a stable code (kit's INTEGRATIONS_REFUSALS) and its parameters. */
export interface UrlRefusal {
  reason:
    | 'WEBHOOK_URL_INVALID'
    | 'WEBHOOK_URL_SCHEME'
    | 'WEBHOOK_URL_CREDENTIALS'
    | 'WEBHOOK_URL_NOT_ALLOWED'
    | 'WEBHOOK_URL_INTERNAL';
  params: Record<string, string>;
}

export interface WebhookUrlPolicy {
  /** Hosts an administrator allowed (`WEBHOOK_ALLOWED_HOSTS`): `host`, `host:port` or `*.domain`. */
  allowedHosts: readonly string[];
  requireHttps: boolean;
  /** The installation's own addresses (gateway, subgraphs): never a delivery target. */
  internalOrigins: readonly string[];
  /** Refuse IP literals that are internal (production); names are checked again at delivery. */
  blockPrivateAddresses?: boolean;
}

function allowedBy(entry: string, url: URL): boolean {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(entry);
  if (!match) return false;
  const unbracket = (h: string) => h.replace(/^\[|\]$/g, '');
  const pattern = unbracket(match[1] ?? '');
  const entryPort = match[2];
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  if (entryPort && entryPort !== port) return false;
  const host = unbracket(url.hostname.toLowerCase());
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1));
  return host === pattern;
}

/**
 * Decides whether deliveries may go to an address (issue 17): http(s) only (https only when
 * required, as in production), no credentials in it, on a host an administrator allowed, and
 * never one of the installation's own services.
 */
export function checkWebhookUrl(raw: string, policy: WebhookUrlPolicy): URL | UrlRefusal {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { reason: 'WEBHOOK_URL_INVALID', params: {} };
  }
  const schemes = policy.requireHttps ? ['https:'] : ['https:', 'http:'];
  if (!schemes.includes(url.protocol))
    return {
      reason: 'WEBHOOK_URL_SCHEME',
      params: { schemes: schemes.map((s) => `${s}//`).join(' or ') },
    };
  if (url.username || url.password) return { reason: 'WEBHOOK_URL_CREDENTIALS', params: {} };
  if (
    policy.internalOrigins.includes(url.origin) ||
    (policy.blockPrivateAddresses && checkLiteralHost(url.hostname))
  )
    return { reason: 'WEBHOOK_URL_INTERNAL', params: { host: url.host } };
  if (!policy.allowedHosts.some((entry) => allowedBy(entry, url)))
    return { reason: 'WEBHOOK_URL_NOT_ALLOWED', params: { host: url.host } };
  return url;
}
