/** Parses "10s", "500ms", "2m" or a plain number of seconds into milliseconds. */
export function parseDuration(s: string, option: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(s.trim());
  if (!m) throw new Error(`${option}: expected a duration like 30s, 15m or 1h, got "${s}"`);
  const n = Number(m[1]);
  const ms = m[2] === "ms" ? n : m[2] === "m" ? n * 60_000 : m[2] === "h" ? n * 3_600_000 : n * 1000;
  if (ms <= 0) throw new Error(`${option}: must be positive, got "${s}"`);
  return ms;
}
