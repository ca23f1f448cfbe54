import { Alternation } from "./alternation.js";
import { ACTOR_LEXICON, FALL_OF_KABUL, type ActorEntry } from "./data/actors.js";

/** One actor named in a text. Offsets are UTF-16 indices into the text given to `findActors`. */
export interface ActorMention {
  start: number;
  end: number;
  text: string;
  /** Canonical actor id of ../shared/eval/FORMAT.md (PK_GOV / AF_GOV for the governments). */
  id: string;
  /** 0..1: how sure the lexicon is that this wording means this actor. */
  confidence?: number;
  /** "speaker": a spokesman, ministry or official speaking for the actor, not the actor's fighters. */
  role?: "speaker";
  /** A kind of group ("Baloch separatists"), not one named group. */
  category?: boolean;
  /** The Afghan Taliban before they took power (2021-08-15): an insurgency, whose dead count as militants. */
  insurgent?: boolean;
  /** A Taliban spokesman before 2021-08-15: he speaks for the insurgency (AF_TALIBAN), not a government. */
  insurgentSpeaker?: boolean;
}

export interface FindActorsOptions {
  /** Event or publication date (YYYY-MM-DD): "Afghan forces" means the Republic's forces before 2021-08-15. */
  date?: string | null;
}

const SEP = "[\\s\\-\\u2010-\\u2015\\u00ad]*";
const SPACE = "[\\s\\u00a0]+";
/** A mention neither starts nor ends inside a word of these characters. */
const WORD = "A-Za-z0-9_\\u00c0-\\u024f";

interface Alt {
  entry: ActorEntry;
  source: string;
}

interface Compiled {
  matcher: Alternation;
  alts: Alt[];
}

/** Turns the lexicon's pattern mini-language into a regular-expression fragment with no capturing groups. */
function toRegexSource(pattern: string): string {
  return pattern
    .replace(/\((?!\?)/g, "(?:")
    .replace(/~/g, SEP)
    .replace(/ /g, SPACE);
}

function escapeLiteral(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, SPACE).replace(/-/g, "[\\-\\u2010-\\u2015]");
}

/**
 * One alternation per case mode; longer sources first so the more specific wording wins at a position.
 * Matched as the regex `(?<![WORD])(?:(alt1)|(alt2)|…)(?![WORD])` would be (src/extract/alternation.ts).
 */
function compile(alts: Alt[], flags: "" | "i"): Compiled {
  alts.sort((a, b) => b.source.length - a.source.length);
  return { matcher: new Alternation(alts.map((a) => a.source), WORD, flags), alts };
}

let compiled: { ci: Compiled; cs: Compiled } | null = null;

function lexicon(): { ci: Compiled; cs: Compiled } {
  if (compiled) return compiled;
  const ci: Alt[] = [];
  const cs: Alt[] = [];
  for (const entry of ACTOR_LEXICON) {
    for (const p of entry.patterns ?? []) ci.push({ entry, source: toRegexSource(p) });
    for (const a of entry.acronyms ?? []) cs.push({ entry, source: escapeLiteral(a) });
  }
  // non-Unicode mode: V8 matches case-insensitive alternations much faster without the u flag
  compiled = { ci: compile(ci, "i"), cs: compile(cs, "") };
  return compiled;
}

/** The whole-match regexes of the era-bound entries, for the other era's reading of a wording. */
const eraPatterns = new Map<string, RegExp>();
function eraPattern(p: string): RegExp {
  let r = eraPatterns.get(p);
  if (!r) eraPatterns.set(p, (r = new RegExp(`^(?:${toRegexSource(p)})$`, "iu")));
  return r;
}

function scan(text: string, c: Compiled, date: string | null | undefined, out: ActorMention[]): void {
  for (const m of c.matcher.matches(text)) {
    if (m.alt < 0 || m.text.length === 0) continue;
    let alt: Alt = c.alts[m.alt];
    const era = alt.entry.era;
    if (era && date) {
      const pre = date < FALL_OF_KABUL;
      if ((era === "pre2021") !== pre) {
        // The other era's entry for the same wording is also in the alternation; try it at this position.
        const other = ACTOR_LEXICON.find((e) => e.era && e.era !== era && e.patterns?.some((p) => eraPattern(p).test(m.text)));
        if (other) alt = { entry: other, source: "" };
      }
    }
    const mention: ActorMention = {
      start: m.index,
      end: m.index + m.text.length,
      text: m.text,
      id: alt.entry.id,
      confidence: alt.entry.weight ?? 1,
    };
    if (alt.entry.role) mention.role = alt.entry.role;
    if (alt.entry.category) mention.category = true;
    if (mention.id === "AF_TALIBAN" && date && date < FALL_OF_KABUL && !alt.entry.role) mention.insurgent = true;
    if (mention.id === "AF_GOV" && alt.entry.role && date && date < FALL_OF_KABUL && /taliban|emirate|mujahid/i.test(m.text)) mention.insurgentSpeaker = true;
    out.push(mention);
  }
}

/**
 * Every actor named in `text`, left to right, without overlaps (the longer wording wins: "Pakistani
 * Taliban" is TTP, not the Afghan Taliban). Never throws; offsets refer to `text` as given.
 */
export function findActors(text: string, options: FindActorsOptions = {}): ActorMention[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const { ci, cs } = lexicon();
  const all: ActorMention[] = [];
  scan(text, ci, options.date, all);
  scan(text, cs, options.date, all);
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: ActorMention[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** The distinct ids among `mentions`, in order of first appearance. */
export function actorIds(mentions: ActorMention[]): string[] {
  return [...new Set(mentions.map((m) => m.id))];
}
