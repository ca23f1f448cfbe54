import { SECURITY_FORCE_IDS } from "../../domain/index.js";
import type { ActorMention } from "../actors.js";
import { INJURE_ACTIVE, INJURE_PASSIVE, KILL_ACTIVE, KILL_PASSIVE } from "../data/cues.js";
import type { NumberMention } from "./03-numbers.js";

/**
 * Pass 07: casualty statements. "Two constables were martyred" (count before a passive verb), "killing
 * at least 26 people, 14 of them soldiers" (count after an active verb, then a subset), "the toll rose to
 * 101" (a revision), "the bomber was also killed" (a definite singular). Each statement carries the
 * category of the people counted, read from the actor lexicon over the counted noun phrase.
 */
export type CasualtyCategory = "total" | "security_forces" | "civilians" | "militants";

export interface CasualtyStatement {
  kind: "killed" | "injured";
  value: number | null;
  category: CasualtyCategory;
  /** "14 of them soldiers": part of a total stated alongside. */
  subset: boolean;
  /** "three more", "two other soldiers": adds to what was said before. */
  more: boolean;
  /** "the toll rose to 47": a revised total, the largest one wins. */
  toll: boolean;
  /** Militants counted because they died attacking ("the bomber was also killed"). */
  attacker: boolean;
  /** Actor id of the counted people, when the lexicon named them. */
  actor: string | null;
  /** "the rest were passengers": the remainder of the total. */
  rest?: boolean;
  /** The category was taken from the count before ("a soldier was killed and two more wounded"). */
  inherited?: boolean;
  start: number;
  end: number;
  confidence: number;
}

const MILITANT_IDS = new Set(["TTP", "JUA", "HGB", "LI", "ISKP", "AQ", "LEJ", "BLA", "BLF", "BALOCH_OTHER", "MILITANTS", "PK_OTHER"]);
const CIVILIAN_IDS = new Set(["CIVILIANS", "FOREIGN_NATIONALS"]);

const alt = (xs: string[]) => xs.slice().sort((a, b) => b.length - a.length).join("|");
const KILL_P = new RegExp(`\\b(?:${alt(KILL_PASSIVE)})\\b`, "gi");
const INJ_P = new RegExp(`\\b(?:${alt(INJURE_PASSIVE)})\\b`, "gi");
const KILL_A = new RegExp(`^(?:${alt(KILL_ACTIVE)})$`, "i");
const INJ_A = new RegExp(`^(?:${alt(INJURE_ACTIVE)})$`, "i");
const GENERIC_PEOPLE = /^(?:people|persons|individuals|others?|those|men|souls|lives|bodies|of the)\b/i;
const SUBSET_BEFORE = /(?:of them|of whom|including|among them|among the (?:dead|killed|injured|wounded|victims)|of the (?:dead|killed|injured|wounded|victims|casualties)|namely)\s*(?:were\s+)?$/i;
const MORE = /\b(?:more|other|another|further|additional)\b/i;
const TOLL = /\b(?:death toll|toll|(?:the )?(?:dead|fatalities|deaths)(?= (?:had |has |have )?(?:numbered|risen|rose|climbed|reached|stood|increased|jumped|mounted))|number of (?:the )?(?:dead|deaths|casualties|fatalities|people|persons|those|\w+)(?: (?:killed|dead|martyred|injured|wounded))?)\b/i;
const TOLL_G = new RegExp(TOLL.source, "gi");
const ACTIVE_WORDS = /\b(?:gunning down|shooting dead|killing|kills|kill|left|leaving|wounding|injuring|hurting|maiming|claimed the lives of|claiming the lives of|martyring|eliminating|neutralising|neutralizing)\b/gi;
const TOLL_VERB = /\b(?:numbered|rose|risen|rising|climbed|reached|jumped|increased|went up|gone up|mounted|stood|stands|has risen|was|is|hit|touched|surged|grew|put|climbing)\s+(?:to\s+|at\s+)?$/i;
const RANKS = /^(?:Sepoy|Naik|Lance Naik|Havildar|Subedar|Naib Subedar|Major|Maj|Captain|Capt|Lieutenant|Lt|Colonel|Col|Brigadier|Constable|Head Constable|ASI|SHO|DSP|SSP|Sub-Inspector|Inspector)$/;
const NON_PERSON = /\b(?:vehicle|car|van|truck|bus|bomb|device|house|home|building|post|checkpost|school|mosque|shop|tower|bridge|road|area|day|week|month|year|statement|report|attack|blast|explosion|operation|case|number|toll|figure|part|section|roof|wall|him|her|them|it)\b/i;
const OF_INJURED = /^\s+of (?:the|those) (?:\w+ )?(?:injured|wounded)\b/i;
const SMALL: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const NEG_BEFORE = /\b(?:no|none|not|nobody|without)\s+(?:\w+\s+){0,3}$/i;

/** Category of the people named in [start, end). */
function categorize(actors: ActorMention[], start: number, end: number): { category: CasualtyCategory; actor: string | null } {
  for (const a of actors) {
    if (a.start < start || a.start >= end || a.role === "speaker") continue;
    if (a.insurgent) return { category: "militants", actor: a.id };
    if (SECURITY_FORCE_IDS.has(a.id)) return { category: "security_forces", actor: a.id };
    if (MILITANT_IDS.has(a.id)) return { category: "militants", actor: a.id };
    if (CIVILIAN_IDS.has(a.id)) return { category: "civilians", actor: a.id };
  }
  return { category: "total", actor: null };
}

/** The noun phrase after a count: up to the next clause boundary, at most ~6 words. */
function nounPhraseEnd(text: string, from: number, limit: number): number {
  const rest = text.slice(from, Math.min(limit, from + 70));
  const m = /[,;:.()]|\s(?:and|when|while|as|after|before|in|on|at|near|during|who|which|were|was|had|have|has|said|including|among|from|inside|outside|since|with)\b/i.exec(rest);
  return from + (m ? m.index : rest.length);
}

interface Ctx {
  text: string;
  numbers: NumberMention[];
  actors: ActorMention[];
}

function numberEndingNear(ctx: Ctx, lo: number, hi: number): NumberMention | null {
  let best: NumberMention | null = null;
  for (const n of ctx.numbers) {
    if (n.start >= lo && n.end <= hi) best = n;
    if (n.start >= hi) break;
  }
  return best;
}

/**
 * The casualty statements of one clause [start, end) of `text`. `numbers` and `actors` are the mentions of
 * the whole text (only those inside the clause are used).
 */
export function findCasualties(text: string, start: number, end: number, numbers: NumberMention[], actors: ActorMention[]): CasualtyStatement[] {
  const ctx: Ctx = { text, numbers, actors };
  const clause = text.slice(start, end);
  const out: CasualtyStatement[] = [];
  const used = new Set<number>(); // number starts already counted

  const push = (st: CasualtyStatement, n: NumberMention | null) => {
    if (n) {
      if (used.has(n.start)) return;
      used.add(n.start);
    }
    out.push(st);
  };

  /** The breakdown after a total ("24 wounded: 10 soldiers and 14 civilians"): each part a subset of it. */
  const pushBreakdown = (from: number, kind: CasualtyStatement["kind"], toll: boolean) => {
    let p0 = from;
    for (const k of numbers) {
      if (k.start < p0 || k.end > end || k.value === null) continue;
      if (!/^[\s,]*(?:and\s+)?$/.test(text.slice(p0, k.start))) break;
      const e2 = nounPhraseEnd(text, k.end, end);
      const c2 = categorize(actors, k.end, Math.max(e2, k.end + 1));
      if (c2.category === "total") break;
      push({ kind, value: k.value, category: c2.category, subset: true, more: false, toll, attacker: false, actor: c2.actor, start: k.start, end: e2, confidence: 0.8 }, k);
      p0 = e2;
    }
  };

  // 1. Tolls: "the death toll rose to 101", "put the number of dead at 59"
  const tollRe = TOLL_G;
  tollRe.lastIndex = 0;
  let tm: RegExpExecArray | null;
  while ((tm = tollRe.exec(clause)) !== null) {
    const at = start + tm.index;
    for (const n of numbers) {
      if (n.start < at || n.start > at + 260 || n.end > end) continue;
      const between = text.slice(at, n.start);
      if (/[.;]/.test(between)) break;
      if (!TOLL_VERB.test(between) && !/\b(?:at|to|of)\s+$/i.test(between)) continue;
      if (/\bfrom\s+$/i.test(between) || n.value === null) continue;
      const phrase = tm[0].toLowerCase();
      const kind = /injur|wound/.test(phrase) ? "injured" : "killed";
      // "the number of martyred soldiers had risen to seven": the people counted come after "number of"
      const comma = between.search(/[,(]/);
      const catEnd = /^number of/i.test(phrase) ? at + (comma >= 0 ? comma : between.length) : at + tm[0].length;
      const cat = categorize(actors, at, catEnd);
      push({ kind, value: n.value, category: cat.category, subset: false, more: false, toll: true, attacker: false, actor: cat.actor, start: at, end: n.end, confidence: 0.9 }, n);
      // "the toll was put at seven — four policemen and three shoppers": the breakdown of the revised figure
      const lead = /^\s*(?:-|:|\(|,)\s*/.exec(text.slice(n.end, n.end + 6));
      if (lead && cat.category === "total") {
        pushBreakdown(n.end + lead[0].length, kind, true);
      }
      break;
    }
  }

  // 2. "97 of the dead were police personnel and three were civilians"
  const ofRe = /\b(?:of|among) the (dead|deceased|killed|victims|fatalities|injured|wounded)\s+(?:were|was|included|are)\s+/gi;
  let om: RegExpExecArray | null;
  while ((om = ofRe.exec(clause)) !== null) {
    const kind = /injur|wound/i.test(om[1]) ? "injured" : "killed";
    const at = start + om.index;
    const first = numbers.find((x) => x.end <= at && x.end >= at - 3);
    let np0 = at + om[0].length;
    if (first && first.value !== null) {
      const e1 = nounPhraseEnd(text, np0, end);
      const c1 = categorize(actors, np0, e1);
      if (c1.category !== "total") push({ kind, value: first.value, category: c1.category, subset: true, more: false, toll: false, attacker: c1.category === "militants", actor: c1.actor, start: first.start, end: e1, confidence: 0.85 }, first);
      np0 = e1;
    } else if (numbers.some((x) => x.start >= np0 && x.start <= np0 + 12)) {
      // "among the dead were seven policemen"
    }
    // continuation: "and three were civilians", ", 14 soldiers"
    for (const k of numbers) {
      if (k.start < np0 || k.start > np0 + 40 || k.end > end || k.value === null) continue;
      if (!/^[\s,]*(?:and\s+)?$/.test(text.slice(np0, k.start))) break;
      const after = /^\s+(?:were|was|are)\s+/.exec(text.slice(k.end, k.end + 10));
      const e2 = nounPhraseEnd(text, k.end + (after ? after[0].length : 0), end);
      const c2 = categorize(actors, k.end, e2);
      if (c2.category !== "total") push({ kind, value: k.value, category: c2.category, subset: true, more: false, toll: false, attacker: c2.category === "militants", actor: c2.actor, start: k.start, end: e2, confidence: 0.8 }, k);
      np0 = e2;
    }
  }

  // "The dead included a party leader, two policemen and nine workers", "Among the injured were ...": a breakdown
  const inclRe = /\b(?:the|among the) (dead|deceased|killed|victims|injured|wounded|casualties)\s+(?:included|include|were|are|comprised)\s+/gi;
  let im: RegExpExecArray | null;
  while ((im = inclRe.exec(clause)) !== null) {
    const kind = /injur|wound/i.test(im[1]) ? "injured" : "killed";
    let p0 = start + im.index + im[0].length;
    const items: CasualtyStatement[] = [];
    for (let guard = 0; guard < 8 && p0 < end; guard++) {
      const sep = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*)/.exec(text.slice(p0, p0 + 8))![0];
      const q = p0 + sep.length;
      const k = numbers.find((x) => x.start === q || (x.start > q && x.start <= q + 12 && /^(?:at least|some|about)\s+$/i.test(text.slice(q, x.start))));
      const one = k ? null : /^(?:a|an|one)\s+/i.exec(text.slice(q, q + 5));
      if (!k && !one) break;
      if (k && k.value === null) break;
      const a0 = k ? k.end : q + one![0].length;
      const e2 = nounPhraseEnd(text, a0, end);
      const c2 = categorize(actors, a0, Math.max(e2, a0 + 1));
      if (c2.category === "total" && !(one && /\b(?:man|woman|boy|girl|child|person|resident|passer-?by)\b/i.test(text.slice(a0, e2)))) break;
      const category = c2.category === "total" ? "civilians" : c2.category;
      const value = k ? k.value! : 1;
      // the items are different people: a party leader and nine party workers are ten civilians
      const same = items.find((x) => x.category === category);
      if (same) {
        same.value = (same.value ?? 0) + value;
        same.end = e2;
      } else items.push({ kind, value, category, subset: true, more: false, toll: false, attacker: category === "militants", actor: c2.actor, start: q, end: e2, confidence: 0.75 });
      if (k) used.add(k.start);
      p0 = e2;
    }
    out.push(...items);
  }

  // "The injured, 22 policemen and two passers-by, were taken to hospital": a breakdown of a total told before
  const appRe = /\bthe (injured|wounded|dead|deceased|victims)\s*(?:,|\u2014|:|\()\s*/gi;
  let ap: RegExpExecArray | null;
  while ((ap = appRe.exec(clause)) !== null) {
    const kind = /injur|wound/i.test(ap[1]) ? "injured" : "killed";
    let p0 = start + ap.index + ap[0].length;
    for (const k of numbers) {
      if (k.start < p0 || k.end > end || k.value === null) continue;
      if (!/^[\s,]*(?:and\s+)?(?:(?:at least|some|about)\s+)?$/i.test(text.slice(p0, k.start))) break;
      const e2 = nounPhraseEnd(text, k.end, end);
      const c2 = categorize(actors, k.end, Math.max(e2, k.end + 1));
      if (c2.category === "total") break;
      push({ kind, value: k.value, category: c2.category, subset: true, more: false, toll: false, attacker: false, actor: c2.actor, start: k.start, end: e2, confidence: 0.75 }, k);
      p0 = e2;
    }
  }

  // "seven dead, not counting the bomber": the attackers' deaths come on top
  const besides = /\b(?:not counting|not including|excluding|besides|apart from|in addition to|on top of) (?:the )?(?:(two|three|four|five|\d{1,2}) )?(?:suicide )?(bombers?|attackers?|assailants?|militants?|terrorists?)\b/gi;
  let bs: RegExpExecArray | null;
  while ((bs = besides.exec(clause)) !== null) {
    const value = bs[1] ? SMALL[bs[1].toLowerCase()] ?? Number(bs[1]) : /s$/i.test(bs[2]) ? null : 1;
    if (value === null || !Number.isFinite(value)) continue;
    if (!/\b(?:dead|killed|died|toll|lives|bodies|fatalities|deaths)\b/i.test(clause)) continue;
    const at = start + bs.index;
    out.push({ kind: "killed", value, category: "militants", subset: false, more: false, toll: false, attacker: true, actor: "MILITANTS", start: at, end: at + bs[0].length, confidence: 0.65 });
  }

  // "recovered the bullet-riddled bodies of two men", "the body of a driver was found": a killing known from its dead
  const bodiesRe = /\b(?:recover(?:ed|y of)|found|discovered|retrieved|fished out|dumped)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?bod(?:y|ies)\s+of\s+(?:(a|an|one)\s+|(?=\S))|\bbod(?:y|ies)\s+of\s+(?:(a|an|one)\s+|(?=\S))(?=[^.;]{0,60}\b(?:was|were)\s+(?:found|recovered|discovered|dumped))/gi;
  let bo: RegExpExecArray | null;
  while ((bo = bodiesRe.exec(clause)) !== null) {
    const a0 = start + bo.index + bo[0].length;
    const n = bo[1] || bo[2] ? null : numbers.find((x) => x.start === a0);
    if (!(bo[1] || bo[2]) && (!n || n.value === null)) continue;
    const from = n ? n.end : a0;
    const np = nounPhraseEnd(text, from, end);
    if (NON_PERSON.test(text.slice(from, np))) continue;
    const cat = categorize(actors, from, Math.max(np, from + 1));
    push({ kind: "killed", value: n ? n.value : 1, category: cat.category === "total" ? "civilians" : cat.category, subset: false, more: false, toll: false, attacker: cat.category === "militants", actor: cat.actor, start: start + bo.index, end: np, confidence: 0.6 }, n ?? null);
  }

  // "the blast claimed 12 lives"
  const livesRe = /\bclaim(?:ed|ing|s)\s+(?:at least\s+|some\s+|over\s+|more than\s+)?(\S+(?:[- ]\S+)?)\s+lives\b/gi;
  let lm: RegExpExecArray | null;
  while ((lm = livesRe.exec(clause)) !== null) {
    const at = start + lm.index;
    const n = numbers.find((x) => x.start >= at && x.end <= at + lm![0].length);
    if (n && n.value !== null) push({ kind: "killed", value: n.value, category: "total", subset: false, more: false, toll: false, attacker: false, actor: null, start: at, end: at + lm[0].length, confidence: 0.85 }, n);
  }

  // "no one was hurt", "no casualties were reported": zero, unless a number is given elsewhere
  const zero = /\b(?:no (?:one|body|casualties|injuries|deaths|fatalities|loss of life|personnel|civilians|soldiers|policemen)|nobody|none of (?:them|the \w+))\b[^.;]{0,30}?\b(?:killed|injured|hurt|harmed|wounded|reported|caused|occurred|suffered)\b|\bwithout (?:causing |inflicting )?(?:any )?(?:casualties|injuries|loss of life)\b|\bcaus(?:ed|ing) no (?:casualties|injuries|loss of life)\b|\bescaped unhurt\b|\bunhurt\b/gi;
  let zm: RegExpExecArray | null;
  while ((zm = zero.exec(clause)) !== null) {
    const w = zm[0].toLowerCase();
    const at = start + zm.index;
    const both = /casualt|hurt|harmed|unhurt|loss of life/.test(w) && !/killed/.test(w);
    const kinds: Array<"killed" | "injured"> = both ? ["killed", "injured"] : /injur|wound|hurt/.test(w) ? ["injured"] : /kill|death|fatalit/.test(w) ? ["killed"] : [];
    for (const kind of kinds) out.push({ kind, value: 0, category: "total", subset: false, more: false, toll: false, attacker: false, actor: null, start: at, end: at + zm[0].length, confidence: 0.6 });
  }

  // "the rest were passengers": whatever the other counts leave of the total
  const restRe = /\bthe (?:rest|others|remaining(?: \w+)?) (?:were|are)\s+(?:all\s+)?/gi;
  let rm: RegExpExecArray | null;
  while ((rm = restRe.exec(clause)) !== null) {
    const a0 = start + rm.index + rm[0].length;
    const c3 = categorize(actors, a0, nounPhraseEnd(text, a0, end));
    if (c3.category !== "total") out.push({ kind: "killed", value: null, category: c3.category, subset: true, more: false, toll: false, attacker: false, actor: c3.actor, start: start + rm.index, end: a0, confidence: 0.6, rest: true });
  }

  // "claimed the killing of a JUI-F leader", "the murder of two teachers"
  const killingOf = /\b(?:killing|murder|assassination|slaying|beheading) of (?:(a|an|one)\s+|(?=\S))/gi;
  let ko: RegExpExecArray | null;
  while ((ko = killingOf.exec(clause)) !== null) {
    const a0 = start + ko.index + ko[0].length;
    const np = nounPhraseEnd(text, a0, end);
    const cat = categorize(actors, a0, Math.max(np, a0 + 1));
    if (ko[1]) {
      const head = text.slice(a0, np);
      if (cat.category === "total" && !/\b(?:man|woman|boy|girl|child|person|resident|official|guard|leader|elder|cleric|scholar|journalist|worker|employee|trader)\b/i.test(head)) continue;
      if (NON_PERSON.test(head) && cat.category === "total") continue;
      push({ kind: "killed", value: 1, category: cat.category === "total" ? "civilians" : cat.category, subset: false, more: false, toll: false, attacker: false, actor: cat.actor, start: start + ko.index, end: np, confidence: 0.65 }, null);
    } else {
      const n = numbers.find((x) => x.start === a0 || (x.start > a0 && x.start <= a0 + 12 && /^(?:at least|some|about|over)\s+$/i.test(text.slice(a0, x.start))));
      if (!n || n.value === null || n.end > end) continue;
      const e2 = nounPhraseEnd(text, n.end, end);
      const c2 = categorize(actors, n.end, Math.max(e2, n.end + 1));
      push({ kind: "killed", value: n.value, category: c2.category, subset: false, more: false, toll: false, attacker: false, actor: c2.actor, start: start + ko.index, end: e2, confidence: 0.7 }, n);
    }
  }

  // attackers who fled "leaving behind the body of one of their comrades" / "leaving behind two bodies": dead attackers
  const behindRe = /\b(?:leaving|left) behind (?:the )?(?:(bod(?:y|ies)|corpses?) of (\w+) of (?:their|his) (?:comrades?|accomplices|associates|fellows?|fellow \w+|companions|men)|(\w+) (?:dead )?(?:bodies|corpses)(?: of (?:their|his) (?:comrades?|accomplices|associates|companions))?|(?:a|the) (?:dead )?body of (?:an?|one) (?:attacker|assailant|militant|terrorist|comrade|accomplice))/gi;
  let bm: RegExpExecArray | null;
  while ((bm = behindRe.exec(clause)) !== null) {
    const word = (bm[2] ?? bm[3] ?? "one").toLowerCase();
    const value = SMALL[word] ?? (/^\d+$/.test(word) ? Number(word) : null);
    if (value === null) continue;
    const at = start + bm.index;
    out.push({ kind: "killed", value, category: "militants", subset: false, more: false, toll: false, attacker: true, actor: "MILITANTS", start: at, end: at + bm[0].length, confidence: 0.7 });
  }

  // "Five soldiers were killed in Kurram and three in Bajaur": a count without its verb, in a clause cut off
  // from the one that told it, counts the same kind of people
  const ell = /^\s*,?\s*(?:and|while|with)\s+(?:(?:at least|another|a further)\s+)?$/i;
  for (const k of numbers) {
    if (k.start < start || k.start > start + 30 || k.value === null) continue;
    if (!ell.test(text.slice(start, k.start)) || !/^\s+(?:more\s+|others?\s+)?(?:in|at|near)\s+[\p{Lu}]/u.test(text.slice(k.end, k.end + 24))) break;
    const back = text.slice(Math.max(0, start - 160), start);
    const cut = Math.max(back.lastIndexOf("."), back.lastIndexOf(";"), back.lastIndexOf("\n"));
    const told = back.slice(cut + 1);
    const cue = [...told.matchAll(/\b(?:killed|martyred|dead|died|injured|wounded|hurt)\b/gi)].pop();
    if (!cue) break;
    const kind = /injur|wound|hurt/i.test(cue[0]) ? "injured" : "killed";
    const lo = start - told.length;
    const ante = actors.filter((a) => a.start >= lo && a.end <= start && a.role !== "speaker").pop();
    const cat = ante ? categorize(actors, ante.start, ante.end) : { category: "total" as CasualtyCategory, actor: null };
    push({ kind, value: k.value, category: cat.category, subset: false, more: false, toll: false, attacker: cat.category === "militants", actor: cat.actor, start: k.start, end: k.end, confidence: 0.65 }, k);
    break;
  }

  // 3. Cue words
  const cues: Array<{ kind: "killed" | "injured"; s: number; e: number; word: string }> = [];
  for (const [re, kind] of [[KILL_P, "killed"], [INJ_P, "injured"]] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(clause)) !== null) {
      // "the dead", "the injured" are nouns, not statements
      if (/\b(?:the|of|among|for|with)\s+$/i.test(clause.slice(Math.max(0, m.index - 8), m.index)) && /^(?:dead|injured|wounded|killed)$/i.test(m[0])) continue;
      // "two more injured policemen died": an adjective before the people, who are counted by the verb after
      if (kind === "injured" && /^(?:injured|wounded)$/i.test(m[0])) {
        const next = actors.find((a) => a.start > start + m!.index && a.start <= start + m!.index + m![0].length + 2);
        if (next && /^[\s\w-]{0,40}?\b(?:died|succumbed|passed away|breathed their last|lost their lives|were martyred)\b/i.test(text.slice(next.end, next.end + 60))) continue;
      }
      cues.push({ kind, s: start + m.index, e: start + m.index + m[0].length, word: m[0] });
    }
  }
  // active verbs: one pass of one regex over the clause
  ACTIVE_WORDS.lastIndex = 0;
  let am: RegExpExecArray | null;
  while ((am = ACTIVE_WORDS.exec(clause)) !== null) {
    const w = am[0].toLowerCase();
    const kind = /wound|injur|hurt|maim/.test(w) ? "injured" : "killed";
    cues.push({ kind, s: start + am.index, e: start + am.index + am[0].length, word: w });
  }
  cues.sort((a, b) => a.s - b.s);
  let prevCat: { category: CasualtyCategory; actor: string | null } | null = null;
  let prevKind: "killed" | "injured" | null = null;
  let clauseStart = start;
  for (const cue of cues) {
    const word = cue.word.toLowerCase();
    // active: verb + count ("killing 12 people", "killed three militants", "left five dead")
    const activeOk = cue.kind === "killed" ? KILL_A.test(word) || /claim(?:ed|ing) the lives of/.test(word) : INJ_A.test(word);
    let handled = false;
    if (activeOk) {
      const n = numbers.find((x) => x.start >= cue.e && x.start <= cue.e + 14 && x.end <= end);
      if (n && /^\s*(?:(?:at least|about|around|nearly|over|more than|some|up to|as many as|an estimated)\s+)?$/i.test(text.slice(cue.e, n.start).replace(/^\s+/, " ")) ) {
        const npEnd = nounPhraseEnd(text, n.end, end);
        let kind = cue.kind;
        if (/^(?:left|leaving)$/.test(word)) {
          const tail = text.slice(npEnd, Math.min(end, npEnd + 25)).toLowerCase();
          const np = text.slice(n.end, npEnd).toLowerCase();
          if (/\b(?:dead|killed)\b/.test(np + tail.slice(0, 8))) kind = "killed";
          else if (/\b(?:injured|wounded|hurt)\b/.test(np + tail.slice(0, 10))) kind = "injured";
          else continue;
        }
        let cat = categorize(actors, n.end, Math.max(npEnd, n.end + 1));
        // "killing two policemen and injuring three others": the others are of the people just counted
        if (cat.category === "total" && prevCat && prevCat.category !== "total" && /^\s*others\b/i.test(text.slice(n.end, npEnd + 1)) && /^(?:injuring|wounding|hurting|killing)$/.test(word)) cat = prevCat;
        const generic = cat.category === "total";
        push({ kind, value: n.value, category: cat.category, subset: false, more: MORE.test(text.slice(n.end, npEnd)), toll: false, attacker: false, actor: cat.actor, start: cue.s, end: npEnd, confidence: generic ? 0.85 : 0.9 }, n);
        prevCat = cat;
        prevKind = cue.kind;
        handled = true;
        // coordinated counts: "killing 13 attackers and five soldiers", "five Chinese nationals and their driver"
        let npE = npEnd;
        for (let guard = 0; guard < 4; guard++) {
          const rest = text.slice(npE, Math.min(end, npE + 60));
          const co = /^\s*,?\s*(?:and|as well as|plus)\s+(?:(?:at least|about|some)\s+)?/i.exec(rest);
          if (!co) break;
          const k = numbers.find((x) => x.start === npE + co[0].length);
          if (k && k.value !== null) {
            const e2 = nounPhraseEnd(text, k.end, end);
            const c2 = categorize(actors, k.end, Math.max(e2, k.end + 1));
            let kind2 = kind;
            if (/^(?:left|leaving)$/.test(word)) {
              // "left eight soldiers dead and 141 civilians injured": each count has its own word
              const tail2 = text.slice(k.end, Math.min(end, e2 + 12)).toLowerCase();
              kind2 = /\b(?:injured|wounded|hurt)\b/.test(tail2) ? "injured" : /\b(?:dead|killed)\b/.test(tail2) ? "killed" : kind;
            }
            push({ kind: kind2, value: k.value, category: c2.category, subset: false, more: c2.category === cat.category, toll: false, attacker: c2.category === "militants", actor: c2.actor, start: k.start, end: e2, confidence: 0.8 }, k);
            npE = e2;
            continue;
          }
          const sg = /^(?:their|his|her|a|an|one|the)\s+((?:[\w-]+\s+){0,2}?[\w-]+)/i.exec(rest.slice(co[0].length));
          if (sg) {
            const s2 = npE + co[0].length;
            const e2 = nounPhraseEnd(text, s2 + sg[0].length - sg[1].length, end);
            const c2 = categorize(actors, s2, Math.max(e2, s2 + sg[0].length));
            if (c2.category !== "total" && !/s$/i.test(sg[1])) {
              push({ kind, value: 1, category: c2.category, subset: false, more: c2.category === cat.category, toll: false, attacker: c2.category === "militants", actor: c2.actor, start: s2, end: e2, confidence: 0.7 }, null);
              npE = e2;
              continue;
            }
          }
          break;
        }
        // subsets right after: ", 14 of them soldiers", ", including seven policemen"
        const sub = /^\s*,?\s*(?:(?:including|among them)\s+)?(?:(at least|some)\s+)?$/i;
        for (const k of numbers) {
          if (k.start <= npEnd || k.start > npEnd + 60 || k.end > end || k.value === null) continue;
          const gap = text.slice(npEnd, k.start);
          const after = text.slice(k.end, Math.min(end, k.end + 40));
          if (sub.test(gap) && /including|among/i.test(gap)) {
            const e2 = nounPhraseEnd(text, k.end, end);
            const c2 = categorize(actors, k.end, e2);
            if (c2.category !== "total") push({ kind, value: k.value, category: c2.category, subset: true, more: false, toll: false, attacker: false, actor: c2.actor, start: k.start, end: e2, confidence: 0.85 }, k);
          } else if (/^\s*,?\s*$/.test(gap) && /^\s+of\s+(?:them|whom)\s+(?:were\s+)?/i.test(after)) {
            const ofm = /^\s+of\s+(?:them|whom)\s+(?:were\s+)?/i.exec(after)!;
            const e2 = nounPhraseEnd(text, k.end + ofm[0].length, end);
            const c2 = categorize(actors, k.end, e2);
            if (c2.category !== "total") push({ kind, value: k.value, category: c2.category, subset: true, more: false, toll: false, attacker: false, actor: c2.actor, start: k.start, end: e2, confidence: 0.85 }, k);
          }
          break;
        }
      } else if (!n && /^(?:killing|killed|shot dead|gunned down|kills|martyring|wounding|wounded|injuring|injured|hurting)$/.test(word)) {
        const after = text.slice(cue.e, end);
        // "... and wounded another", "injuring one other": one more of the people just counted
        if (/^\s+(?:another|one other|one more|a (?:second|third|fourth) (?:one|person|man))\b(?!\s+(?:[\w-]+\s+){0,2}?(?:attack|incident|blast|explosion|bomb|time|day|place|area|district|post|vehicle))/i.test(after)) {
          const c0 = prevCat ?? { category: "total" as CasualtyCategory, actor: null };
          push({ kind: cue.kind, value: 1, category: c0.category, subset: false, more: prevCat !== null && cue.kind === "killed", toll: false, attacker: c0.category === "militants", actor: c0.actor, start: cue.s, end: cue.e + after.search(/\S/) + 7, confidence: 0.65 }, null);
          handled = true;
          clauseStart = cue.e;
          continue;
        }
        // "opened fire on the car of a PPP leader, killing him and his driver": the person just named
        const pro = /^\s+(him|her)\b(?!\s*self)/i.exec(after);
        if (pro && /^(?:killing|killed|shot dead|gunned down|martyring|wounding|injuring|wounded|injured)$/.test(word)) {
          const ante = actors.filter((a) => a.end <= cue.s && a.start >= start - 200 && a.role !== "speaker" && a.id !== "MILITANTS").pop();
          const ca = ante ? categorize(actors, ante.start, ante.end) : { category: "civilians" as CasualtyCategory, actor: null };
          const cat = ca.category === "total" || ca.category === "militants" ? { category: "civilians" as CasualtyCategory, actor: null } : ca;
          const e2 = cue.e + pro[0].length;
          push({ kind: cue.kind, value: 1, category: cat.category, subset: false, more: false, toll: false, attacker: false, actor: cat.actor, start: cue.s, end: e2, confidence: 0.6 }, null);
          handled = true;
          prevCat = cat;
          prevKind = cue.kind;
          const and2 = /^\s+and\s+(?:his|her|their|a|an|one|the)\s+((?:[\w-]+\s+){0,2}?[\w-]+)/i.exec(text.slice(e2, end));
          if (and2 && !/s$/i.test(and2[1]) && !NON_PERSON.test(and2[1])) {
            const s3 = e2 + and2[0].length - and2[1].length;
            const e3 = nounPhraseEnd(text, s3, end);
            const c3 = categorize(actors, s3, Math.max(e3, s3 + and2[1].length));
            push({ kind: cue.kind, value: 1, category: c3.category === "total" ? cat.category : c3.category, subset: false, more: true, toll: false, attacker: false, actor: c3.actor, start: s3, end: e3, confidence: 0.6 }, null);
          }
          clauseStart = cue.e;
          continue;
        }
        // "shot dead a tribal elder", "killing a policeman"
        // ("injuring the cashier": a definite singular person too)
        let sm = /^\s+(?:a|an|one|the)\s+((?:[\w-]+\s+){0,3}?[\w-]+)/i.exec(after);
        if (sm && /^\s+the\s/i.test(after) && (/s$/i.test(sm[1].split(/\s+/)[0]) || NON_PERSON.test(sm[1]))) sm = null;
        // "killed Constable Zahid Ullah", "martyring Sepoy Ali": one person named by rank
        const rk = sm ? null : actors.find((a) => a.start >= cue.e && a.start <= cue.e + 2 && RANKS.test(a.text) && /^\s+[\p{Lu}]/u.test(text.slice(a.end, a.end + 3)));
        if (rk) {
          const cat = categorize(actors, rk.start, rk.end);
          if (cat.category !== "total") {
            push({ kind: cue.kind, value: 1, category: cat.category, subset: false, more: false, toll: false, attacker: false, actor: cat.actor, start: cue.s, end: rk.end, confidence: 0.7 }, null);
            handled = true;
          }
        } else if (sm) {
          const s2 = cue.e;
          const e2 = nounPhraseEnd(text, cue.e + sm[0].length - sm[1].length, end);
          const cat = categorize(actors, s2, Math.max(e2, cue.e + sm[0].length));
          if (cat.category !== "total" || /\b(?:man|woman|boy|girl|child|person|resident|passer-?by|official|guard|watchman|chowkidar|employee|shopkeeper|trader|visitor|technician|worker|labourer|driver|youth|teenager)\b/i.test(text.slice(cue.e, e2))) {
            push({ kind: cue.kind, value: 1, category: cat.category === "total" ? "civilians" : cat.category, subset: false, more: false, toll: false, attacker: false, actor: cat.actor, start: cue.s, end: e2, confidence: 0.75 }, null);
            handled = true;
            // "shot dead a customs official and his guard": one more person of the same act
            const and2 = /^\s+and\s+(?:his|her|their|a|an|one|the)\s+((?:[\w-]+\s+){0,2}?[\w-]+)/i.exec(text.slice(e2, end));
            if (and2 && !/s$/i.test(and2[1]) && !NON_PERSON.test(and2[1])) {
              const s3 = e2 + and2[0].length - and2[1].length;
              const e3 = nounPhraseEnd(text, s3, end);
              const c3 = categorize(actors, s3, Math.max(e3, s3 + and2[1].length));
              push({ kind: cue.kind, value: 1, category: c3.category === "total" ? (cat.category === "total" ? "civilians" : cat.category) : c3.category, subset: false, more: true, toll: false, attacker: false, actor: c3.actor, start: s3, end: e3, confidence: 0.65 }, null);
            }
          }
        }
      }
    }
    if (handled) {
      clauseStart = cue.e;
      continue;
    }
    // passive: count + noun phrase + (were|was|...) + verb
    if (/^(?:gunning down|shooting dead|killing|kills|kill|left|leaving|wounding|injuring|hurting|maiming|martyring|eliminating|neutrali[sz]ing|claimed the lives of|claiming the lives of)$/.test(word)) continue;
    const lo = Math.max(clauseStart, cue.s - 90, start);
    const windowText = text.slice(lo, cue.s);
    const n = numberEndingNear(ctx, lo, cue.s);
    const isAge = !!n && !n.word && /^\s*,/.test(text.slice(n.end, n.end + 3)) && /[\p{Lu}][\p{L}]+,\s*$/u.test(text.slice(Math.max(start, n.start - 30), n.start));
    if (n && !used.has(n.start) && !isAge) {
      const between = text.slice(n.end, cue.s);
      if (/[;:]|\b(?:killing|killed|injuring|wounding|attacked|when|after|said|told)\b/i.test(between) && !/^\s+(?:of them|of whom)\b/i.test(between)) {
        // the count belongs to something else
      } else if (between.length <= 70 && !/\b(?:from|aged|age|year|years|hours?|minutes?|km|kilometres?|metres?|rs|rupees|per cent|percent|am|pm)\b/i.test(between.slice(0, 12))) {
        const before = text.slice(Math.max(start, n.start - 40), n.start);
        let subset = SUBSET_BEFORE.test(before) || /^\s+of (?:them|whom|the dead|those)\b/i.test(between);
        if (subset && /\b(?:including|among them)\s*$/i.test(before)) {
          // "10 others, including three officers, were injured": the count before "including" is the main one
          const main = numbers.filter((x) => x.end <= n.start && x.start >= n.start - 45 && !used.has(x.start)).pop();
          if (main && main.value !== null && /^[\s\p{L}-]{0,25},?\s*(?:including|among them)\s*$/iu.test(text.slice(main.end, n.start))) {
            const cm = categorize(actors, main.end, n.start);
            push({ kind: cue.kind, value: main.value, category: cm.category, subset: false, more: MORE.test(text.slice(main.end, n.start)), toll: false, attacker: cm.category === "militants", actor: cm.actor, start: main.start, end: cue.e, confidence: 0.8 }, main);
          }
        }
        let cat = categorize(actors, n.end, cue.s);
        let ofThem = false;
        if (cat.category === "total" && /^\s+of (?:them|whom)\b/i.test(between)) {
          // "the attackers tried to breach the camp; nine of them were killed": them = the last people named
          const ante = actors.filter((a) => a.end <= n.start && a.start >= n.start - 160 && a.role !== "speaker" && a.id !== "CIVILIANS").pop();
          if (ante) {
            cat = categorize(actors, ante.start, ante.end);
            ofThem = cat.category !== "total" && !SUBSET_BEFORE.test(before);
          }
        }
        const allOf = /^[^.;]{0,40}?\ball of them(?:\s+were)?\s+/i.exec(text.slice(cue.e, end));
        if (cat.category === "total" && allOf) {
          const a0 = cue.e + allOf.index + allOf[0].length;
          const c3 = categorize(actors, a0, nounPhraseEnd(text, a0, end));
          if (c3.category !== "total") {
            push({ kind: cue.kind, value: n.value, category: c3.category, subset: true, more: false, toll: false, attacker: false, actor: c3.actor, start: n.start, end: a0, confidence: 0.8 }, null);
          }
        }
        // "Two constables were martyred and one was injured", "a soldier was killed and two more/others wounded":
        // the second count is of the same people, when it is the other kind (the dead, then the wounded)
        const bare = between.replace(/^\s*(?:more|others?)\b/i, " ");
        const otherKind = prevKind !== null && prevKind !== cue.kind;
        let inherited = false;
        if (cat.category === "total" && (bare === between || otherKind) && !GENERIC_PEOPLE.test(bare.trim()) && /^\s*(?:were|was|had been|have been|are|is|also|later|reportedly)?\s*(?:\w+\s+)?$/i.test(bare) && prevCat) {
          cat = prevCat;
          inherited = true;
        }
        if (NEG_BEFORE.test(before)) continue;
        if (ofThem) subset = false;
        // "Lieutenant Colonel Kashif and Captain Ahmed, along with five soldiers, embraced shahadat"
        if (/\balong with\s*$/i.test(before)) {
          const named = actors.filter((a) => a.start >= Math.max(clauseStart, n.start - 120) && a.end <= n.start && RANKS.test(a.text));
          const people = named.filter((a, i) => i === 0 || !/^\s*$/.test(text.slice(named[i - 1].end, a.start)));
          if (people.length) {
            const cr = categorize(actors, people[0].start, people[0].end);
            push({ kind: cue.kind, value: people.length, category: cr.category, subset: false, more: true, toll: false, attacker: false, actor: cr.actor, start: people[0].start, end: cue.e, confidence: 0.7 }, null);
          }
        }
        const attacker = cat.category === "militants";
        // "five of the injured later died": deaths added to the toll, not a count of the injured
        const ofInjured = cue.kind === "killed" && OF_INJURED.test(between);
        if (ofInjured) subset = false;
        push({ kind: cue.kind, value: n.value, category: cat.category, subset, more: MORE.test(between) || ofInjured, toll: false, attacker, actor: cat.actor, start: n.start, end: cue.e, confidence: 0.85, ...(inherited ? { inherited } : {}) }, n);
        // "five children and a woman were killed": one more of the named kind
        const andOne = /\s+and\s+(?:a|an|one|the|their|his|her)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:(?:was|were|had been|have been|also)\s+)*$/i.exec(between);
        if (andOne) {
          const a0 = n.end + andOne.index;
          const c4 = categorize(actors, a0, cue.s);
          if (c4.category !== "total" && !/s$/i.test(andOne[1])) push({ kind: cue.kind, value: 1, category: c4.category, subset: false, more: c4.category === cat.category, toll: false, attacker: c4.category === "militants", actor: c4.actor, start: a0, end: cue.e, confidence: 0.7 }, null);
        }
        // "Both attackers died, along with five worshippers"
        const along = /^\s*,?\s*(?:along with|together with|as well as)\s+/i.exec(text.slice(cue.e, Math.min(end, cue.e + 30)));
        if (along) {
          const k = numbers.find((x) => x.start === cue.e + along[0].length);
          if (k && k.value !== null) {
            const e2 = nounPhraseEnd(text, k.end, end);
            const c2 = categorize(actors, k.end, Math.max(e2, k.end + 1));
            push({ kind: cue.kind, value: k.value, category: c2.category, subset: false, more: c2.category === cat.category, toll: false, attacker: c2.category === "militants", actor: c2.actor, start: k.start, end: e2, confidence: 0.8 }, k);
          }
        }
        // "A constable and two attackers were killed": one person named before the count, joined by "and"
        const single = /(?:^|[\s,;(])(?:a|an|one)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+and\s+(?:(?:at least|some|about)\s+)?$/i.exec(text.slice(Math.max(clauseStart, n.start - 60), n.start));
        if (single && !/s$/i.test(single[1]) && !NON_PERSON.test(single[1])) {
          const s3 = n.start - single[0].length + (single[0].length - single[0].trimStart().length);
          const c5 = categorize(actors, s3, n.start);
          if (c5.category !== "total") push({ kind: cue.kind, value: 1, category: c5.category, subset: false, more: c5.category === cat.category, toll: false, attacker: c5.category === "militants", actor: c5.actor, start: s3, end: cue.e, confidence: 0.7 }, null);
        }
        // "four attackers and one soldier were killed": the counts before, joined by "and"
        let head = n;
        for (let guard = 0; guard < 3; guard++) {
          const prev = numbers.filter((x) => x.end <= head.start && x.start >= Math.max(clauseStart, head.start - 60)).pop();
          if (!prev || prev.value === null || used.has(prev.start)) break;
          const gap = text.slice(prev.end, head.start);
          if (!/^\s*[\p{L}\s-]{0,40}?(?:,\s*|\s+and\s+|,\s+and\s+)(?:all\s+|both\s+|the\s+)?$/u.test(gap) || /\b(?:killing|killed|injuring|wounding|died|dead|of|in|from)\b/i.test(gap)) break;
          if (/\b(?:along with|together with|with|including|among them)\s+$/i.test(text.slice(Math.max(start, prev.start - 25), prev.start))) break;
          const cp = categorize(actors, prev.end, head.start);
          push({ kind: cue.kind, value: prev.value, category: cp.category, subset: false, more: false, toll: false, attacker: cp.category === "militants", actor: cp.actor, start: prev.start, end: cue.e, confidence: 0.8 }, prev);
          head = prev;
        }
        prevCat = cat;
        prevKind = cue.kind;
        clauseStart = cue.e;
        // "24 people were wounded: 10 soldiers and 14 civilians"
        if (cat.category === "total") {
          const lead = /^\s*(?::|-|\(|,\s*(?:including|among them))\s*/i.exec(text.slice(cue.e, cue.e + 20));
          if (lead) {
            pushBreakdown(cue.e + lead[0].length, cue.kind, false);
          }
          // "Forty people were wounded, four of them Frontier Corps soldiers"
          const ofThemM = /^\s*,\s*/.exec(text.slice(cue.e, cue.e + 4));
          if (!lead && ofThemM) {
            const k = numbers.find((x) => x.start >= cue.e && x.start <= cue.e + ofThemM[0].length + 10 && x.end <= end && /^\s*,\s*(?:(?:at least|some|about)\s+)?$/i.test(text.slice(cue.e, x.start)));
            const ofm = k ? /^\s+of (?:them|whom)\s+(?:were\s+|being\s+)?/i.exec(text.slice(k.end, k.end + 20)) : null;
            if (k && k.value !== null && ofm) {
              const a0 = k.end + ofm[0].length;
              const e2 = nounPhraseEnd(text, a0, end);
              const c2 = categorize(actors, a0, Math.max(e2, a0 + 1));
              if (c2.category !== "total") push({ kind: cue.kind, value: k.value, category: c2.category, subset: true, more: false, toll: false, attacker: false, actor: c2.actor, start: k.start, end: e2, confidence: 0.8 }, k);
            }
          }
        }
        continue;
      }
    }
    // "A policeman was killed and another injured": one more of the same people
    const anotherM = /\b(?:and|while)\s+(?:another|one other|a second|one more)\s+(?:(?:was|were|had been|also)\s+)?$/i.exec(windowText);
    if (anotherM && prevCat) {
      push({ kind: cue.kind, value: 1, category: prevCat.category, subset: false, more: false, toll: false, attacker: prevCat.category === "militants", actor: prevCat.actor, start: lo + anotherM.index, end: cue.e, confidence: 0.7 }, null);
      clauseStart = cue.e;
      continue;
    }
    // a named rank: "Sepoy Muhammad Irfan, 23, of District Karak ... embraced shahadat"
    // "Havildar A, aged 36, of Kohat, and Sepoy B, aged 24, of Bannu ... embraced shahadat": every named rank counts
    const named = actors.filter((a) => a.start >= Math.max(start, clauseStart, cue.s - 260) && a.start < cue.s && RANKS.test(a.text) && !used.has(-a.start - 1) && /^\s+[\p{Lu}]/u.test(text.slice(a.end, a.end + 3)) && !/[.;]/.test(text.slice(a.end, cue.s)));
    const ranked = named.filter((a, i) => i === 0 || !/^\s*$/.test(text.slice(named[i - 1].end, a.start)));
    const rank = ranked[0];
    if (rank && (ranked.length === 1 || ranked[0].start >= cue.s - 120 || ranked.every((a, i) => i === 0 || /\band\b|,/.test(text.slice(ranked[i - 1].end, a.start))))) {
      for (const a of named) used.add(-a.start - 1);
      const cat = categorize(actors, rank.start, rank.end);
      push({ kind: cue.kind, value: ranked.length, category: cat.category, subset: false, more: true, toll: false, attacker: false, actor: cat.actor, start: rank.start, end: cue.e, confidence: 0.7 }, null);
      prevCat = cat;
      prevKind = cue.kind;
      clauseStart = cue.e;
      continue;
    }
    // singular subjects: "a soldier was martyred", "the bomber was also killed", "both attackers died"
    const sm = /(?:^|[\s,;(])(both|all|(?:a|an|one|another|the|their|his|her|its)(?:\s+other)?)\s+((?:(?!and\s)[\w'-]+\s+){0,4}?)([\w'-]+)(?:,?\s+who)?\s+(?:(?:was|were|had been|has been|is|are|also|later|reportedly|himself|themselves|too)\s+){0,3}$/i.exec(windowText);
    if (sm && !/\b(?:number|toll|figure|total)\b/i.test(sm[0])) {
      const s2 = lo + sm.index + (sm[0].length - sm[0].trimStart().length);
      let cat = categorize(actors, s2, cue.s);
      // "A policeman guarding a polio team was shot dead": the subject is the first person named in the clause
      if (cat.category === "total") cat = categorize(actors, lo, cue.s);
      const det = sm[1].toLowerCase();
      const personLike = /^(?:a|an|one|another|their|his|her)/.test(det) && !NON_PERSON.test(sm[2] + sm[3]) && !/s$/i.test(sm[3]);
      if (cat.category !== "total" || personLike) {
        const value = det === "both" ? 2 : det === "all" ? null : det === "the" && /s$/.test(sm[3]) ? null : 1;
        // "the bomber was also killed"; "the policeman escorting him was injured": one named person, not a group
        if (det === "the" && cat.category !== "militants" && !(cat.category === "security_forces" && !/s\b/i.test(sm[2].split(/\s+/)[0] || sm[3]) && !/\band\b/i.test(sm[0]))) continue;
        if (/^(?:their|his|her|its)$/.test(det) && /s$/i.test(sm[3])) continue;
        push({ kind: cue.kind, value, category: cat.category, subset: false, more: /another|other/.test(det), toll: false, attacker: cat.category === "militants", actor: cat.actor, start: s2, end: cue.e, confidence: 0.7 }, null);
        // "A Pakistani soldier and a civilian were killed": the person named before "and" too
        const pair = /(?:^|[\s,;(])(?:a|an|one)\s+((?:[\w'-]+\s+){0,2}?[\w'-]+)\s+and\s+$/i.exec(text.slice(Math.max(clauseStart, start, s2 - 60), s2));
        if (pair && value === 1 && !/s$/i.test(pair[1]) && !NON_PERSON.test(pair[1])) {
          const p0 = s2 - pair[0].length + (pair[0].length - pair[0].trimStart().length);
          const cp = categorize(actors, p0, s2);
          if (cp.category !== "total") push({ kind: cue.kind, value: 1, category: cp.category, subset: false, more: cp.category === cat.category, toll: false, attacker: cp.category === "militants", actor: cp.actor, start: p0, end: cue.e, confidence: 0.65 }, null);
        }
        const along2 = /^\s*,?\s*(?:along with|together with|as well as)\s+/i.exec(text.slice(cue.e, Math.min(end, cue.e + 30)));
        const k2 = along2 ? numbers.find((x) => x.start === cue.e + along2[0].length) : undefined;
        if (k2 && k2.value !== null) {
          const e3 = nounPhraseEnd(text, k2.end, end);
          const c3 = categorize(actors, k2.end, Math.max(e3, k2.end + 1));
          push({ kind: cue.kind, value: k2.value, category: c3.category, subset: false, more: c3.category === cat.category, toll: false, attacker: c3.category === "militants", actor: c3.actor, start: k2.start, end: e3, confidence: 0.75 }, k2);
        }
        prevCat = cat;
        prevKind = cue.kind;
        clauseStart = cue.e;
      }
    }
  }
  return out;
}
