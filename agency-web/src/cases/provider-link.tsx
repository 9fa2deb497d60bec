import { Link } from 'react-router';

/** A provider's name linking to its page, or a dash when none is set. */
export function ProviderLink({ provider }: { provider?: { id: string; name: string } | null }) {
  return provider ? <Link to={`/providers/${provider.id}`}>{provider.name}</Link> : <>—</>;
}
