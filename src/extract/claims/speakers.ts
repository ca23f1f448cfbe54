import type { ActorMention } from "../actors.js";
import { FALL_OF_KABUL } from "../data/actors.js";
import { GateSet, gated } from "../gate.js";
import { SPEECH_VERBS } from "./data/cues.js";
import {
  AF_MARKERS,
  AF_STATE_NAMES,
  ANAPHORA,
  ARMED_GROUP_IDS,
  DOCUMENT_SPEAKERS,
  JOINT_SUBJECTS,
  NEWS_SOURCES,
  NON_CLAIMERS,
  OFFICIAL_NOUNS,
  PK_MARKERS,
  PK_STATE_NAMES,
  SECURITY_OFFICIAL_NOUNS,
  GENERIC_JOINT,
  NAMED_GROUP,
  UNKNOWN_GROUP,
  PK_ONLY_OFFICES,
  POLICE_TITLES,
  KNOWN_OFFICIALS,
  KNOWN_SURNAMES,
  CIVIL_BODIES,
} from "./data/speakers.js";
import type { Country, Discourse } from "./discourse.js";

export { Discourse } from "./discourse.js";

/**
 * A word or phrase in a sentence that can name who speaks. Offsets are relative to the sentence.
 * `ids` is empty for anaphora, which the discourse resolves.
 */
export interface SpeakerCandidate {
  start: number;
  end: number;
  ids: string[];
  /** actor: the actor lexicon; official: an office whose country came from context; state: "Pakistan said";
   * joint: both governments; name: a surname seen before in full; anaphor: "he", "the group". */
  source: "actor" | "official" | "state" | "joint" | "name" | "anaphor" | "nonclaimer";
  prefer?: "group" | "official" | "any";
  /** True when the country of an official came from the words of the title itself ("Khyber's deputy commissioner"). */
  explicit?: boolean;
  /** An office both governments have, whose country came from context only ("the defence ministry"). */
  generic?: boolean;
  /** A rights body or think tank (PK_OTHER, but never an armed group). */
  civil?: boolean;
  /** A research body whose counts over a period are statistics (CIVIL_BODIES' `counts`). */
  counts?: boolean;
  /** For a generic office: who it is on the other side ("security sources" in Afghanistan are Kabul's, in Pakistan PK_SECURITY). */
  alt?: string[];
  /** "its spokesman", "their statement": the body named just before speaks. */
  possessive?: boolean;
  /** A bare "the spokesman": the last spokesman who spoke. */
  spokes?: boolean;
}

/** A resolved speaker: who, and how sure the attribution is. */
export interface Speaker {
  ids: string[];
  confidence: number;
  /** Several authors each making the claim on their own (rival claims), not one joint claim. */
  separate?: boolean;
  /** A research body that counts: its aggregate figures are statistics though it is no official source. */
  counts?: boolean;
  /** The author is an office whose country came from context only: what it says may show the other side. */
  generic?: boolean;
  alt?: string[];
}

/** Word-bounded, case-insensitive, without the "u" flag: V8 scans these several times faster (patterns are ASCII). */
const re = (src: string, flags = "gi") => new RegExp(`\\b(?:${src})(?![a-z0-9_])`, flags);
const OFFICIAL_RE = re(OFFICIAL_NOUNS);
const SECURITY_RE = re(SECURITY_OFFICIAL_NOUNS);
const PK_STATE_RE = re(PK_STATE_NAMES);
const AF_STATE_RE = re(AF_STATE_NAMES);
const JOINT_RE = re(JOINT_SUBJECTS);
const UNKNOWN_GROUP_RE = re(UNKNOWN_GROUP);
const NAMED_GROUP_RE = new RegExp(`\\b${NAMED_GROUP}\\b`, "g");
/** Its literals: most sentences hold none of the name words ("Army", "Front", ...), and then it cannot match. */
const NAMED_GROUP_GATE = gated(NAMED_GROUP_RE);
const CIVIL_RES = CIVIL_BODIES.map((b) => ({ re: re(b.pattern), id: b.id, armed: !!b.armed, counts: !!b.counts }));
const COALITION_BEFORE = /\b(?:an?|the)\s+(?:(?:new|loose|militant|armed|umbrella)\s+)?(?:alliance|coalition|umbrella (?:group|organi[sz]ation)|grouping|conglomerate|front)\b[^,;.]{0,60}?\b(?:that|which)\s+(?:includes|included|comprises|comprised|brings together|is made up of|counts)\b[^,;.]{0,40}?\b(?:loyal to|of|from|linked to|belonging to|allied with)?\s*(?:the\s+)?$/iu;
const KNOWN_RES = KNOWN_OFFICIALS.map((k) => ({ re: re(k.pattern), id: k.id }));
/** A known spokesman's bare surname as the subject of a reporting verb, or named right after one ("…, said Mujahid"). */
const SURNAME_RES = KNOWN_SURNAMES.map((k) => ({ re: new RegExp(`(?<![\\p{L}])(?:${k.pattern})(?![\\p{L}])`, "gu"), id: k.id }));
const SURNAME_GATE = gated(new RegExp(`(?<![\\p{L}])(?:${KNOWN_SURNAMES.map((k) => k.pattern).join("|")})(?![\\p{L}])`, "u"));
const SURNAME_AFTER = new RegExp(`^,?\\s+(?:(?:also|further|later|again|earlier|separately|however|meanwhile|then)\\s+)?${SPEECH_VERBS}(?![a-z])`, "i");
const SURNAME_BEFORE = /\b(?:said|says|added|told|according to|stated|claimed)\s*$/i;
/**
 * The literals of the state names, offices, joint subjects, unknown groups and civil bodies in one automaton:
 * one pass over a sentence says which of those regexes can match there (most sentences name none of the civil
 * bodies, joint subjects or unknown groups); a skipped regex could not have matched.
 */
const SPEAKER_GATE = new GateSet([JOINT_RE, UNKNOWN_GROUP_RE, SECURITY_RE, OFFICIAL_RE, PK_STATE_RE, AF_STATE_RE, ...CIVIL_RES.map((b) => b.re)].map((r) => gated(r)));
const G_JOINT = 0, G_UNKNOWN = 1, G_SECURITY = 2, G_OFFICIAL = 3, G_PK = 4, G_AF = 5, G_CIVIL = 6;
/** The known names' literals in one automaton: one pass over a sentence says which name patterns can match there. */
const KNOWN_GATE = new GateSet(KNOWN_RES.map((k) => gated(k.re)));
/** The proper name after an office's preposition ("of Afghanistan", "in Kabul", "for the Islamic Emirate"). */
// (the lower-case words of the office's own name, never the verb after it: "the spokesman for the provincial governor said Pakistani …")
const POST_NAME = /^\s+(?:of|for|in)\s+(?:the\s+)?(?:(?!(?:said|says|told|added|claimed|stated|announced|confirmed|denied|accused|rejected|insisted|alleged|warned|reported|blamed|pledged|promised)\s)[\p{Ll}-]+\s+){0,3}?(?:(?:of|in)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*)*/u;
/** A sentence opening on a place: "In Kabul, …", "From Islamabad, …". */
const LEAD_PLACE = /^\s*(?:(?:[Ii]n|[Ff]rom|[Mm]eanwhile,? in)\s+|(?:[Oo]n|[Ff]rom)\s+the\s+(?=\p{Lu}[\p{L}]+\s+side,))([\p{Lu}][\p{L}'’ -]{1,30}),/u;
/** Ministries and ministers both governments have (actor-lexicon texts that default to Pakistan's). */
const GENERIC_OFFICE = /^(?:(?:the\s+)?(?:acting\s+|deputy\s+|federal\s+)?(?:interior|defen[cs]e|foreign|information|finance|refugees?)\s+minist(?:er|ry)|ministers?\s+(?:of|for)\s+(?:interior|defen[cs]e|foreign affairs|information)|ministry\s+of\s+(?:interior|defen[cs]e|foreign affairs|information))$/iu;
const PK_ONLY_RE = new RegExp(`^(?:${PK_ONLY_OFFICES})$`, "i");
const POLICE_TITLE_RE = new RegExp(`^(?:${POLICE_TITLES})$`, "i");
/** Words after a victim noun that make it part of an office's name ("refugees ministry", "migrants affairs department"). */
const OFFICE_AFTER = /^\s+(?:and\s+repatriations?\s+|affairs\s+|welfare\s+)?(?:ministry|minister|ministers|department|commissioner(?:ate)?|directorate|office|officials?|authority|commission|agency|cell|wing)\b/iu;
/** Words before a victim noun that make it the object of an office's name ("the Ministry of Refugees and Repatriation"). */
const OFFICE_OF_BEFORE = /\b(?:ministry|minister|department|commissioner(?:ate)?|directorate|director|head|office|authority|commission|agency)\s+(?:of|for)\s+(?:the\s+)?$/iu;
const ANAPHORA_RES = ANAPHORA.map((a) => ({ re: re(a.pattern), prefer: a.prefer }));
const AF_RE = re(AF_MARKERS);
const PK_RE = re(PK_MARKERS);
const SPEECH_RE = re(SPEECH_VERBS);
const SPEECH_RE_ONCE = re(SPEECH_VERBS, "i");
const TRAILING_RE = new RegExp(`[,—–]\\s*([^,;—–]{1,140}?)\\s+${SPEECH_VERBS}(?![a-z])(?:[^,;]*|[^,;]*,\\s*(?:(?:without\\s+)?[a-z]+ing|and said|and added)\\b.*)$`, "i");
const LEAD_PARTICIPLE = /^\s*(?:while\s+|when\s+)?(?:speaking|talking|addressing|writing|briefing|responding|reacting|commenting|testifying)\b[^,;]{0,100},/iu;
const RELATIVE_BEFORE = gated(/,\s*(?:which|who|whom)\s+(?!(?:it|they|he|she)\s)(?:[\w'’-]+\s+){1,4}$/iu);
/** A mid-sentence attribution between commas: "…, security officials said, and Pakistani troops responded." */
const PAREN_RE = new RegExp(`,\\s*([^,;—–]{1,90}?)\\s+(?:said|says|claimed|alleged|added|insisted|maintained)\\s*,`, "i");
const INVERTED_RE = new RegExp(`[,—–]["”’]?\\s*(?:said|says|according to)\\s+([^,;]{1,140}?)\\s*[.!?"”’]*$`, "i");
const CLAUSE_WORDS = /\b(?:and|but|who|which|that|was|were|is|are|had|has|have|did|does|itself|themselves)\b/i;
const ACCORDING_RE = gated(/\baccording to\s+([^,;.]{1,140})/i);
/** Words before a name that make it an object, not the speaker ("attack on Pakistan"). */
const OBJECT_BEFORE = /(?:\b(?:in|into|from|against|on|at|to|inside|across|toward|towards|with|by|of|for|between|near|over|under|through|via|and|or)\s+(?:the\s+)?)$/iu;
/** A speaker's title before "of/for/from X": X is the one speaking ("a spokesman for the TTP"). */
const TITLE_OF = /(?:\b(?:issued|released|published|compiled|prepared|produced)\s+(?:on\s+\w+\s+|last\s+\w+\s+)?by\s+(?:an?\s+|the\s+)?$)|(?:spokes(?:man|woman|person)|commander|leaders?|chief|head|member|members|statement|statements|office|wing|faction|branch|affiliate|unit|brigade|officials?|ministers?|ministry|department|representatives?|emir|amir|deputy|director general|director|DG|media cell|cell|fighters|handle|channel|account|behalf|secretary|envoy|ambassador|delegation|governor|administration|message|post|video|claim)\s+(?:of|for|from|by|on behalf of|attributed to|issued by|released by|signed by|posted by)\s+(?:the\s+)?$|\b(?:group|faction|splinter(?: group)?|offshoot|outfit|network|cell|unit|wing|militants|fighters|commanders?|sources?|people|circles|quarters|figures)\s+(?:(?:loyal|linked|affiliated|allied|close|belonging|attached|aligned)\s+(?:to|with)|(?:led|headed|commanded|run)\s+by)\s+(?:the\s+)?(?:(?:militant|rebel|insurgent|jihadist|slain|late|veteran|local|tribal)\s+)?(?:(?:commander|leader|chief|cleric)\s+)?$/iu;
const SPEAKING_FROM = /^,?\s*(?:(?:speaking|talking|writing|briefing reporters|addressing reporters)\s+)?(?:from|in)\s+(\p{Lu}[\p{L}'’-]+)/u;
const POSSESSIVE_BEFORE = /\b(?:its|their)\s+(?:own\s+|chief\s+|official\s+|main\s+)?$/iu;
/** Segments that are appositives or relative clauses: they describe, they do not speak. */
const APPOSITIVE = /^\s*(?:which|who|whom|whose|that|a|an|one of|itself|himself|herself|along with|together with|including|like|visiting|speaking|addressing|talking|briefing|chairing|presiding|inaugurating|attending|flanked|in a|in an|in its|in their|in his|in her|through|via|writing|posting|quoted|when (?:contacted|asked|reached))\b/iu;

/** The country of the words around an office: explicit markers in its own title first. */
export type { Country } from "./discourse.js";

export function countryOf(text: string): Country {
  // (asked of the same sentence several times in a row: the last two answers are kept)
  if (text === countryMemo[0]) return countryMemo[1];
  if (text === countryMemo[2]) return countryMemo[3];
  AF_RE.lastIndex = 0;
  PK_RE.lastIndex = 0;
  const af = (text.match(AF_RE) ?? []).length;
  const pk = (text.match(PK_RE) ?? []).length;
  const c: Country = af > pk ? "AF" : pk > af ? "PK" : null;
  countryMemo[2] = countryMemo[0];
  countryMemo[3] = countryMemo[1];
  countryMemo[0] = text;
  countryMemo[1] = c;
  return c;
}
const countryMemo: [string | null, Country, string | null, Country] = [null, null, null, null];

/** The country a document is mostly about: the dateline counts thrice. */
export function documentCountry(text: string): Country {
  const head = text.slice(0, 40);
  const score = (r: RegExp, s: string) => (s.match(r) ?? []).length;
  const af = score(AF_RE, text) + 3 * score(AF_RE, head);
  const pk = score(PK_RE, text) + 3 * score(PK_RE, head);
  return af > pk ? "AF" : pk > af ? "PK" : null;
}

/** True when a report speaks of both countries: only then do "both sides" and "the two sides" mean the two governments. */
export function mentionsBoth(text: string): boolean {
  AF_RE.lastIndex = 0;
  PK_RE.lastIndex = 0;
  return AF_RE.test(text) && PK_RE.test(text);
}

/** The speaker of a whole document when it is an official statement or report (by its source, else its title). */
export function documentSpeaker(source: string | null | undefined, title: string | null | undefined): string | null {
  const src = (source ?? "").toLowerCase();
  const newsLike = src === "" || re(NEWS_SOURCES, "i").test(src);
  const candidates = newsLike ? [] : [src, (title ?? "").toLowerCase()];
  for (const c of candidates) {
    for (const d of DOCUMENT_SPEAKERS) if (re(d.pattern, "i").test(c)) return d.id;
  }
  return null;
}

/** Government for a country. */
const govOf = (c: Country): string | null => (c === "AF" ? "AF_GOV" : c === "PK" ? "PK_GOV" : null);

/**
 * Maps an actor id to the id it makes claims under: the Afghan Taliban after August 2021 speak as the
 * Afghan government (README annotation choices); Pakistani forces named in an Afghan setting ("the
 * provincial police spokesman" in Jalalabad) are Afghan officials.
 */
export function claimerId(id: string, published: string | null, setting: Country, text = ""): string {
  // the Afghan republic's forces and ministries speak as the Afghan government of their time (README: AF_GOV whatever the era)
  if (id === "AF_FORMER_GOV") return "AF_GOV";
  if (id === "AF_TALIBAN" && (!published || published >= FALL_OF_KABUL)) return "AF_GOV";
  // before August 2021 the Taliban were the insurgency, not the government: their spokesman speaks for AF_TALIBAN
  if (id === "AF_GOV" && published && published < FALL_OF_KABUL && /taliban|islamic emirate|mujahid/i.test(text)) return "AF_TALIBAN";
  if ((id === "PK_POLICE" || id === "PK_SECURITY") && setting === "AF" && !/pakistan/i.test(text)) return "AF_GOV";
  return id;
}


/*
 * Helpers of speakerCandidates and resolveSpeaker live at module level (factories where they need the call's
 * lists): tsx (esbuild's keepNames) gives every named closure made inside a function a defineProperty call on
 * creation, about 1.5 µs, several times per sentence.
 */

/** Whether [s, e) overlaps a candidate in `out` (as it grows). */
function overlapsAny(out: SpeakerCandidate[]): (s: number, e: number) => boolean {
  return (s, e) => out.some((c) => s < c.end && e > c.start);
}

/** "defence ministry spokesman Dawlat Waziri": the title ending at `e` belongs to a known official named right after. */
function titledBy(sentence: string, known: SpeakerCandidate[]): (e: number) => boolean {
  return (e) => known.some((k) => k.start >= e && /^[\s\p{L}'’.-]{0,30}$/u.test(sentence.slice(e, k.start)) && !/\b(?:said|says|told|and|of|in|by)\b/i.test(sentence.slice(e, k.start)));
}

/** A named speaker (a capitalised name) right after `e`. */
function namedAfterIn(actors: ActorMention[]): (e: number) => boolean {
  return (e) => actors.some((b) => b.start > e && b.start <= e + 2 && b.role === "speaker" && /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(b.text));
}

/** The sentence's first reporting verb from `from` on that is not inside a relative clause. */
function mainVerb(sentence: string, from: number): RegExpExecArray | null {
  SPEECH_RE.lastIndex = from;
  for (let m; (m = SPEECH_RE.exec(sentence)); ) if (!RELATIVE_BEFORE.test(sentence.slice(Math.max(0, m.index - 60), m.index))) return m;
  return null;
}

/**
 * Every candidate speaker in `sentence`: actors from the lexicon (already found, offsets relative to
 * the sentence), offices with the country from context, bare state names as subjects, both governments
 * together, surnames seen before, and anaphora.
 */
export function speakerCandidates(sentence: string, actors: ActorMention[], discourse: Discourse): SpeakerCandidate[] {
  const out: SpeakerCandidate[] = [];
  const taken = overlapsAny(out);
  // the country a speaker belongs to when its own words do not say: the report's, else the sentence's
  // (a sentence's country words often name the accused: "police said the men trained in Afghanistan")
  const setting = discourse.docCountry ?? countryOf(sentence);
  const may = SPEAKER_GATE.scan(sentence);
  JOINT_RE.lastIndex = 0;
  if (may[G_JOINT]) for (let m; (m = JOINT_RE.exec(sentence)); ) {
    // "elders from both sides of the conflict in Kurram" are not the two governments
    if (GENERIC_JOINT.test(m[0]) && !discourse.bothCountries) continue;
    out.push({ start: m.index, end: m.index + m[0].length, ids: ["AF_GOV", "PK_GOV"], source: "joint" });
  }
  // rights commissions, think tanks, UN agencies: before the state names and offices inside their names ("Pakistan Institute …")
  for (let bi = 0; bi < CIVIL_RES.length; bi++) {
    const b = CIVIL_RES[bi];
    b.re.lastIndex = 0;
    if (may[G_CIVIL + bi]) for (let m; (m = b.re.exec(sentence)); ) {
      if (taken(m.index, m.index + m[0].length)) continue;
      const id = b.id === "LOCAL_OTHER" ? (setting === "AF" ? "AF_OTHER" : "PK_OTHER") : b.id;
      out.push({ start: m.index, end: m.index + m[0].length, ids: id ? [id] : [], source: id ? "actor" : "nonclaimer", ...(b.armed ? {} : { civil: true }), ...(b.counts ? { counts: true } : {}) });
    }
  }
  // "an alliance of militant groups that includes fighters loyal to Hafiz Gul Bahadur": the coalition speaks as that group
  for (const a of actors) {
    if (!ARMED_GROUP_IDS.has(a.id) || a.role === "speaker") continue;
    const from = Math.max(0, a.start - 110);
    const m = COALITION_BEFORE.exec(sentence.slice(from, a.start));
    if (m && !taken(from + m.index, a.end)) out.push({ start: from + m.index, end: a.end, ids: [claimerId(a.id, discourse.published, setting, a.text)], source: "actor" });
  }
  UNKNOWN_GROUP_RE.lastIndex = 0;
  if (may[G_UNKNOWN]) for (let m; (m = UNKNOWN_GROUP_RE.exec(sentence)); ) {
    // the name that follows is unknown to the lexicon: the group is "another" armed group of the country in context
    const e = m.index + m[0].length;
    const named = actors.find((a) => a.start >= e && a.start <= e + 3);
    out.push({ start: m.index, end: named ? named.end : e, ids: [named && ARMED_GROUP_IDS.has(named.id) ? named.id : discourse.docCountry === "AF" ? "AF_OTHER" : "PK_OTHER"], source: "actor" });
  }
  NAMED_GROUP_RE.lastIndex = 0;
  if (NAMED_GROUP_GATE.mayMatch(sentence)) for (let m; (m = NAMED_GROUP_RE.exec(sentence)); ) {
    const s = m.index, e = s + m[0].length;
    // only where the lexicon knows no more than a generic word of the name ("Army" in "Sindhudesh Revolutionary Army")
    if (taken(s, e) || actors.some((a) => a.start < e && a.end > s && (a.start < s || a.end > e || /\s/.test(a.text)))) continue;
    out.push({ start: s, end: e, ids: [discourse.docCountry === "AF" ? "AF_OTHER" : "PK_OTHER"], source: "actor" });
  }
  // full names of known officials: their side, whatever the report's setting
  const known: SpeakerCandidate[] = [];
  const mayKnown = KNOWN_GATE.scan(sentence);
  for (let ki = 0; ki < KNOWN_RES.length; ki++) {
    if (!mayKnown[ki]) continue;
    const k = KNOWN_RES[ki];
    k.re.lastIndex = 0;
    for (let m; (m = k.re.exec(sentence)); ) {
      if (actors.some((a) => a.start < m!.index + m![0].length && a.end > m!.index && !/^(?:officials?|spokes\w+|ministry|department|government)$/i.test(a.text))) continue;
      known.push({ start: m.index, end: m.index + m[0].length, ids: [claimerId(k.id, discourse.published, setting, m[0])], source: "actor" });
    }
  }
  out.push(...known);
  // "defence ministry spokesman Dawlat Waziri": the title belongs to the named person, whose side is known
  const titled = titledBy(sentence, known);
  const namedAfter = namedAfterIn(actors);
  for (const a of actors) {
    if (taken(a.start, a.end)) continue;
    if (titled(a.end) && a.role === "speaker") continue;
    if (NON_CLAIMERS.has(a.id)) {
      // "the refugees ministry", "the Ministry of Refugees": a word of an office's name, not a speaker of its own
      if (OFFICE_AFTER.test(sentence.slice(a.end, a.end + 40)) || OFFICE_OF_BEFORE.test(sentence.slice(Math.max(0, a.start - 40), a.start))) continue;
      // "Leaders of the Baloch Yakjehti Committee": the body named after them speaks
      const of = /^\s+of\s+(?:the\s+)?/iu.exec(sentence.slice(a.end, a.end + 8));
      if (of && out.some((c) => c.start === a.end + of[0].length && c.ids.length > 0)) continue;
      // kept so that "Elders … pledged" is known to be the elders' act, which the ledger does not record
      out.push({ start: a.start, end: a.end, ids: [], source: "nonclaimer" });
      continue;
    }
    // "security officials in Islamabad", "police in Peshawar" in a report filed from Kabul: the place after them decides
    const postSide = (a.id === "PK_SECURITY" || a.id === "PK_POLICE") && setting === "AF" ? countryOf(POST_NAME.exec(sentence.slice(a.end, a.end + 60))?.[0] ?? "") : null;
    let ids = [postSide === "PK" ? a.id : claimerId(a.id, discourse.published, setting, a.text)];
    // a title without a country of its own ("interior minister") takes it from the words before it:
    // "Afghanistan's deputy interior minister" is Kabul's
    if (a.role === "speaker" && (ids[0] === "PK_GOV" || ids[0] === "AF_GOV") && countryOf(a.text) === null && !/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(a.text)) {
      const lead = LEAD_PLACE.exec(sentence);
      const local = countryOf(sentence.slice(Math.max(0, a.start - 30), a.start).replace(/^.*[,;:]/su, "")) ?? (lead && lead[0].length <= a.start ? countryOf(lead[1]) : null);
      if (local) ids = [local === "AF" ? "AF_GOV" : "PK_GOV"];
    }
    // a ministry or minister both governments have, named without its country ("the defence ministry",
    // "the Ministry of Foreign Affairs in Kabul"): the words after it, else the side that spoke last, else the report's
    let generic = false;
    let alt: string[] | undefined;
    // "security officials", "police" made Kabul's by the report's setting alone: Pakistan's if what they say accuses Afghanistan
    if ((a.id === "PK_SECURITY" || a.id === "PK_POLICE") && ids[0] === "AF_GOV" && postSide === null && countryOf(a.text) === null && countryOf(sentence.slice(Math.max(0, a.start - 30), a.start).replace(/^.*[,;:]/su, "")) === null) {
      generic = true;
      alt = [a.id];
    }
    if (a.role === "speaker" && (ids[0] === "PK_GOV" || ids[0] === "AF_GOV") && GENERIC_OFFICE.test(a.text)) {
      // "the defence minister Khawaja Asif": the named holder's side decides
      if (namedAfter(a.end)) continue;
      const pre = sentence.slice(Math.max(0, a.start - 30), a.start).replace(/^.*[,;:]/su, "");
      const post = POST_NAME.exec(sentence.slice(a.end, a.end + 60))?.[0] ?? "";
      const lead = LEAD_PLACE.exec(sentence);
      // (its own words first: "the federal interior minister" is Islamabad's)
      const local = countryOf(a.text) ?? countryOf(pre) ?? (post ? countryOf(post) : null) ?? (lead && lead[0].length <= a.start ? countryOf(lead[1]) : null);
      if (local) ids = [govOf(local)!];
      else {
        generic = true;
        const definite = /(?:^|\s)the\s+$/iu.test(pre);
        const ctx = (definite ? discourse.lastGov : null) ?? discourse.docCountry;
        if (ctx) ids = [ctx === "AF" ? "AF_GOV" : "PK_GOV"];
      }
    }
    // a bare "officer"/"official" ("the district health officer") is an office of the government in context
    if (/^(?:officers?|officials?)$/iu.test(a.text)) {
      const before = sentence.slice(Math.max(0, a.start - 25), a.start);
      if (!/\b(?:police|security|army|military|levies|fc|frontier corps|border|intelligence)\s+$/iu.test(before)) {
        const gov = govOf(countryOf(before.replace(/^.*[,;:]/su, "")) ?? discourse.docCountry ?? setting);
        if (gov) ids = [gov];
      }
    }
    // a definite description points back to the same side's last speaker:
    // "a Pakistani security official said …" … "The Pakistani official said …"
    if (a.role === "speaker" && /\b(?:officials?|spokes(?:man|woman|person)|sources?)$/iu.test(a.text) && /(?:^|\s)the\s+$/iu.test(sentence.slice(Math.max(0, a.start - 5), a.start))) {
      const side = ids[0].startsWith("PK_") ? "PK" : ids[0].startsWith("AF_") ? "AF" : null;
      const prev = side ? discourse.lastByCountry.get(side) : undefined;
      if (prev) ids = prev;
    }
    out.push({ start: a.start, end: a.end, ids, source: "actor", ...(generic ? { generic, alt } : {}) });
  }
  SECURITY_RE.lastIndex = 0;
  if (may[G_SECURITY]) for (let m; (m = SECURITY_RE.exec(sentence)); ) {
    const s = m.index, e = s + m[0].length;
    if (taken(s, e)) continue;
    // "security officials in Islamabad": the capital after them too
    const local = countryOf(sentence.slice(Math.max(0, s - 30), e)) ?? countryOf(POST_NAME.exec(sentence.slice(e, e + 60))?.[0] ?? "");
    const c = local ?? setting;
    out.push({ start: s, end: e, ids: [c === "AF" ? "AF_GOV" : "PK_SECURITY"], source: "official", explicit: local !== null, ...(local === null ? { generic: true, alt: [c === "AF" ? "PK_SECURITY" : "AF_GOV"] } : {}) });
  }
  OFFICIAL_RE.lastIndex = 0;
  if (may[G_OFFICIAL]) for (let m; (m = OFFICIAL_RE.exec(sentence)); ) {
    const s = m.index, e = s + m[0].length;
    if (taken(s, e) || titled(e) || namedAfter(e)) continue;
    // the title's own words: "Khyber's deputy commissioner", "the Paktia spokesman", "the governor of Kunar"
    const pre = sentence.slice(Math.max(0, s - 30), s);
    // only the name after the preposition: "the ministry in Kabul claimed Pakistani shells …" is Kabul's
    const post = POST_NAME.exec(sentence.slice(e, e + 60))?.[0] ?? "";
    // a leading place sets the scene of the office: "In Kabul, the defence ministry said …"
    const lead = LEAD_PLACE.exec(sentence);
    const local = countryOf(pre.replace(/^.*[,;:]/su, "")) ?? (post ? countryOf(post) : null) ?? (lead && lead[0].length <= s ? countryOf(lead[1]) : null);
    // the country of the office: its own words, else the document's (the sentence's markers often name the accused)
    const side = local ?? (PK_ONLY_RE.test(m[0]) ? "PK" : null) ?? discourse.accountSide;
    const gov = govOf(side ?? discourse.docCountry ?? setting);
    // "the inspector general of police", "the regional police officer": the police speak, not the ministry
    if (gov === "PK_GOV" && POLICE_TITLE_RE.test(m[0]) && !/^\s+of\s+(?:the\s+)?(?:frontier|fc\b|levies|prisons|customs|federal|constabulary|railways|motorway)/iu.test(sentence.slice(e, e + 40))) {
      out.push({ start: s, end: e, ids: ["PK_POLICE"], source: "official", explicit: true, prefer: "official" });
      continue;
    }
    // "a spokesman for the TTP": the group speaks, not an office
    // ("a spokesman for the proscribed TTP": the group, whatever the report calls it)
    const follow = /^\s+(?:of|for|from)\s+(?:the\s+)?(?:(?:banned|outlawed|proscribed|defunct|militant)\s+)?/iu.exec(sentence.slice(e, e + 30));
    if (follow && (actors.some((a) => a.start === e + follow[0].length && !NON_CLAIMERS.has(a.id)) || out.some((c) => c.source === "actor" && c.start === e + follow[0].length))) continue;
    // "a spokesman for the group": the group of the last sentences
    const forGroup = /^\s+(?:of|for|from)\s+the\s+(?:(?:banned|outlawed|proscribed|militant|separatist|insurgent|armed|jihadist|extremist|terrorist)\s+)?(?:group|outfit|organi[sz]ation|faction|militants|network|movement)\b/iu.exec(sentence.slice(e, e + 40));
    if (forGroup) {
      out.push({ start: s, end: e + forGroup[0].length, ids: [], source: "anaphor", prefer: "group" });
      continue;
    }
    // "the ministry", "the spokesman" alone point back; "the provincial health department", "a spokesman",
    // "an official of the customs collectorate" introduce a new speaker of the country in context.
    // "Officials said …" right after "Levies officials said …" are the same officials
    // "The army launched an operation. Its spokesman said …": the body named before, not an office of the government
    const poss = POSSESSIVE_BEFORE.exec(pre);
    if (poss && !post && /^(?:spokes(?:man|woman|person)|officials?|media wing|department|directorate|office)$/iu.test(m[0])) {
      // "Its spokesman, speaking from Kabul, said …": the place it speaks from decides
      const from = SPEAKING_FROM.exec(sentence.slice(e, e + 50));
      const side = from ? countryOf(from[1]) : null;
      if (side) {
        out.push({ start: s - poss[0].length, end: e, ids: [govOf(side)!], source: "official", explicit: true, prefer: "official" });
        continue;
      }
      out.push({ start: s - poss[0].length, end: e, ids: [], source: "anaphor", prefer: "any", possessive: true });
      continue;
    }
    const bare = (/(?:^|\s)the\s+$/iu.test(pre) || (/^officials$/i.test(m[0]) && /(?:^|[.;:—–]\s*)$/u.test(pre))) && !post;
    // "The counter-terrorism department … , the department's chief said": a definite head noun names the body told with it
    // before (in the sentence, else in the report), not an office of the government
    if (bare && HEAD_NOUN.test(m[0])) {
      const head = m[0].toLowerCase();
      const before = out.filter((c) => c.end <= s && c.source === "actor" && c.ids.length > 0 && sentence.slice(c.start, c.end).toLowerCase().endsWith(head)).pop();
      const ids = before?.ids ?? discourse.heads.get(head);
      if (ids) {
        out.push({ start: s, end: e, ids, source: "official", explicit: true, prefer: "official" });
        continue;
      }
    }
    out.push({ start: s, end: e, ids: gov ? [gov] : [], source: "official", explicit: side !== null || !bare, prefer: "official", ...(local === null && !PK_ONLY_RE.test(m[0]) ? { generic: true } : {}), ...(bare && /^spokes/iu.test(m[0]) ? { spokes: true } : {}) });
  }
  for (const [r, id, g] of [[PK_STATE_RE, "PK_GOV", G_PK], [AF_STATE_RE, "AF_GOV", G_AF]] as const) {
    r.lastIndex = 0;
    if (!may[g]) continue;
    for (let m; (m = r.exec(sentence)); ) {
      const s = m.index, e = s + m[0].length;
      // (", and Islamabad will reopen …": a new subject after a comma, not an object)
      const newSubject = /,\s*and\s+$/u.test(sentence.slice(Math.max(0, s - 8), s)) && /^\s+(?:will|would|shall|has|have|had|agreed|pledged|promised|undertook|said|also|must|is|was|committed)\b/iu.test(sentence.slice(e, e + 14));
      if (taken(s, e) || /^(?:['’]s\b|-based)/u.test(sentence.slice(e)) || (OBJECT_BEFORE.test(sentence.slice(Math.max(0, s - 12), s)) && !newSubject && !/\baccording\s+to\s+(?:the\s+)?$/iu.test(sentence.slice(Math.max(0, s - 20), s)))) continue;
      // a dateline ("ISLAMABAD, Oct 14 —", "KABUL:") places the story, it does not speak
      if (m[0] === m[0].toUpperCase() || /^\s*(?:[:—–]|,\s*(?:\p{Lu}\p{Ll}{2}|\d))/u.test(sentence.slice(e, e + 8))) continue;
      out.push({ start: s, end: e, ids: [id], source: "state" });
    }
  }
  const names = discourse.nameRe();
  if (names) {
    names.lastIndex = 0;
    for (let m; (m = names.exec(sentence)); ) {
      const s = m.index, e = s + m[0].length;
      if (taken(s, e) || !/^\p{Lu}/u.test(m[0])) continue;
      out.push({ start: s, end: e, ids: [claimerId(discourse.names.get(m[0].toLowerCase())!, discourse.published, setting, m[0])], source: "name" });
    }
  }
  // "Mujahid said …", "…, Khwarazmi added": a known spokesman by surname alone
  if (SURNAME_GATE.test(sentence)) {
    for (const k of SURNAME_RES) {
      k.re.lastIndex = 0;
      for (let m; (m = k.re.exec(sentence)); ) {
        const s = m.index, e = s + m[0].length;
        if (taken(s, e) || out.some((c) => s < c.end && e > c.start)) continue;
        if (!SURNAME_AFTER.test(sentence.slice(e, e + 40)) && !SURNAME_BEFORE.test(sentence.slice(Math.max(0, s - 16), s))) continue;
        out.push({ start: s, end: e, ids: [claimerId(k.id, discourse.published, setting, m[0])], source: "name" });
      }
    }
  }
  for (const a of ANAPHORA_RES) {
    a.re.lastIndex = 0;
    for (let m; (m = a.re.exec(sentence)); ) {
      const s = m.index, e = s + m[0].length;
      if (taken(s, e)) continue;
      // "the spokesperson of Pakistan's Foreign Office": the office named after it speaks, no one named before
      if (a.prefer === "official" && /^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u.test(sentence.slice(e, e + 12)) && out.some((c) => c.start > e && c.start <= e + 12 && c.ids.length > 0)) continue;
      out.push({ start: s, end: e, ids: [], source: "anaphor", prefer: a.prefer, ...(/^(?:its|their)\s/iu.test(m[0]) ? { possessive: true } : {}) });
    }
  }
  // the bodies named by a head noun, for "the department" further on
  for (const c of out) {
    if (c.source !== "actor" || c.ids.length !== 1) continue;
    const h = HEAD_AT_END.exec(sentence.slice(c.start, c.end));
    if (h && h.index > 0) discourse.heads.set(h[0].toLowerCase(), c.ids);
  }
  return out.sort((a, b) => a.start - b.start);
}
/** Head nouns of bodies that a definite "the department" points back to. */
const HEAD_NOUN = /^(?:department|directorate|authority|commission|force)$/i;
const HEAD_AT_END = /\b(?:department|directorate|authority|commission|force)$/i;

/**
 * The body a sentence opens on: its first actor that can speak and is no object of a preposition ("The army
 * launched an operation in Tirah", "Police said …"), as the id it makes claims under; null when it names none.
 */
export function bodyOf(sentence: string, actors: ActorMention[], published: string | null, setting: Country): string[] | null {
  for (const a of actors) {
    if (NON_CLAIMERS.has(a.id) || OBJECT_BEFORE.test(sentence.slice(Math.max(0, a.start - 14), a.start))) continue;
    return [claimerId(a.id, published, setting, a.text)];
  }
  return null;
}

/** Resolves an anaphor or an office without a country through what was said before. */
function resolveCandidate(c: SpeakerCandidate, d: Discourse, wantGroup: boolean): Speaker | null {
  if (c.source === "anaphor" || (c.source === "official" && !c.explicit)) {
    if (wantGroup || c.prefer === "group") {
      if (d.lastGroup) return { ids: [d.lastGroup], confidence: 0.7 };
      return null;
    }
    if (c.possessive && d.lastBody) return { ids: d.lastBody, confidence: 0.75 };
    if (c.spokes && d.lastSpokesman) return { ids: d.lastSpokesman, confidence: 0.7 };
    const generic = c.generic ? { generic: true, alt: c.alt } : {};
    if (c.prefer === "official" && d.lastOfficial) return { ids: d.lastOfficial, confidence: 0.75, ...generic };
    if (c.source === "official" && c.ids.length) return { ids: c.ids, confidence: 0.65, ...generic };
    if (d.lastSpeaker) return { ids: d.lastSpeaker, confidence: 0.65 };
    if (d.docSpeaker) return { ids: [d.docSpeaker], confidence: 0.6 };
    return null;
  }
  return c.ids.length ? { ids: c.ids, confidence: c.source === "actor" || c.source === "joint" ? 0.95 : 0.85, ...(c.generic ? { generic: true, alt: c.alt } : {}), ...(c.counts ? { counts: true } : {}) } : null;
}

/** Splits [from, to) of the sentence into comma segments, dropping appositives and relative clauses. */
function segments(sentence: string, from: number, to: number, keepTitle = false): [number, number][] {
  const out: [number, number][] = [];
  let s = from;
  for (let i = from; i <= to; i++) {
    if (i === to || sentence[i] === "," || sentence[i] === "(" || sentence[i] === ")") {
      // an appositive sits between two commas: never the first segment, never the one before the verb;
      // as a last resort, the title of a name right before the verb ("Abdul Basir, a Taliban border spokesman, said")
      const title = keepTitle && /^\s*$/u.test(sentence.slice(i + 1, to));
      if (i > s && (s === from || i === to || title || !APPOSITIVE.test(sentence.slice(s, i)))) out.push([s, i]);
      s = i + 1;
    }
  }
  return out;
}

/** The best candidate in [from, to): the first one of the last comma segment that holds any. */
function pick(cands: SpeakerCandidate[], sentence: string, from: number, to: number, d: Discourse, wantGroup: boolean, keepTitle = false): Speaker | null {
  const segs = segments(sentence, from, to, keepTitle);
  for (let k = segs.length - 1; k >= 0; k--) {
    const [s, e] = segs[k];
    const all = cands.filter((c) => c.start >= s && c.end <= e);
    let inSeg = all;
    if (wantGroup) {
      const groups = inSeg.filter((c) => !c.civil && c.ids.some((i) => ARMED_GROUP_IDS.has(i)));
      if (groups.length) inSeg = groups;
      else inSeg = inSeg.filter((c) => c.source === "anaphor");
    }
    // objects of prepositions do not speak ("an attack on the Taliban, police said")
    inSeg = inSeg.filter((c) => {
      if (c.source === "joint" || c.source === "anaphor") return true;
      const before = sentence.slice(Math.max(s, c.start - 40), c.start);
      return !OBJECT_BEFORE.test(before.slice(-14)) || TITLE_OF.test(before);
    });
    // the subject comes first in its clause: "The ministry accused Pakistani police … and pledged …"
    const joint = inSeg.find((c) => c.source === "joint");
    for (const c of joint ? [joint] : inSeg) {
      // "the group said" after the group was named earlier in the same sentence
      const earlier =
        c.source === "anaphor" && (wantGroup || c.prefer === "group")
          ? cands.filter((g) => g.end <= c.start && g.ids.some((i) => ARMED_GROUP_IDS.has(i))).pop()
          : // "The FO would not comment, but its spokesman said …": the body named earlier in the sentence
            c.source === "anaphor" && /^its\s/iu.test(sentence.slice(c.start, c.end))
            ? cands.filter((g) => g.end <= c.start && g.ids.length > 0 && g.source !== "nonclaimer" && g.source !== "anaphor").pop()
            : undefined;
      const r = earlier ? { ids: earlier.ids, confidence: 0.85 } : resolveCandidate(c, d, wantGroup);
      if (!r) continue;
      // "The Hafiz Gul Bahadur group and the TTP both denied …": each of the coordinated subjects
      const more: string[] = [];
      let last = c;
      for (const n of all) {
        if (n.start < last.end || n.source === "anaphor" || n.ids.length === 0) continue;
        if (!/^\s*(?:,|and|as well as|&|,\s*and)\s*(?:the\s+)?$/iu.test(sentence.slice(last.end, n.start))) break;
        more.push(...n.ids);
        last = n;
      }
      if (more.length && !r.ids.some((i) => more.includes(i))) return { ids: [...r.ids, ...more], confidence: r.confidence, separate: true };
      return r;
    }
  }
  if (!keepTitle && segs.length > 1) return pick(cands, sentence, from, to, d, wantGroup, true);
  return null;
}

/** The named subject of the clause's own reporting verb before `cuePos` ("Elders … told the jirga they would …"), or null. */
function innerSpeaker(sentence: string, cuePos: number, cands: SpeakerCandidate[], d: Discourse, wantGroup: boolean): Speaker | null {
  const cs = clauseStart(sentence, cuePos);
  const mv = mainVerb(sentence, cs);
  if (!mv || mv.index >= cuePos || mv.index === cs) return null;
  const named = cands.filter((c) => c.start >= cs && c.end <= mv.index && c.ids.length > 0 && c.source !== "anaphor" && c.source !== "nonclaimer" && !(c.source === "official" && !c.explicit));
  return named.length ? pick(named, sentence, cs, mv.index, d, wantGroup) : null;
}

/** Where the clause holding `pos` starts: after a semicolon or a contrastive conjunction. */
export function clauseStart(sentence: string, pos: number): number {
  const before = sentence.slice(0, pos);
  let best = 0;
  const r = /(?:;|,?\s+(?:but|while|whereas|although|though)\b,?|\s+—\s+)/giu;
  for (let m; (m = r.exec(before)); ) best = m.index + m[0].length;
  return best;
}

/**
 * Who says what the cue at `cuePos` expresses, in one sentence: an "according to …" or trailing
 * "…, the spokesman said" attribution; else the subject before the first reporting verb of the clause;
 * else the subject right before the cue. `wantGroup` restricts to armed groups (responsibility).
 */
export function resolveSpeaker(
  sentence: string,
  cuePos: number,
  cands: SpeakerCandidate[],
  d: Discourse,
  opts: { wantGroup?: boolean; speakerOnly?: boolean; content?: boolean; joint?: boolean; act?: boolean; needVerb?: boolean; after?: number } = {},
): Speaker | null {
  const wantGroup = !!opts.wantGroup;
  // "The governor urged the residents to stay calm, pledging …": a participle after a comma is the main clause subject's act
  const participle = /,\s*$/u.test(sentence.slice(Math.max(0, cuePos - 4), cuePos)) && /^[a-z]+ing\b/iu.test(sentence.slice(cuePos, cuePos + 20));
  if (opts.act && !participle) {
    // A speech-act verb ("denied", "pledged", "accused") has its author as its subject, whoever reports
    // it: "The TTP denied involvement, police said" is the TTP's denial.
    const cs0 = clauseStart(sentence, cuePos);
    SPEECH_RE.lastIndex = cs0;
    let from = cs0;
    for (let m; (m = SPEECH_RE.exec(sentence)) && m.index < cuePos; ) from = m.index + m[0].length;
    // outside appositives and relative clauses ("A commander of JuA, a faction that … rejoined it, claimed")
    const segs = segments(sentence, from, cuePos);
    const inSpan = cands.filter((c) => c.start >= from && c.end <= cuePos && segs.some(([a, b]) => c.start >= a && c.end <= b));
    const subject = inSpan[inSpan.length - 1];
    // the subject sits right before the verb: nothing between but adverbs ("both", "on Thursday", "also")
    const between = subject ? sentence.slice(subject.end, cuePos) : "";
    // an auxiliary right before the verb keeps it the subject's act ("Kabul had denied", "the TTP has also claimed")
    const bareAux = /^\s*(?:[\w'’-]+ly\s+|also\s+|again\s+|already\s+)*(?:had|has|have)(?:\s+(?:also|again|already|long|since|[\w'’-]+ly))*\s*$/iu.test(between);
    const adjacent = subject && between.length <= 40 && (bareAux || !/\b(?:and|that|but|while|who|which|whose|after|before|when|had|has|have|was|were|is|are|said|says)\b/iu.test(between));
    // "…, an accusation their families rejected": people the ledger does not record
    if (adjacent && subject.source === "nonclaimer") return { ids: [], confidence: 0 };
    if (/\b(?:their|his|her)\s+[a-z][\w-]*\s*$/i.test(sentence.slice(subject ? subject.end : from, cuePos))) return { ids: [], confidence: 0 };
    if (adjacent && subject.source === "anaphor") {
      // after a reporting verb, "it"/"the group" is the reporter itself ("the TTP said it was not involved"):
      // the usual rules find it. Without one, the pronoun is the author, not whoever reports the sentence:
      // "… under which they pledged …, the provincial government said" is their pledge.
      if (from === cs0) return resolveCandidate(subject, d, wantGroup);
    }
    // "Residents accused …", "Elders … pledged …": the act of people the ledger does not record as claimants
    // (not "A faction loyal to militant commander Hafiz Gul Bahadur claimed …": the adjective of a group's title, the group speaks)
    const titledGroup = adjacent && subject.source === "actor" && subject.ids.some((i) => ARMED_GROUP_IDS.has(i)) && TITLE_OF.test(sentence.slice(Math.max(0, subject.start - 60), subject.start));
    if (from === cs0 && inSpan[0]?.source === "nonclaimer" && !titledGroup && !inSpan.some((c) => c.source === "joint")) return { ids: [], confidence: 0 };
    // a subject after an earlier cue of the sentence starts a clause of its own: "The chief minister pledged
    // compensation and the inspector general promised arrests" are two authors, not the first one twice
    // (pick would drop the subject after "and" as an object)
    const after = opts.after ?? -1;
    if (adjacent && after >= 0 && subject.start >= after && subject.ids.length > 0 && subject.source !== "anaphor" && !(subject.source === "official" && !subject.explicit) && !(wantGroup && !subject.ids.some((i) => ARMED_GROUP_IDS.has(i)))) {
      const r = resolveCandidate(subject, d, wantGroup);
      if (r) return r;
    }
    const named = adjacent ? inSpan.filter((c) => c.source !== "anaphor" && !(c.source === "official" && !c.explicit)) : [];
    if (named.length) {
      const r = pick(named, sentence, from, cuePos, d, wantGroup);
      if (r) return r;
    }
  }
  if (opts.joint) {
    // "…, and both sides agreed to …": the two governments, whoever reports it
    const j = cands.find((c) => c.source === "joint" && c.end <= cuePos && cuePos - c.end < 60 && !SPEECH_RE_ONCE.test(sentence.slice(c.end, cuePos)));
    if (j) return { ids: j.ids, confidence: 0.9 };
  }
  // "… a spokesman for Lashkar-e-Jhangvi, who said the group had carried out the killings": a relative clause's reporting
  // verb has the antecedent for its subject, not the sentence's first speaker (the journalist relaying it)
  if (RELATIVE_SPEECH_GATE.test(sentence)) {
    RELATIVE_SPEECH.lastIndex = 0;
    let comma = -1;
    for (let m; (m = RELATIVE_SPEECH.exec(sentence)) && m.index + m[0].length <= cuePos; ) comma = m.index;
    if (comma > 0) {
      SPEECH_RE.lastIndex = 0;
      let segStart = clauseStart(sentence, comma);
      for (let m; (m = SPEECH_RE.exec(sentence)) && m.index + m[0].length <= comma; ) segStart = Math.max(segStart, m.index + m[0].length);
      const r = pick(cands, sentence, segStart, comma, d, wantGroup);
      if (r) return r;
    }
  }
  const acc = ACCORDING_RE.exec(sentence);
  // "according to him": the speaker named before
  if (acc && !/^(?:him|her|them|it)\b/iu.test(acc[1])) {
    const s = acc.index + acc[0].length - acc[1].length;
    const r = pick(cands, sentence, s, s + acc[1].length, d, wantGroup);
    if (r) return r;
  }
  // a trailing attribution ("…, the spokesman said") or an inverted one ("…,” said a Taliban official in Paktika)
  const paren = PAREN_RE.exec(sentence);
  for (const trail of [TRAILING_RE.exec(sentence), INVERTED_RE.exec(sentence), paren]) {
    // a bare subject, not a clause of its own
    // ("…, while Afghan officials said …" is the other side's statement, not this one's attribution)
    if (!trail || trail[1].length > 90 || CLAUSE_WORDS.test(trail[1]) || trail.index < cuePos - 1 || /^(?:while|whereas|but|although|though)\b/iu.test(trail[1])) continue;
    // "… said the attackers had crossed from Afghanistan, where, he said, the group's leaders sheltered": a pronoun's aside
    // inside what a named speaker says is that speaker again, whom the sentence's own reporting verb names
    if (trail === paren && PRONOUN_ASIDE.test(trail[1])) {
      const main = mainVerb(sentence, 0);
      if (main && main.index < trail.index && main.index < cuePos) continue;
    }
    // "Elders of both tribes told the jirga they would vacate their bunkers, an official said": what a named party says in
    // its own reporting clause is that party's; the attribution at the end only relays it
    const inner = innerSpeaker(sentence, cuePos, cands, d, wantGroup);
    if (inner) return inner;
    const s = trail.index + trail[0].indexOf(trail[1]);
    const r = pick(cands, sentence, s, s + trail[1].length, d, wantGroup);
    if (r) return r;
  }
  const cs = clauseStart(sentence, cuePos);
  SPEECH_RE.lastIndex = cs;
  let verb = cuePos;
  // "Speaking to reporters in Kabul, the spokesman said …": the opening participle is not the clause's verb
  const lead = LEAD_PARTICIPLE.exec(sentence)?.[0].length ?? 0;
  // a reporting verb inside a relative clause ("The TTP, which Islamabad says operates from …, denied") governs only that clause
  const sentenceStartVerb = (() => {
    const m0 = mainVerb(sentence, lead);
    return m0 && m0.index < cuePos ? m0.index : -1;
  })();
  // The subject of the clause's reporting verb; when the clause has none, the sentence's first one
  // ("X said A, and that B") still governs.
  const mv = mainVerb(sentence, Math.max(cs, lead));
  if (mv && mv.index < cuePos) verb = mv.index;
  // A content cue with no reporting verb is the report's own narration, unless the document speaks for someone.
  if (opts.content && verb === cuePos && sentenceStartVerb < 0) return null;
  // a group's own words need a reporting verb of their own clause ("…, but officials blamed Daesh, which has carried out …")
  if (opts.needVerb && verb === cuePos) return null;
  let r = pick(cands, sentence, cs, verb, d, wantGroup);
  if (r) return r;
  // "… declined to comment on …, but said Pakistan would …": a clause whose reporting verb has no subject of its own is the
  // sentence subject's (also when only the speaker is asked for)
  const bareVerb = cs > 0 && mv !== null && /^\s*(?:(?:also|later|further|again|only)\s+)?$/iu.test(sentence.slice(cs, mv.index));
  if (cs > 0 && sentenceStartVerb >= 0 && (!opts.speakerOnly || bareVerb)) {
    r = pick(cands, sentence, 0, sentenceStartVerb, d, wantGroup);
    if (r) return r;
  }
  // "Police said the TTP claimed the attack": for responsibility only, the group may follow the reporting verb.
  if (verb !== cuePos && wantGroup && !opts.speakerOnly) {
    r = pick(cands, sentence, verb, cuePos, d, wantGroup);
    if (r) return r;
  }
  return null;
}

const PRONOUN_ASIDE = /^(?:he|she|they|it)$/iu;
const RELATIVE_SPEECH = /,\s*(?:who|which)\s+(?:also\s+|later\s+|then\s+|further\s+)?(?:said|says|told|added|claimed|stated|insisted|maintained|confirmed|alleged)\b/giu;
const RELATIVE_SPEECH_GATE = gated(new RegExp(RELATIVE_SPEECH.source, "iu"));

/** True when the sentence carries reported speech at all (it then names or implies a speaker). */
export function hasSpeech(sentence: string): boolean {
  // (asked several times of each sentence; every other use of SPEECH_RE sets its lastIndex first)
  if (sentence === speechMemo.sentence) return speechMemo.answer;
  SPEECH_RE.lastIndex = 0;
  const answer = SPEECH_RE.test(sentence) || ACCORDING_RE.test(sentence);
  speechMemo.sentence = sentence;
  speechMemo.answer = answer;
  return answer;
}
const speechMemo: { sentence: string | null; answer: boolean } = { sentence: null, answer: false };
