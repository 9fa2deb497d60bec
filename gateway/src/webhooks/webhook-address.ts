import { lookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Whether deliveries may reach an IP address: only ordinary public unicast. Loopback, private
 * (RFC 1918, unique local), link-local (cloud metadata at 169.254.169.254), carrier-grade NAT,
 * unspecified, multicast, reserved and the IPv6 forms that embed an IPv4 address are refused;
 * an IPv4-mapped IPv6 address is judged by its IPv4 address.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return parsed.range() === 'unicast';
}

/** A delivery refused because its host is (or resolves to) an address no webhook may reach. */
export class InternalAddressError extends Error {
  readonly code = 'WEBHOOK_ADDRESS_INTERNAL';
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(
      `refused: ${host} resolves to ${address}, a loopback, private, link-local or otherwise internal address`,
    );
  }
}

/** Checks an IP literal host before connecting (Node does not look those up). */
export function checkLiteralHost(hostname: string): InternalAddressError | null {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (isIP(bare) && !isPublicAddress(bare)) return new InternalAddressError(hostname, bare);
  return null;
}

/**
 * A DNS lookup for the delivery's own connection that fails when any address of the host is
 * internal. It runs at connection time, so a name that resolved to a public address when the
 * webhook was registered and to an internal one now (DNS rebinding) is refused, and the address
 * checked is the one connected to.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  const all: LookupAllOptions = { ...options, all: true };
  lookup(hostname, all, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const internal = addresses.find((a) => !isPublicAddress(a.address));
    if (internal || addresses.length === 0)
      return callback(
        new InternalAddressError(
          hostname,
          internal?.address ?? 'no address',
        ) as NodeJS.ErrnoException,
        '',
        0,
      );
    if (options.all)
      return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};
