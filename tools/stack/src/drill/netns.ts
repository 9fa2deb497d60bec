import { execFileSync } from 'node:child_process';

/** One host of the drill: a network namespace with one address on the drill's private network. */
export interface Host {
  name: string;
  netns: string;
  address: string;
}

export interface Network {
  hosts: Record<string, Host>;
  /** The drill's own end in the default namespace (it sends the load, receives the mail). */
  drillAddress: string;
  /** Runs a command in a host's namespace: `ip netns exec <netns>`. */
  wrap(host: Host): string[];
  remove(): void;
}

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });

/**
 * Separate hosts on this machine: a namespace per host, each with a veth link to a bridge in a
 * switch namespace, and one more link from the default namespace (the drill). Only addresses of
 * `subnet` (a /24 the machine does not use) are created; remove() deletes every namespace and link.
 */
export function createNetwork(
  prefix: string,
  subnet: string,
  names: Record<string, number>,
): Network {
  const used = execFileSync('ip', ['-4', 'addr'], { encoding: 'utf8' });
  if (used.includes(` ${subnet}.`))
    throw new Error(`the drill network ${subnet}.0/24 is in use on this machine; set DRILL_SUBNET`);
  const created: string[] = [];
  const sw = `${prefix}sw`;
  const drillLink = `${prefix}dr`;
  const remove = () => {
    // Deleting a namespace deletes the veth ends inside it, and with them their peers.
    for (const netns of created.reverse()) {
      try {
        ip('netns', 'delete', netns);
      } catch {
        /* already gone */
      }
    }
    try {
      ip('link', 'delete', drillLink);
    } catch {
      /* gone with the switch */
    }
  };
  try {
    ip('netns', 'add', sw);
    created.push(sw);
    ip('-n', sw, 'link', 'add', 'br0', 'type', 'bridge');
    ip('-n', sw, 'link', 'set', 'br0', 'up');
    const attach = (inner: string, outer: string) => {
      ip('link', 'set', outer, 'netns', sw);
      ip('-n', sw, 'link', 'set', outer, 'master', 'br0');
      ip('-n', sw, 'link', 'set', outer, 'up');
      return inner;
    };
    const hosts: Record<string, Host> = {};
    for (const [name, octet] of Object.entries(names)) {
      const netns = `${prefix}${name}`;
      ip('netns', 'add', netns);
      created.push(netns);
      const inner = `${prefix}${name}a`;
      const outer = `${prefix}${name}b`;
      ip('link', 'add', inner, 'type', 'veth', 'peer', 'name', outer);
      ip('link', 'set', inner, 'netns', netns);
      attach(inner, outer);
      ip('-n', netns, 'link', 'set', inner, 'name', 'eth0');
      ip('-n', netns, 'addr', 'add', `${subnet}.${octet}/24`, 'dev', 'eth0');
      ip('-n', netns, 'link', 'set', 'eth0', 'up');
      ip('-n', netns, 'link', 'set', 'lo', 'up');
      hosts[name] = { name, netns, address: `${subnet}.${octet}` };
    }
    const drillAddress = `${subnet}.100`;
    ip('link', 'add', drillLink, 'type', 'veth', 'peer', 'name', `${prefix}drb`);
    attach(drillLink, `${prefix}drb`);
    ip('addr', 'add', `${drillAddress}/24`, 'dev', drillLink);
    ip('link', 'set', drillLink, 'up');
    return {
      hosts,
      drillAddress,
      wrap: (host) => ['ip', 'netns', 'exec', host.netns],
      remove,
    };
  } catch (error) {
    remove();
    throw error;
  }
}
