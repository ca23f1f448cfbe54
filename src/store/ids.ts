import { createHash, randomBytes } from "node:crypto";

let lastMs = -1;
let counter = 0;
/** `lastMs` as its 12 hex digits, made once per millisecond (a bulk import makes many ids in each). */
let msHex = "";
/** 2^47: the counter's range (12 hex digits with the top bit clear, so counting up never overflows). */
const TAIL = 2 ** 47;

/** Every 3-digit hex string, "000" … "fff": the counter's low 24 bits are two look-ups. */
const HEX3: readonly string[] = Array.from({ length: 4096 }, (_, i) => i.toString(16).padStart(3, "0"));
/** The counter's top 6 hex digits (bits 24-46) as last formatted: they change once in 16.7 million ids. */
let highOf = -1;
let highHex = "";

/**
 * `counter.toString(16).padStart(12, "0")`, made without formatting a 47-bit double digit by digit (V8's
 * DoubleToRadixCString, with a floating-point modulo per digit, on every id): the top 24 bits are formatted when
 * they change, the low 24 bits are two look-ups. Exported for its test.
 */
export function counterHex(n: number): string {
  const high = Math.floor(n / 16_777_216);
  if (high !== highOf) {
    highOf = high;
    highHex = high.toString(16).padStart(6, "0");
  }
  // n < 2^53: ToInt32 keeps its low 32 bits exactly, so the mask gives the low 24
  const low = n & 0xffffff;
  return highHex + HEX3[low >>> 12] + HEX3[low & 0xfff];
}

/**
 * Prefixed time-ordered ids: "inc_…", "rep_…", readable in logs and URLs; 12 hex digits of milliseconds, then
 * 12 hex digits that start at a random value each millisecond and count up within it (ULID's monotonic scheme).
 * Ids made one after another sort after each other, so every primary-key and foreign-key index insert lands on
 * the B-tree's last page instead of a random one (random ids made a bulk import dirty a page per row per index
 * in both SQLite and PostgreSQL). 47 random bits per millisecond per process keep two processes apart.
 */
export function newId(prefix: string): string {
  const ms = Date.now();
  if (ms > lastMs) {
    lastMs = ms;
    msHex = lastMs.toString(16).padStart(12, "0");
    counter = Math.floor(randomBytes(6).readUIntBE(0, 6) / 2);
  } else if (++counter >= TAIL) {
    // 2^47 ids within one millisecond cannot happen in practice; borrow the next millisecond rather than wrap
    lastMs++;
    msHex = lastMs.toString(16).padStart(12, "0");
    counter = 0;
  }
  return prefix + "_" + msHex + counterHex(counter);
}

/** A stable id from parts, for rows whose identity comes from their source (dataset event ids). */
export const stableId = (prefix: string, ...parts: string[]): string =>
  `${prefix}_${createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 20)}`;

export const nowIso = (): string => new Date().toISOString();
