import { createHash, randomBytes } from "node:crypto";

let lastMs = -1;
let counter = 0;
/** `lastMs` as its 12 hex digits, made once per millisecond (a bulk import makes many ids in each). */
let msHex = "";
/** 2^47: the counter's range (12 hex digits with the top bit clear, so counting up never overflows). */
const TAIL = 2 ** 47;

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
  return `${prefix}_${msHex}${counter.toString(16).padStart(12, "0")}`;
}

/** A stable id from parts, for rows whose identity comes from their source (dataset event ids). */
export const stableId = (prefix: string, ...parts: string[]): string =>
  `${prefix}_${createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 20)}`;

export const nowIso = (): string => new Date().toISOString();
