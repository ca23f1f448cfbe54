/**
 * At most one request per `intervalMs` to each host: feeds and the pages they list often share a host, and a
 * monitor must not hammer a small outlet's server.
 */
export class HostRateLimiter {
  private readonly next = new Map<string, number>();

  constructor(private readonly intervalMs: number, private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))) {}

  /** Waits until a request to the URL's host is allowed, and books the slot. */
  async wait(url: string): Promise<void> {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      return;
    }
    const now = Date.now();
    const at = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, at + this.intervalMs);
    if (at > now) await this.sleep(at - now);
  }
}
