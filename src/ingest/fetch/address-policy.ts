import { BlockList, isIP } from "node:net";

/** Address ranges a fetch may not reach unless named with --allow-host: loopback, private, link-local, ... */
const BLOCKED = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24],
  ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) BLOCKED.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["64:ff9b::", 96], ["2001:db8::", 32],
] as const) BLOCKED.addSubnet(net, bits, "ipv6");

/** Why an address is refused, or null when it is a public address. */
export function blockedReason(address: string): string | null {
  const fam = isIP(address);
  if (fam === 0) return "not an IP address";
  let a = address.toLowerCase();
  // IPv4-mapped IPv6 (::ffff:10.0.0.1) is the IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) a = mapped[1];
  const type = isIP(a) === 4 ? "ipv4" : "ipv6";
  if (!BLOCKED.check(a, type)) return null;
  if (/^127\.|^::1$/.test(a)) return "a loopback address";
  if (/^169\.254\.|^fe[89ab]/.test(a)) return "a link-local address";
  return "a private or reserved address";
}

/** Which hosts and addresses the user allowed despite the policy (--allow-host). */
export class HostPolicy {
  private readonly allowed: Set<string>;

  constructor(allowHosts: Iterable<string> = []) {
    this.allowed = new Set([...allowHosts].map((h) => h.toLowerCase().replace(/^\[|\]$/g, "")));
  }

  /** Whether a URL host name or a resolved address is named by --allow-host. */
  allows(hostOrAddress: string): boolean {
    return this.allowed.has(hostOrAddress.toLowerCase().replace(/^\[|\]$/g, ""));
  }

  /** Error text when `address` (resolved from `host`) may not be reached, else null. */
  check(host: string, address: string): string | null {
    if (this.allows(host) || this.allows(address)) return null;
    const why = blockedReason(address);
    if (!why) return null;
    return host.replace(/^\[|\]$/g, "") === address
      ? `refused: ${address} is ${why} (use --allow-host ${address} to permit it)`
      : `refused: ${host} resolves to ${address}, ${why} (use --allow-host ${host} to permit it)`;
  }
}
