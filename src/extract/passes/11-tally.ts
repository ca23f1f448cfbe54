import type { Casualties } from "../../domain/index.js";
import type { CasualtyStatement } from "./07-casualties.js";
import type { Cluster } from "./09-assemble.js";
import { UNITS } from "../data/numbers.js";

/**
 * Pass 11: casualty totals of one incident, split into security forces, civilians and militants.
 * Revised tolls: the largest figure wins (tolls rise within a report), unless a figure is revised outright
 * ("revised down to nine", "eight, not eleven"): then the revision. Repeated counts of the same
 * people are not added up (the largest wins) unless the text says "more" or "other". Attackers who died
 * count as militants and in the total: "killing 12 people ... the bomber also died" gives 13, unless the
 * parts already add up to the stated total.
 */
export interface Tally {
  killed: Casualties;
  injured: Casualties;
  evidence: Record<string, Array<{ start: number; end: number }>>;
  confidence: Record<string, number>;
}

type Cat = "security_forces" | "civilians" | "militants";
const CATS: Cat[] = ["security_forces", "civilians", "militants"];

/**
 * The toll that counts: the largest told (tolls rise as the wounded die, and news copy recalls the earlier, lower
 * figures after the latest: "The toll stood at 44 on Sunday night"), unless a figure is revised outright ("revised down
 * to nine", "eight, not eleven"): then the latest revision, or a figure told after it that is not an earlier one.
 */
function tollWinner(st: CasualtyStatement[]): CasualtyStatement | null {
  let best: CasualtyStatement | null = null;
  let rev: CasualtyStatement | null = null;
  for (const s of st) {
    if (!s.toll || s.category !== "total" || s.value === null) continue;
    if (!best || s.value > best.value!) best = s;
    if (s.revised && (!rev || s.start >= rev.start)) rev = s;
  }
  if (!rev) return best;
  let after: CasualtyStatement | null = null;
  for (const s of st) {
    if (!s.toll || s.category !== "total" || s.value === null || s.start <= rev.start || s.superseded) continue;
    if (!after || s.value > after.value!) after = s;
  }
  return after ?? rev;
}

/**
 * A count of security forces told before counts of both states' forces that add up to it ("Firing on the border left at
 * least five troops dead. Three Pakistani soldiers were martyred; Kabul said two of its guards died"): a summary over
 * both sides, of neither side alone (the lede's "troops" read as the home side's would be added to the other side's figure).
 */
function bothSidesSummaries(st: CasualtyStatement[]): Set<CasualtyStatement> {
  const out = new Set<CasualtyStatement>();
  const sf = st.filter((s) => s.category === "security_forces" && s.actor && s.value !== null && !s.toll);
  if (!sf.some((s) => s.actor!.startsWith("AF_")) || !sf.some((s) => !s.actor!.startsWith("AF_"))) return out;
  for (const s of sf) {
    // (the sides' own counts add up to it: each side's largest)
    const later = sf.filter((x) => x.start > s.start && !x.more);
    const af = later.filter((x) => x.actor!.startsWith("AF_")).map((x) => x.value!);
    const pk = later.filter((x) => !x.actor!.startsWith("AF_")).map((x) => x.value!);
    if (af.length && pk.length && Math.max(...af) + Math.max(...pk) === s.value) out.add(s);
  }
  return out;
}

function tallyKind(statements: CasualtyStatement[], kind: "killed" | "injured", prefix: string, ev: Tally["evidence"], conf: Tally["confidence"]): Casualties {
  // additions ("three more", "another") apply after the counts they add to
  const st0 = statements.filter((s) => s.kind === kind && !s.more).concat(statements.filter((s) => s.kind === kind && s.more));
  // a count told as reported earlier ("Thirteen people had been reported wounded on Thursday") yields to the others told
  const st = st0.filter((s) => s.toll || !s.superseded || !st0.some((x) => x !== s && !x.superseded && x.value !== null && (x.category === s.category || s.category === "total")));
  const out: Casualties = { total: null, security_forces: null, civilians: null, militants: null };
  const parts: Record<Cat, number | null> = { security_forces: null, civilians: null, militants: null };
  const partEv: Record<Cat, Array<{ start: number; end: number }>> = { security_forces: [], civilians: [], militants: [] };
  let total: number | null = null;
  let totalEv: Array<{ start: number; end: number }> = [];
  let totalConf = 0;
  let tollSeen = false;
  const winner = tollWinner(st);
  const summary = bothSidesSummaries(st);
  const sides: Partial<Record<Cat, Record<string, number>>> = {};
  // a side's revised toll ("the number of soldiers killed rose to eight") is the least that side counts: later counts of
  // some of them ("five were killed on Friday; three more died overnight") do not bring it down
  const tollFloor: Partial<Record<Cat, { value: number; ev: { start: number; end: number } }>> = {};
  for (const s of st) {
    if (s.value === null) continue;
    if (s.category === "total") {
      // (an earlier figure recalled, "officials had given a toll of 18", is no more than a count told)
      if (s.toll && !winner?.superseded) {
        if (s === winner) {
          total = s.value;
          totalEv = [{ start: s.start, end: s.end }];
          totalConf = s.confidence;
        }
        tollSeen = true;
      } else if (!tollSeen) {
        if (total === null && s.more && CATS.some((c) => parts[c] !== null) && !st.some((x) => x.toll || x.subset)) {
          // "three policemen were killed ... two more died": the more add to the parts counted so far
          total = CATS.reduce((a, c) => a + (parts[c] ?? 0), 0) + s.value;
          totalEv = [...CATS.flatMap((c) => partEv[c]), { start: s.start, end: s.end }];
          totalConf = 0.7;
          // ("Two soldiers were martyred. Three more succumbed in hospital": of the one side told before)
          const told = CATS.filter((c) => parts[c] !== null);
          if (s.bare && told.length === 1) {
            parts[told[0]]! += s.value;
            partEv[told[0]].push({ start: s.start, end: s.end });
          }
        } else if (total === null) {
          total = s.value;
          totalEv = [{ start: s.start, end: s.end }];
          totalConf = s.confidence;
        } else if (s.more) {
          total += s.value;
          totalEv.push({ start: s.start, end: s.end });
        } else if (s.value > total) {
          total = s.value;
          totalEv = [{ start: s.start, end: s.end }];
          totalConf = s.confidence;
        }
      }
      continue;
    }
    if (s.toll) {
      // "the number of soldiers killed rose to 16": a revised part
      const c = s.category as Cat;
      parts[c] = Math.max(parts[c] ?? 0, s.value);
      partEv[c] = [{ start: s.start, end: s.end }];
      if (!s.superseded && s.value > (tollFloor[c]?.value ?? -1)) tollFloor[c] = { value: s.value, ev: { start: s.start, end: s.end } };
      continue;
    }
    const c = s.category as Cat;
    // the two states' forces are different people: "a Pakistani soldier ... two Afghan border guards" add up
    const side = c === "security_forces" && s.actor && !summary.has(s) ? (s.actor.startsWith("AF_") ? "AF" : "PK") : "";
    const key = side;
    const bySide = (sides[c] ??= {});
    if (bySide[key] === undefined) bySide[key] = s.value;
    else if (s.more) bySide[key] += s.value;
    else bySide[key] = Math.max(bySide[key], s.value);
    // unattributed counts ("" side) are the same people as an attributed one when there is only one side
    const named = Object.entries(bySide).filter(([k]) => k !== "");
    parts[c] = named.length >= 2 ? named.reduce((a, [, v]) => a + v, 0) : Math.max(...Object.values(bySide));
    const floor = tollFloor[c];
    if (floor && floor.value > parts[c]!) {
      parts[c] = floor.value;
      if (!partEv[c].some((e) => e.start === floor.ev.start)) partEv[c].unshift(floor.ev);
    }
    partEv[c].push({ start: s.start, end: s.end });
  }
  const attackerStated = st.some((s) => s.attacker && s.value !== null);
  // "killing eleven people including the bomber", "the figure includes the attacker": the attackers are in the total
  const attackerWithin = st.some((s) => s.category === "militants" && s.subset && s.value !== null);
  const sumParts = CATS.reduce((a, c) => a + (parts[c] ?? 0), 0);
  const anyPart = CATS.some((c) => parts[c] !== null);
  if (total === null) {
    if (anyPart) {
      total = sumParts;
      totalEv = CATS.flatMap((c) => partEv[c]);
      totalConf = 0.75;
    }
  } else if (anyPart) {
    const mil = parts.militants ?? 0;
    const victims = (parts.security_forces ?? 0) + (parts.civilians ?? 0);
    if (kind === "killed" && attackerStated && !attackerWithin && mil > 0 && victims <= total && victims + mil !== total && total + mil >= sumParts) {
      // a victims' figure plus attackers mentioned apart: "killing 26 people ... the bomber was also killed"
      total += mil;
      totalEv.push(...partEv.militants);
      totalConf = Math.min(totalConf, 0.7);
    } else if (sumParts > total && winner?.revised && CATS.every((c) => partEv[c].every((e) => e.start < winner.start))) {
      // a toll revised down after the parts were told ("eleven passengers died ... later said eight, not eleven"):
      // the revision stands, and a side counted alone is revised with it
      const told = CATS.filter((c) => parts[c] !== null);
      if (told.length === 1) parts[told[0]] = total;
    } else if (sumParts > total) {
      total = sumParts;
      totalEv.push(...CATS.flatMap((c) => partEv[c]));
      totalConf = Math.min(totalConf, 0.65);
    }
  }
  // "the rest were passengers"
  // ("every victim was a pilgrim", "all of them students": the whole remainder, even over a part counted before;
  // "26 people, among them 11 women": the people not named with a side are civilians too)
  const rest = st.find((s) => s.rest && !s.all) ?? st.find((s) => s.rest) ?? st.find((s) => s.civRest);
  if (rest && total !== null && rest.category !== "total") {
    const c = rest.category as Cat;
    const known = CATS.filter((x) => x !== c).reduce((a, x) => a + (parts[x] ?? 0), 0);
    if ((parts[c] === null || ((rest.all || rest.civRest) && parts[c]! < total - known)) && total - known > 0) {
      parts[c] = total - known;
      partEv[c].push({ start: rest.start, end: rest.end });
    }
  }
  out.total = total;
  for (const c of CATS) out[c] = parts[c];
  if (total !== null) {
    ev[`${prefix}.total`] = totalEv.slice(0, 4);
    conf[`${prefix}.total`] = +(totalConf || 0.6).toFixed(2);
  }
  for (const c of CATS) {
    if (parts[c] !== null) {
      ev[`${prefix}.${c}`] = partEv[c].slice(0, 4);
      conf[`${prefix}.${c}`] = 0.7;
    }
  }
  return out;
}

/**
 * Killed and injured of one incident. `civilianVictims`: the report names the victims as civilians
 * (worshippers, passengers, ...), so the dead who are neither security forces nor attackers are civilians ("targets":
 * only the people attacked were civilians, which says nothing of the rest when security forces died too).
 */
export function tally(c: Cluster, dropPlural: boolean, civilianVictims: "stated" | "targets" | null = null): Tally {
  const statements: CasualtyStatement[] = [];
  if (c.casualties) statements.push(...c.casualties);
  else
    for (const f of c.frames) {
      if (dropPlural && (f.plural || f.summary)) continue;
      // a group's own figure ("boasted of killing eleven soldiers") counts only when no one else gives one
      if (f.groupToll) {
        // ("Police said four militants were killed, while the TTP claimed its men killed 12": only the claim's clause is the group's)
        const span = f.groupTollSpan;
        const theirs = (x: CasualtyStatement) => !span || (x.start >= span.start && x.start < span.end);
        const own = (kind: string) =>
          c.frames.some((g) => !g.groupToll && g.casualties.some((x) => x.kind === kind && x.value !== null)) || f.casualties.some((x) => !theirs(x) && x.kind === kind && x.value !== null);
        statements.push(...f.casualties.filter((x) => !theirs(x) || !own(x.kind)));
        continue;
      }
      statements.push(...f.casualties);
    }
  // a figure the attackers' side claims counts only when the report gives no other of that kind, and never when it says
  // the claim was rejected or unverified
  if (statements.some((x) => x.claimed)) {
    const own = (kind: string) => statements.some((x) => !x.claimed && x.kind === kind && x.value !== null);
    // (a side's claim of the other's dead, "claiming that ten Pakistani soldiers had been killed", yields to a count of
    // those same people only: the two soldiers the other side names)
    const ownOf = (y: CasualtyStatement) => statements.some((x) => !x.claimed && x.kind === y.kind && x.value !== null && x.category === y.category);
    const kept = statements.filter((x) => !x.claimed || (x.hearsay ? !ownOf(x) : !x.contested && !own(x.kind)));
    statements.length = 0;
    statements.push(...kept);
  }
  // "seven others were injured ... Of the injured, four are soldiers and three civilians": a breakdown given
  // outright overrides the category guessed from the count before
  for (const kind of ["killed", "injured"] as const) {
    if (!statements.some((s) => s.kind === kind && s.subset && s.category !== "total")) continue;
    for (let i = 0; i < statements.length; i++) {
      const s = statements[i];
      if (s.kind === kind && s.inherited) statements[i] = { ...s, category: "total", actor: null, inherited: false };
    }
  }
  // "Four soldiers were wounded ... One of them later succumbed", "two of the injured died": deaths among the wounded
  // told before are more dead, of the wounded's side when the wounded are all of one side
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    if (!s.fromWounded || s.category !== "total") continue;
    const hurt = statements.filter((x) => x.kind === "injured" && x.value !== null && x.value > 0 && x.start < s.start && !x.subset);
    if (!hurt.length) continue;
    const sides = new Set(hurt.map((x) => x.category));
    const side = sides.size === 1 && !sides.has("total") ? hurt[0] : null;
    statements[i] = { ...s, subset: false, more: true, ...(side ? { category: side.category, actor: side.actor } : {}) };
  }
  // "killing three policemen ... Police had initially reported two deaths, but a third constable died of his wounds": a
  // person told by an ordinal is one more only while the people of that kind counted before fall short of the ordinal
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    if (!s.ordinal || !s.more) continue;
    const before = statements.filter((x) => x.kind === s.kind && x.start < s.start && x.value !== null && !x.more && !x.claimed && !x.superseded && (x.category === s.category || x.category === "total" || s.category === "total"));
    if (before.some((x) => x.value! >= s.ordinal!)) statements[i] = { ...s, more: false, bare: false };
  }
  // "Four policemen were martyred ... two of the injured died in hospital, bringing the toll to four": deaths told with
  // the toll they raise, when the dead counted before already reach that toll, are within it, not more on top of it
  // ("killing two soldiers ... two injured men later succumbed, taking the toll to four" still adds up to it)
  const toldBefore = (s: CasualtyStatement): number => {
    const best: Record<string, number> = {};
    for (const x of statements) {
      if (x.kind !== s.kind || x.start >= s.start || x.value === null || x.toll || x.more || x.subset || x.claimed) continue;
      best[x.category] = Math.max(best[x.category] ?? 0, x.value);
    }
    return Object.values(best).reduce((a, v) => a + v, 0);
  };
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    if (!s.more || s.toll) continue;
    const f = c.frames.find((g) => g.text && g.start <= s.start && s.end <= g.end);
    if (!f) continue;
    const within = statements.some((t) => {
      if (!t.toll || t.superseded || t.kind !== s.kind || t.value === null || s.value === null || t.value < s.value || t.start < f.start || t.end > f.end) return false;
      if (t.category !== "total" || toldBefore(s) < t.value) return false;
      if (t.start >= s.end) return RAISES_TOLL.test(f.text!.slice(s.end - f.start, t.start - f.start));
      return t.end <= s.start && TOLL_AFTER.test(f.text!.slice(t.end - f.start, s.start - f.start));
    });
    if (within) statements[i] = { ...s, more: false, fromWounded: false };
  }
  const evidence: Tally["evidence"] = {};
  const confidence: Tally["confidence"] = {};
  const killed = tallyKind(statements, "killed", "killed", evidence, confidence);
  const injured = tallyKind(statements, "injured", "injured", evidence, confidence);
  survivingWounded(c, statements, killed, injured, evidence);
  // ("17 people, including five Levies men", at a market: with security forces among the dead, the others are civilians
  // only when a sentence about the dead says so, "Apart from the policemen, the dead included shoppers")
  // (the hurt of such an attack too: "a grenade thrown into a shop wounded four people" are civilians; when forces were
  // among the dead or the hurt, only a sentence that says so makes the rest civilians)
  for (const [kind, cas] of [["killed", killed], ["injured", injured]] as const) {
    if (!civilianVictims || cas.total === null || cas.total <= 0 || cas.civilians !== null) continue;
    if (civilianVictims !== "stated" && (killed.security_forces !== null || (kind === "injured" && injured.security_forces !== null))) continue;
    const rest = cas.total - (cas.security_forces ?? 0) - (cas.militants ?? 0);
    if (rest > 0) {
      cas.civilians = rest;
      evidence[`${kind}.civilians`] = evidence[`${kind}.total`] ?? [];
      confidence[`${kind}.civilians`] = 0.55;
    }
  }
  // "Eleven people, including four children, were wounded", "four people, among them two women": people counted
  // with women or children among them, and no force or militant among them, are civilians
  const frames = [...c.frames, ...c.context];
  const said = (x: CasualtyStatement): string => {
    const f = frames.find((g) => g.text && g.start <= x.start && x.end <= g.end);
    return f ? f.text!.slice(x.start - f.start, x.end - f.start) : "";
  };
  for (const [kind, cas] of [["killed", killed], ["injured", injured]] as const) {
    if (cas.total === null || cas.civilians === null || cas.civilians >= cas.total || cas.security_forces !== null || cas.militants !== null) continue;
    const own = statements.filter((x) => x.kind === kind && x.value !== null);
    const sub = own.filter((x) => x.subset && x.category === "civilians");
    if (!sub.length || !sub.every((x) => CIVIL_GROUP.test(said(x))) || own.some((x) => !x.subset && x.category !== "total" && x.category !== "civilians")) continue;
    cas.civilians = cas.total;
    evidence[`${kind}.civilians`] = evidence[`${kind}.total`] ?? [];
    confidence[`${kind}.civilians`] = 0.55;
  }
  // "Three villagers were killed ... Four other people were wounded": the others wounded are of the dead's kind
  // when the dead are all civilians
  if (injured.total !== null && injured.total > 0 && injured.security_forces === null && injured.civilians === null && injured.militants === null && killed.civilians !== null && killed.civilians > 0 && killed.security_forces === null && killed.militants === null) {
    const inj = statements.filter((x) => x.kind === "injured" && x.value !== null);
    if (inj.length && inj.every((x) => x.category === "total" && OTHERS.test(said(x)))) {
      injured.civilians = injured.total;
      evidence["injured.civilians"] = evidence["injured.total"] ?? [];
      confidence["injured.civilians"] = 0.5;
    }
  }
  // "No one was hurt": with no one dead or hurt at all, no one of any side was
  for (const [kind, cas] of [["killed", killed], ["injured", injured]] as const) {
    if (cas.total !== 0) continue;
    for (const k of CATS) {
      if (cas[k] !== null) continue;
      cas[k] = 0;
      evidence[`${kind}.${k}`] = evidence[`${kind}.total`] ?? [];
      confidence[`${kind}.${k}`] = confidence[`${kind}.total`] ?? 0.6;
    }
  }
  return { killed, injured, evidence, confidence };
}

/**
 * "Two constables were killed and three wounded. One of the wounded died on Thursday, bringing the toll to three":
 * the wounded who died are counted with the dead, so the wounded are those still alive (two), and a count of the
 * survivors told after the deaths ("the two other injured men were out of danger", "the remaining 15 were stable",
 * "the other three remain under treatment") is the wounded figure. Only when the wounded were counted before those
 * deaths: with a count of dead that falls short of the dead counted in the end ("two constables had been martyred and
 * three injured"), or with none, when the deaths add to the dead told before. A count of wounded told with the final dead
 * ("Four were martyred and five injured ... two of the injured succumbed, bringing the toll to four") stays.
 */
function survivingWounded(c: Cluster, statements: CasualtyStatement[], killed: Casualties, injured: Casualties, ev: Tally["evidence"]): void {
  if (injured.total === null || injured.total <= 0 || killed.total === null) return;
  const hurt = statements.filter((x) => x.kind === "injured" && x.value !== null && x.value > 0 && !x.subset);
  if (!hurt.length) return;
  const frameOf = (x: CasualtyStatement) => c.frames.find((f) => f.start <= x.start && x.end <= f.end);
  const before = (d: CasualtyStatement): boolean => {
    const h = hurt.filter((x) => x.start < d.start).pop();
    if (!h) return false;
    const f = frameOf(h);
    const k = f ? statements.find((x) => x.kind === "killed" && x !== d && !x.toll && !x.woundedDeath && x.value !== null && x.start >= f.start && x.end <= f.end) : undefined;
    if (!k) return d.more;
    const final = k.category === "total" ? killed.total : (killed[k.category as Cat] ?? killed.total);
    return final !== null && k.value! < final;
  };
  const deaths = statements.filter((x) => x.kind === "killed" && x.woundedDeath && x.value !== null && x.value > 0 && before(x));
  if (!deaths.length) return;
  const first = Math.min(...deaths.map((d) => d.start));
  let alive: number | null = null;
  let aliveEv: { start: number; end: number } | null = null;
  for (const f of c.frames) {
    if (!f.text || f.end <= first) continue;
    for (const m of f.text.matchAll(SURVIVORS)) {
      const at = f.start + m.index!;
      if (at < first) continue;
      const v = countWord(m[1] ?? m[2]);
      if (v !== null && v < injured.total) {
        alive = v;
        aliveEv = { start: at, end: at + m[0].length };
      }
    }
  }
  const died = Math.max(...deaths.map((d) => d.value!));
  const next = alive ?? injured.total - died;
  if (next < 0 || next >= injured.total) return;
  const parts = CATS.filter((k) => injured[k] !== null);
  if (parts.length === 1 && injured[parts[0]] === injured.total) injured[parts[0]] = next;
  else {
    const side = deaths[0].category;
    if (side !== "total" && injured[side] !== null) injured[side] = Math.max(0, injured[side]! - (injured.total - next));
  }
  injured.total = next;
  if (aliveEv) ev["injured.total"] = [aliveEv, ...(ev["injured.total"] ?? [])].slice(0, 4);
}

const NUM_WORD = "\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";
/** Survivors among the wounded: "the two other injured men", "the remaining 15", "the other three remain under treatment". */
const SURVIVORS = new RegExp(`\\bthe\\s+(?:(${NUM_WORD})\\s+(?:other|remaining|surviving)|(?:other|remaining)\\s+(${NUM_WORD}))\\b(?![^.;]{0,40}?\\b(?:killed|dead|died|martyred|missing|abducted))(?=[^.;]{0,40}?\\b(?:injured|wounded|hurt|remain(?:ed|s)?|recovering|stable|out of danger|under treatment|being treated|in hospital|discharged))`, "gi");
function countWord(w: string): number | null {
  if (/^\d+$/.test(w)) return +w;
  return UNITS[w.toLowerCase()] ?? (w.toLowerCase() === "twenty" ? 20 : null);
}

/** Between deaths and the toll they raise: "..., bringing the toll to four", "... which took the number of dead to 12". */
const RAISES_TOLL = /^[^.;]{0,80}?\b(?:bringing|taking|raising|pushing|lifting|putting|(?:which|that) (?:brought|took|raised|pushed|lifted|put))\b[^.;]{0,40}$/i;
/** Between a toll and the deaths that raised it: "rose to 15 on Monday night after three more ... died". */
const TOLL_AFTER = /^[^.;]{0,50}?\b(?:after|as|when|with)\s+(?:(?:another|a further|the)\s+)?$/i;
const CIVIL_GROUP = /\b(?:women|woman|children|child|girls?|boys?|minors?|infants?|babies|toddlers?|elderly|students|schoolchildren|worshipp?ers|passengers)\b/i;
const OTHERS = /\b(?:others?|other (?:people|persons|villagers|residents)|more (?:people|persons))\b/i;
