import type { ExtractedIncident, InputDoc, Span } from "../domain/index.js";
import type { Geocoder } from "../geo/api.js";
import { findActors, type ActorMention } from "./actors.js";
import { FALL_OF_KABUL } from "./data/actors.js";
import { gated } from "./gate.js";
import { normalise, spanToOriginal, type Normalised } from "./passes/01-normalise.js";
import { segment } from "./passes/02-sentences.js";
import { findNumbers } from "./passes/03-numbers.js";
import { findDates } from "./passes/04-dates.js";
import { findPlaceRefs, findTitlePlaces } from "./passes/05-places.js";
import { findCues } from "./passes/06-cues.js";
import { buildFrames, inRange, type Frame, type PlaceRef } from "./passes/08-frames.js";
import { arrestOnly, assemble, bestPlace, DEFINITE, splitByPlace, type Cluster } from "./passes/09-assemble.js";
import { classify, leadPerpetrators } from "./passes/10-classify.js";
import { tally } from "./passes/11-tally.js";
import { crossingSide } from "./passes/crossing-side.js";

/** Everything the passes read from one report, for the claims pass and for debugging. */
export interface Reading {
  norm: Normalised;
  frames: Frame[];
  clusters: Cluster[];
  incidents: ExtractedIncident[];
  /** `findActors(norm.text)` as the lexicon found them (before any pass changed them): the claims pass's, when normalisation changed nothing. */
  actors: ActorMention[];
}

/** Runs passes 01–11 over one document. Offsets in the returned incidents refer to `doc.text`. */
export function readReport(doc: InputDoc, geocoder: Geocoder | null): Reading {
  const norm = normalise(doc.text);
  const text = norm.text;
  const published = doc.published ?? null;
  const { sentences } = segment(text);
  const dates = findDates(text, published);
  // a number inside a date ("June 29", "4 August") counts nobody
  const numbers = findNumbers(text).filter((n) => !dates.some((d) => d.anchor === "abs" && d.start <= n.start && d.end >= n.end));
  const found = findActors(text, { date: published });
  const actors = speakersOwnForces(text, sentences, resistanceRebels(text, statementMujahideen(text, sideOfSpeaker(text, sentences, found, published), published), published), published);
  const cues = findCues(text);
  // a place inside an actor's name ("Balochistan Liberation Army", "FC Balochistan") is not a location
  const titlePlaces = geocoder ? findTitlePlaces(doc.title, geocoder, { date: published }) : [];
  const places = (geocoder ? findPlaceRefs(text, geocoder, { date: published, titlePlaces }) : []).filter(
    (p) => !inRange(actors, p.mention.start - 60, p.mention.end + 80).some((a) => a.start <= p.mention.start && a.end >= p.mention.end && a.id !== "CIVILIANS"),
  );
  const frames = buildFrames({ text, sentences, numbers, dates, actors, cues, places });
  const clusters = assemble(frames, { published }, text).flatMap((c) => splitByPlace(c, text));
  const toOrig = (s: Span): Span => spanToOriginal(norm, s.start, s.end);
  const incidents: ExtractedIncident[] = [];
  for (const c of clusters) releasedAbduction(c, text, frames);
  const noViolence = new Set(clusters.filter((c) => arrestOnly(c, text)));
  const main = clusters.filter((c) => !c.background && !noViolence.has(c));
  const claims = assignClaims(text, frames, clusters);
  const docAir = cues.some((c) => c.sub === "Air/drone strike");
  const leadPerp = main.length >= 2 ? leadPerpetrators(text, frames) : null;
  let lastPlace: PlaceRef | null = null;
  const told: Array<{ country: string | null; sub: string; perpetrators: string[]; targets: string[] }> = [];
  // the frames some incident holds (its own or its context)
  const held = clusters.flatMap((c) => [...c.frames, ...c.context]);
  // the dateline's place ("BANNU: ..."), when the first sentence opens with one
  const datelinePlace = bestPlace((frames[0]?.places ?? []).filter((p) => p.weight === 0 && p.mention.start < 40 && !STATEMENT_CAPITALS.test(p.mention.text)), 0);
  for (const [ci, c] of clusters.entries()) {
    // arrests, raids and searches with no violence: an incident of their own (Strategic developments / Arrests) when
    // the report tells them as its event, not as the follow-up or the past of another
    const arrests = noViolence.has(c);
    // (held by the state's forces: a group "detaining" men is abducting them)
    if (arrests && (c.background || !c.frames.some((f) => f.actors.some((a) => STATE_FORCE.test(a.id))))) continue;
    // deaths with no conflict cue in an accident or disaster ("their helicopter crashed", "drowned") are not incidents
    if (c.frames.every((f) => f.cues.length === 0) && c.frames.some((f) => ACCIDENT.test(f.text ?? ""))) continue;
    // an incident told with no place of its own (a protest after the attack, "by evening, traders blocked the road") is
    // where the incident before it was
    // ... and a report whose text names no place at all happened where its title says ("Blast in Kurram kills two")
    const fromText: PlaceRef | null = c.place ?? fallbackPlace(c, text, datelinePlace) ?? (main.length === 1 ? fallbackPlace({ ...c, frames: frames }, text, datelinePlace) : null) ?? (!c.background ? lastPlace : null);
    // (a crossing that the report places on its Afghan side is the Afghan district across the gate)
    const place: PlaceRef | null = crossingSide(fromText ?? (!c.background && !places.length ? titlePlace(titlePlaces) : null), c.frames, c.context, text, geocoder);
    if (place && !c.background) lastPlace = place;
    const country = place?.res.country ?? guessCountry(text, actors);
    const cls = classify(text, c, { country, source: doc.source, published, claimed: claims[ci].claimed, denied: claims[ci].denied, blamed: claims[ci].blamed, docAir, leadPerpetrators: leadPerp, leadIn: leadIn(c, sentences, held, actors), docActors: actors, arrests, several: main.length >= 2, otherHeld: clusters.filter((o) => o !== c && !o.background).flatMap((o) => [...o.frames, ...o.context]) });
    // "The shelling resumed a day later in Sarkano": the same side's fire, carried on into a new place or day
    const prev = [...told].reverse().find((p) => p.sub === cls.sub && p.country === country);
    // "detained three men suspected of sheltering the gunmen" after an attack the ISKP claimed: the men held for the
    // incident told before are taken as of the one group that incident names (its attackers, or those its raid was on)
    const ownText = () => c.frames.map((f) => f.text ?? "").join(" ");
    const unnamed = cls.targets.length === 1 && cls.targets[0] === "MILITANTS";
    if (unnamed && cls.sub === "Arrests" && HELD_FOR.test(ownText())) cls.targets = groupToldBefore(told, country, true) ?? cls.targets;
    // "troops killed three more militants who had been part of the group that attacked the checkpost": a force's
    // follow-up on an attack told before hit the group that attack names as its attackers
    if (unnamed && cls.sub !== "Arrests" && cls.perpetrators.length > 0 && cls.perpetrators.every((p) => PK_FORCE_IDS.test(p)) && PART_OF_ATTACKERS.test(ownText()))
      cls.targets = groupToldBefore(told, country, false) ?? cls.targets;
    if (!c.background) told.push({ country, sub: cls.sub, perpetrators: cls.perpetrators, targets: cls.targets });
    if (prev && !cls.perpetrators.length && cls.perpKnown && prev.perpetrators.length && !claims[ci].claimed.size && CONTINUED.test(c.frames[0]?.text ?? "")) {
      cls.perpetrators = [...prev.perpetrators];
      cls.perpConfidence = 0.5;
    }
    const t = tally(c, main.length >= 2, civilianVictims(c, cls.targets));
    if (untold(c, cls.sub, text)) continue;
    const fe: Record<string, Span[]> = {};
    const conf: Record<string, number> = {};
    // the incident's own sentences, then the claims and denials about it (the claims pass links them by these spans)
    const evidence = [...c.frames, ...claims[ci].frames.filter((f) => !c.frames.includes(f))].map((f) => toOrig({ start: f.start, end: f.end }));
    if (c.dateMention) fe.date = [toOrig(c.dateMention)];
    conf.date = c.dateMention ? (c.dateMention.anchor === "prev" ? 0.7 : 0.85) : c.date ? 0.3 : 0;
    if (place) {
      // (a place of the title has no span in the text)
      const pe = fromText ? [toOrig(place.mention)] : [];
      fe.country = pe;
      fe.adm1 = pe;
      fe.adm2 = pe;
      fe.place = pe;
      if (place.res.lat != null) {
        fe.lat = pe;
        fe.lon = pe;
      }
      const pc = +(place.res.confidence * (place.weight === 2 ? 1 : 0.6)).toFixed(2);
      conf.country = Math.max(pc, 0.6);
      conf.adm1 = pc;
      conf.adm2 = place.res.adm2 ? pc : 0;
      conf.place = pc;
      if (place.res.lat != null) {
        // coordinates are the gazetteer's for the place named; a district seat stands in for a district
        conf.lat = conf.lon = +(pc * (place.res.precision === 1 ? 1 : 0.6)).toFixed(2);
      }
    } else conf.country = 0.4;
    fe.sub_event_type = cls.subEvidence.map(toOrig);
    fe.event_type = fe.sub_event_type;
    conf.sub_event_type = +cls.subConfidence.toFixed(2);
    conf.event_type = Math.min(1, +(cls.subConfidence + 0.1).toFixed(2));
    fe.perpetrators = cls.perpEvidence.map(toOrig);
    conf.perpetrators = +cls.perpConfidence.toFixed(2);
    conf.targets = +cls.targetConfidence.toFixed(2);
    fe.targets = cls.targetEvidence.map(toOrig);
    for (const [k, v] of Object.entries(t.evidence)) fe[k] = v.map(toOrig);
    for (const [k, v] of Object.entries(t.confidence)) conf[k] = v;
    const core = [conf.date, conf.adm2 ?? 0, conf.sub_event_type];
    conf.incident = +Math.min(0.95, 0.3 + core.reduce((a, b) => a + b, 0) / 5 + (t.killed.total !== null ? 0.1 : 0)).toFixed(2);
    const inc: ExtractedIncident = {
      date: c.date,
      country,
      adm1: place?.res.adm1 ?? null,
      adm2: place ? pressSpelling(place, places) : null,
      place: place ? place.res.place ?? place.mention.text : null,
      lat: place?.res.lat ?? null,
      lon: place?.res.lon ?? null,
      event_type: cls.event,
      sub_event_type: cls.sub,
      perpetrators: cls.perpetrators,
      targets: cls.targets,
      killed: t.killed,
      injured: t.injured,
      evidence,
      date_precision: c.date ? "day" : c.datePrecision,
      field_evidence: fe,
      confidence: conf,
    };
    if (c.fronts) {
      // fought at many points along the border: the country only (the first front named is not where it happened)
      Object.assign(inc, { adm1: null, adm2: null, place: null, lat: null, lon: null });
      for (const k of ["adm1", "adm2", "place", "lat", "lon"]) delete fe[k];
      conf.adm1 = conf.adm2 = 0;
    }
    if (place && !c.fronts) inc.geo_precision = place.res.precision;
    if (place?.res.adm2 && inc.adm2 && inc.adm2 !== place.res.adm2) inc.adm2_gazetteer = place.res.adm2;
    if (c.background) inc.background = true;
    if (!cls.perpKnown) {
      // the report leaves it open: say so with an empty list and a low confidence
      inc.perpetrators = [];
      conf.perpetrators = 0.2;
    }
    incidents.push(inc);
  }
  return { norm, frames, clusters, incidents, actors: found };
}

/** An incident told as the one before carried on: "The shelling resumed", "the firing continued into Sarkano". */
const CONTINUED = gated(/^\W*(?:[\w-]+\W+){0,6}?(?:the|this|that) (?:shelling|firing|bombardment|rocket fire|mortar fire|cross-border fire|rocket and mortar fire|barrage) (?:[\w-]+ ){0,2}?(?:resumed|continued|restarted|went on|spread|started again|began again)\b/i);
const RELEASE = /\b(?:released|freed|set free|let go|secured (?:the )?(?:release|freedom)|returned home|(?:was|were) recovered|rescued|reunited)\b/i;
const NUM_DAYS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fortnight: 14 };
const SPAN = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})\\s+(days?|weeks?|months?)";
const SPAN_AFTER_BEFORE = new RegExp(`\\b${SPAN}\\s+after\\s+(?:[\\w'-]+\\s+){0,5}$`, "i");
const SPAN_EARLIER_AFTER = new RegExp(`^[^.;]{0,80}?\\b${SPAN}\\s+(?:earlier|before|previously)\\b`, "i");
function shift(day: string, m: RegExpExecArray): string | null {
  const n = /^\d/.test(m[1]) ? Number(m[1]) : NUM_DAYS[m[1].toLowerCase()];
  if (!n) return null;
  const unit = m[2].toLowerCase();
  if (unit.startsWith("month")) return null;
  const days = unit.startsWith("week") ? n * 7 : n;
  return new Date(Date.parse(day + "T00:00:00Z") - days * 86400000).toISOString().slice(0, 10);
}
/**
 * A release story ("freed on Wednesday, a week after armed men seized them near Jandola", "released ... whom they had
 * picked up three days earlier"): the abduction told inside it is the incident, on the day it happened, counted
 * back from the release day (or the day its own clause names). The release itself is no incident.
 */
function releasedAbduction(c: Cluster, text: string, frames: Frame[]): void {
  const f = c.frames[0];
  const cue = f?.cues.filter((q) => q.sub === "Abduction/forced disappearance").pop();
  if (!cue) return;
  // "freed on Wednesday, | a week after armed men seized them": the release told in the clause before, same sentence
  const prev = c.background ? frames.find((p) => p.end <= f.start && f.start - p.end <= 3 && p.sentence === f.sentence) : undefined;
  if (!RELEASE.test(f.text ?? "") && !(prev && RELEASE.test(prev.text ?? ""))) return;
  // ("released on Wednesday" reads as a reporting date: here it is the release day)
  const own = [...(prev?.dates ?? []), ...f.dates].filter((d) => d.date && (!d.reporting || RELEASE.test(text.slice(Math.max(0, d.start - 30), d.start))));
  const release = own.find((d) => d.end <= cue.start) ?? null;
  const after = own.find((d) => d.start >= cue.end && d !== release) ?? null;
  const day = release?.date ?? c.date;
  let date: string | null = null;
  let mention = null;
  const back = day ? SPAN_AFTER_BEFORE.exec(text.slice(Math.max(f.start, cue.start - 60), cue.start)) ?? SPAN_EARLIER_AFTER.exec(text.slice(cue.end, f.end)) : null;
  if (back && day) date = shift(day, back);
  else if (after && after.date !== day) {
    date = after.date;
    mention = after;
  }
  if (!date) return;
  c.date = date;
  c.dateMention = mention;
  c.datePrecision = "day";
  c.background = false;
}

/** The one district (or province) a title names; null when it names none or several. */
function titlePlace(refs: PlaceRef[]): PlaceRef | null {
  const best = bestPlace(refs, 2);
  if (!best) return null;
  return refs.every((r) => r.res.country === best.res.country && r.res.adm1 === best.res.adm1 && (!r.res.adm2 || !best.res.adm2 || r.res.adm2 === best.res.adm2)) ? best : null;
}

/**
 * The sentences of the paragraph right before an incident's first frame that no incident holds ("Troops
 * surrounded a compound near Mir Ali on Friday." before "The militants opened fire ..."): the move that
 * began it, when the cue words come only after it. At most two sentences.
 */
function leadIn(c: Cluster, sentences: Array<{ start: number; end: number; paragraph: number }>, held: Frame[], actors: ActorMention[]): { start: number; end: number; actors: ActorMention[] } | null {
  if (!c.frames.length) return null;
  const first = c.frames.reduce((a, b) => (b.start < a.start ? b : a));
  let k = sentences.findIndex((s) => s.end > first.start);
  if (k < 0) return null;
  let start = sentences[k].start;
  for (let n = 0; n < 2 && k > 0; n++) {
    const s = sentences[k - 1];
    if (s.paragraph !== first.paragraph || held.some((f) => f.start < s.end && f.end > s.start)) break;
    start = s.start;
    k--;
  }
  // never into another incident's clause of the same sentence
  for (const f of held) if (f.end <= first.start && f.end > start) start = f.end;
  if (start >= first.start) return null;
  return { start, end: first.start, actors: inRange(actors, start, first.start) };
}

const ALL_EXPLICIT = /\b(?:both|all(?: the)?(?: \w+)?|the two|the three|either|these) (?:attacks|bombings|assaults|incidents|blasts|explosions|strikes|raids)\b/i;
/** "carried out operations in both areas", "behind the killings in the two districts": every incident told. */
const BOTH_PLACES = /\b(?:both|the two|all three|all four) (?:areas|districts|places|locations|towns|villages|operations|killings|ambushes)\b/i;
const ALL_INCIDENTS = gated(/\b(?:both|all(?: the)?(?: \w+)?|the two|the three|either|these|the) (?:attacks|bombings|assaults|incidents|blasts|explosions|strikes|raids)\b/i);

/**
 * Which incident each responsibility claim or denial is about: the one whose place it names, all of them
 * when it says "both attacks", else the incident it follows.
 */
function assignClaims(text: string, frames: Frame[], clusters: Cluster[]): Array<{ claimed: Set<string>; denied: Set<string>; blamed: Set<string>; frames: Frame[] }> {
  const out = clusters.map(() => ({ claimed: new Set<string>(), denied: new Set<string>(), blamed: new Set<string>(), frames: [] as Frame[] }));
  if (!clusters.length) return out;
  const owner = new Map<Frame, number>();
  clusters.forEach((c, i) => {
    for (const f of c.frames) owner.set(f, i);
    for (const f of c.context) owner.set(f, i);
  });
  frames.forEach((f, fi) => {
    if (!f.claimBy.length && !f.deniedBy.length && !f.blamed.length) return;
    let targets: number[] = [];
    const ftext = text.slice(f.start, f.end);
    // "The BRG claimed the track blast; nobody owned the Kohlu attack": only the claim's own clause speaks for it
    const clause = claimClause(text, f);
    const places = clause ? f.places.filter((p) => p.mention.start >= clause.start && p.mention.end <= clause.end) : f.places;
    // ("said it carried out the attacks in Turbat and Panjgur": the attacks of the places it names, not every one told)
    const bareThe = !ALL_EXPLICIT.test(ftext) && places.some((p) => p.res.adm2);
    if (clusters.length > 1 && (ALL_INCIDENTS.test(ftext) || BOTH_PLACES.test(ftext)) && !bareThe && !/\b(?:the|this) (?:attack|bombing|assault|blast)\b/i.test(ftext)) targets = clusters.map((_, i) => i);
    if (!targets.length && places.length) {
      // each place the claim names: the incidents there (when the lead sentence that tells every incident gave one of
      // them its place, the incident told there in a paragraph of its own)
      const leadEnd = text.indexOf("\n\n");
      for (const p of places) {
        let at = clusters.map((c, i) => (c.place && p.res.adm2 && p.res.adm2 === c.place.res.adm2 && (!p.local || !c.place.local || p.mention.text === c.place.mention.text || p.res.place === c.place.res.place) ? i : -1)).filter((i) => i >= 0);
        // ("the attacks in Turbat and Panjgur" when the Panjgur incident was placed at a village of the district: the one
        // incident there, as for "claimed the Quetta raid"; not a place told in passing, "claimed the blast, and trains to
        // Quetta were suspended")
        const modifier = /^\s+(?:[\w-]+\s+)?(?:attack|raid|blast|bombing|ambush|assault|strike|killing|explosion)s?\b/i.test(text.slice(p.mention.end, p.mention.end + 30));
        if (!at.length && p.res.adm2 && (ALL_INCIDENTS.test(ftext) || modifier)) {
          const district = clusters.map((c, i) => (c.place && c.place.res.adm2 === p.res.adm2 ? i : -1)).filter((i) => i >= 0);
          if (district.length === 1) at = district;
        }
        const own = at.filter((i) => leadEnd < 0 || clusters[i].place!.mention.start > leadEnd);
        for (const i of own.length && own.length < at.length ? own : at) if (!targets.includes(i)) targets.push(i);
      }
      targets.sort((a, b) => a - b);
      // ("The TTP claimed the Lakki attack": the incident the report tells in that district, and holds the claim in, before
      // an older one it recalls there, "Last month, an attack in the Pezu area of Lakki Marwat")
      const o = owner.get(f);
      const sameDistrict = o !== undefined && !clusters[o].background && places.some((p) => p.res.adm2 && p.res.adm2 === clusters[o].place?.res.adm2);
      if (sameDistrict && targets.every((t) => t === o || clusters[t].background)) targets = [o!];
      else if (targets.some((t) => !clusters[t].background)) targets = targets.filter((t) => !clusters[t].background);
    }
    // (also when the places it names are no incident's own place: "claimed the Bannu raid" of a raid placed at a village)
    if (!targets.length && clusters.length > 1) {
      // "claimed the tower attack and the abduction of the Levies men": each attack it names, where one incident tells it
      // (a lead that tells every incident in one sentence names them all: then only the incidents' own paragraphs count)
      for (const word of claimedNouns(clause ? text.slice(clause.start, clause.end) : ftext)) {
        const named = new RegExp(`\\b(?:${word})`, "i");
        const find = (p0: boolean) => clusters.map((c, i) => ([...c.frames].some((x) => x !== f && (p0 || x.paragraph > 0) && named.test(x.text ?? "")) ? i : -1)).filter((i) => i >= 0);
        let hits = find(true);
        if (hits.length > 1) hits = find(false);
        if (hits.length === 1 && !targets.includes(hits[0])) targets.push(hits[0]);
      }
    }
    if (!targets.length) {
      let o = owner.get(f);
      if (o === undefined) {
        for (let k = fi - 1; k >= 0 && o === undefined; k--) o = owner.get(frames[k]);
      }
      // "The strikes came two days after a suicide bomber rammed a convoy in North Waziristan. The TTP claimed responsibility
      // for that attack.": "that attack" names back the older incident the sentence before told, not the report's own
      if (o !== undefined && !clusters[o].background && THAT_ACT.test(clause ? text.slice(clause.start, clause.end) : ftext)) {
        for (let k = fi - 1; k >= 0; k--) {
          const b = owner.get(frames[k]);
          if (b === undefined || !clusters[b].frames.includes(frames[k])) continue;
          if (clusters[b].background) o = b;
          break;
        }
      }
      // "The BLA also claimed this blast.": the incident last told before it that was a blast, when the one it follows was not
      const kind = BLAST_NOUN.test(clause ? text.slice(clause.start, clause.end) : ftext) ? BLAST_SUBS : null;
      if (kind && o !== undefined && !clusters[o].frames.some((x) => x.cues.some((q) => kind.has(q.sub)))) {
        for (let k = fi - 1; k >= 0; k--) {
          const b = owner.get(frames[k]);
          if (b !== undefined && clusters[b].frames.includes(frames[k]) && frames[k].cues.some((q) => kind.has(q.sub))) {
            o = b;
            break;
          }
        }
      } else if (kind && o !== undefined && f.paragraph === 0 && !clusters[o].frames.some((x) => x !== f && x.cues.some((q) => kind.has(q.sub)))) {
        // "... as shelling from across the border and a bombing claimed by the Islamic State group tested the calm": a
        // lead's claim of a blast whose incident is told later, when the incident holding the lead is no blast itself
        const later = clusters.map((c, i) => (!c.background && i !== o && c.frames.some((x) => x.start > f.end && x.cues.some((q) => kind.has(q.sub))) ? i : -1)).filter((i) => i >= 0);
        if (later.length === 1) o = later[0];
      }
      targets = [o ?? 0];
    }
    // "In the same message, the TTP spokesman denied any role in last week's bombing": a denial of an older act leaves
    // the claim of this one standing (the rest of the sentence says which act it is about)
    const sentEnd = text.slice(f.end, f.end + 200).search(/[.;](?:\s|$)/);
    const older = f.deniedBy.length > 0 && OLDER_ACT.test(text.slice(f.start, sentEnd < 0 ? f.end + 200 : f.end + sentEnd));
    for (const t of targets) {
      out[t].frames.push(f);
      for (const g of f.claimBy) out[t].claimed.add(g);
      for (const g of f.deniedBy) if (!older) out[t].denied.add(g);
      for (const g of f.blamed) out[t].blamed.add(g);
    }
  });
  return out;
}

/** The clause of a claim frame that holds the claiming group, when the frame has several clauses. */
function claimClause(text: string, f: Frame): { start: number; end: number } | null {
  const ids = new Set(f.claimBy.length ? f.claimBy : f.deniedBy.length ? f.deniedBy : f.blamed);
  const a = f.actors.find((x) => ids.has(x.id));
  if (!a) return null;
  const t = text.slice(f.start, f.end);
  const cuts = [0];
  for (const m of t.matchAll(/;|,?\s+(?:but|while|whereas)\s+|\.\s+(?=[A-Z])/g)) cuts.push(m.index!);
  if (cuts.length === 1) return null;
  cuts.push(t.length);
  const at = a.start - f.start;
  for (let k = 0; k + 1 < cuts.length; k++) if (at >= cuts[k] && at < cuts[k + 1]) return { start: f.start + cuts[k], end: f.start + cuts[k + 1] };
  return null;
}

const GENERIC_NOUN = /^(?:the|this|that|its|their|both|latest|recent|deadly|brazen|twin|first|second|last|early|late|morning|evening|night|attack|attacks|blast|bombing|assault|strike|incident|killing|killings|ambush|responsibility|credit|for|\w+day's|\w+day)$/i;
const BLAST_NOUN = /\b(?:claimed|owned)\s+(?:responsibility\s+for\s+)?(?:this|that|the)\s+(?:blast|explosion|bombing)\b|\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:blast|explosion|bombing|bomb attack)\s+(?:that was\s+|which was\s+)?(?:later\s+|since\s+)?claimed\s+by\b/i;
/** An act named back as an older one: "that attack", "the earlier bombing". */
const THAT_ACT = /\b(?:that|the earlier|the previous|the former) (?:[\w-]+ )?(?:attack|bombing|blast|assault|ambush|killing|explosion|raid)\b/i;
/** A denial told of an older act than the one it is read with: "denied any role in last week's bombing at a market". */
const OLDER_ACT = /\b(?:last (?:week|month|year)|the previous (?:day|week|month)|(?:earlier|previous|past|recent|other) (?:attacks?|bombings?|blasts?|killings?|incidents?)|(?:an?|the) (?:earlier|previous) (?:[\w-]+ )?(?:attack|bombing|blast|killing|incident))\b/i;
const BLAST_SUBS = new Set(["Remote explosive/landmine/IED", "Suicide bomb", "Grenade"]);
/** An act named by its own noun, without a word saying which one: what the incident's sentences call it. */
const ACT_STEMS: Record<string, string> = { abduction: "abduct|kidnap", kidnapping: "abduct|kidnap", hijacking: "hijack", torching: "torch|set fire|set alight", arson: "torch|set fire|set alight" };
/**
 * "claimed the track blast", "claimed responsibility for the bus bombing", "claimed the tower attack and the abduction of
 * the Levies men": the words that say which attacks (a stem to look for in the incidents' sentences), first to last.
 */
function claimedNouns(clause: string): string[] {
  const m = /\b(?:claimed|owned|took responsibility for|accepted responsibility for)\s+(?:responsibility\s+for\s+|credit\s+for\s+)?(?=(?:the|this|that)\s)/i.exec(clause);
  if (!m) return [];
  const rest = clause.slice(m.index + m[0].length);
  const out: string[] = [];
  // the first attack named, then any joined to it by "and" ("... and the abduction of ...")
  const re = /^(?:\s*(?:,|and|as well as)\s+)?(?:the|this|that)\s+((?:[\w-]+\s+){0,2}?)(attack|blast|bombing|assault|strike|ambush|killing|explosion|raid|abduction|kidnapping|hijacking|torching|arson)s?\b(?:\s+(?:of|on|at|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?=,|and\b|$|in\s|on\s))?/i;
  let r = rest;
  for (let n = 0; n < 4; n++) {
    const x = re.exec(r);
    if (!x) break;
    const words = x[1].trim().split(/\s+/).filter((w) => w && !GENERIC_NOUN.test(w) && w.length >= 3);
    if (words.length) out.push(words[words.length - 1].replace(/[^\w-]/g, "").slice(0, 6));
    else if (ACT_STEMS[x[2].toLowerCase()]) out.push(ACT_STEMS[x[2].toLowerCase()]);
    r = r.slice(x[0].length);
    const j = /^[^,.;]*?(?=\s*(?:,|\band\b|\bas well as\b)\s+(?:the|this|that)\s)/i.exec(r);
    if (!j) break;
    r = r.slice(j[0].length);
  }
  return out;
}

const GENERIC_FORCE = /^(?:(?:border )?(?:police(?:m[ae]n)?|soldiers?|troops|guards?|security (?:forces|personnel)|forces|personnel|army|military))$/i;

/**
 * "A spokesman for Afghanistan's interior ministry confirmed that two border policemen had died": bare force
 * words in a sentence an Afghan official speaks, not called Pakistani, are Afghan forces.
 */
function sideOfSpeaker(text: string, sentences: Array<{ start: number; end: number }>, actors: ActorMention[], published: string | null): ActorMention[] {
  if (!actors.some((a) => a.id === "AF_GOV")) return actors;
  const afForce = published && published < FALL_OF_KABUL ? "AF_FORMER_GOV" : "AF_TALIBAN";
  // the lexicon's mentions stay as found (the claims pass reads them): the forces re-sided are new objects
  const resided = new Set<ActorMention>();
  for (const s of sentences) {
    const inside = inRange(actors, s.start, s.end);
    if (!inside.some((a) => a.id === "AF_GOV" && a.role === "speaker")) continue;
    for (const a of inside) {
      if (a.role || !/^PK_(?:POLICE|ARMY|SECURITY)$/.test(a.id) || !GENERIC_FORCE.test(a.text)) continue;
      if (/\bPakistan(?:i|'s)?\b[^.;,]{0,25}$/i.test(text.slice(Math.max(s.start, a.start - 40), a.start))) continue;
      resided.add(a);
    }
  }
  return resided.size ? actors.map((a) => (resided.has(a) ? { ...a, id: afForce } : a)) : actors;
}

const OWN_FORCES = /\b(?:its|their)\s+(?:(?:own|border|security|armed)\s+)?(?:forces|troops|soldiers|guards)\b/gi;
/**
 * "The Afghan defence ministry said its forces attacked several posts in Kurram": a government speaking of its own forces
 * (its own words, "its forces", name no actor the lexicon knows) names that state's forces, the Islamic Emirate's (or the
 * former republic's) for Kabul, Pakistan's security forces for Islamabad.
 */
function speakersOwnForces(text: string, sentences: Array<{ start: number; end: number }>, actors: ActorMention[], published: string | null): ActorMention[] {
  if (!actors.some((a) => (a.id === "AF_GOV" || a.id === "PK_GOV") && a.role === "speaker")) return actors;
  const extra: ActorMention[] = [];
  for (const s of sentences) {
    const inside = inRange(actors, s.start, s.end);
    // (only where the sentence names nobody else: "its border forces hit Pakistani posts" names both sides already)
    if (inside.some((a) => a.role !== "speaker")) continue;
    OWN_FORCES.lastIndex = 0;
    const st = text.slice(s.start, s.end);
    let m: RegExpExecArray | null;
    while ((m = OWN_FORCES.exec(st)) !== null) {
      const at = s.start + m.index;
      // the speaker is the last government told speaking before the words
      const speaker = inside.filter((a) => a.role === "speaker" && a.end <= at && (a.id === "AF_GOV" || a.id === "PK_GOV")).pop();
      if (!speaker || inside.some((a) => a.start < at + m![0].length && a.end > at)) continue;
      const id = speaker.id === "PK_GOV" ? "PK_SECURITY" : published && published < FALL_OF_KABUL ? "AF_FORMER_GOV" : "AF_TALIBAN";
      extra.push({ start: at, end: at + m[0].length, text: m[0], id, confidence: 0.6 });
    }
  }
  return extra.length ? [...actors, ...extra].sort((a, b) => a.start - b.start) : actors;
}

/** The armed groups that call their own fighters "mujahideen" in their statements. */
const VOICED_GROUPS = new Set(["TTP", "JUA", "HGB", "LI", "ISKP", "AQ", "LEJ", "BLA", "BLF", "BALOCH_OTHER", "AF_OTHER"]);
const MUJAHIDEEN_WORD = /\bmujahid(?:een|in|s)\b/gi;
/**
 * "In another operation, the mujahideen carried out a sniper attack on a check post": in a statement whose report names
 * one side only (one armed group, or the Islamic Emirate and no group), the fighters it calls mujahideen in a
 * sentence that names nobody are that side's (the casualty pass reads the same word sentence by sentence).
 */
function statementMujahideen(text: string, actors: ActorMention[], published: string | null): ActorMention[] {
  MUJAHIDEEN_WORD.lastIndex = 0;
  if (!MUJAHIDEEN_WORD.test(text)) return actors;
  const groups = new Set(actors.filter((a) => VOICED_GROUPS.has(a.id)).map((a) => a.id));
  const emirate = actors.some((a) => a.id === "AF_TALIBAN" || (a.id === "AF_GOV" && !a.role));
  if (groups.size + (emirate ? 1 : 0) !== 1) return actors;
  const id = emirate ? "AF_TALIBAN" : [...groups][0];
  const insurgent = emirate && !!published && published < FALL_OF_KABUL;
  const extra: ActorMention[] = [];
  MUJAHIDEEN_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MUJAHIDEEN_WORD.exec(text)) !== null) {
    const s = m.index;
    if (actors.some((a) => a.start <= s && a.end > s)) continue;
    extra.push({ start: s, end: s + m[0].length, text: m[0], id, confidence: 0.6, ...(insurgent ? { insurgent } : {}) });
  }
  return extra.length ? [...actors, ...extra].sort((a, b) => a.start - b.start) : actors;
}

const REBEL_WORD = /\b(?:rebels?|insurgents?|guerrillas?|resistance fighters?|anti-Taliban (?:fighters|forces|militants|gunmen))\b/gi;
/**
 * "security forces killed two rebels in Andarab": under the Islamic Emirate, in a report that names the armed opposition
 * (the National Resistance Front, the Afghanistan Freedom Front), the rebels and insurgents the Emirate fights are that
 * opposition (AF_OTHER), not unnamed militants.
 */
function resistanceRebels(text: string, actors: ActorMention[], published: string | null): ActorMention[] {
  if (!published || published < FALL_OF_KABUL || !actors.some((a) => a.id === "AF_OTHER")) return actors;
  if (actors.some((a) => a.id === "ISKP" || a.id === "TTP")) return actors;
  const out = actors.filter((a) => !(a.id === "MILITANTS" && /^(?:rebels?|insurgents?|guerrillas?)$/i.test(a.text)));
  REBEL_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let added = out.length !== actors.length;
  while ((m = REBEL_WORD.exec(text)) !== null) {
    const s = m.index;
    if (out.some((a) => a.start < s + m![0].length && a.end > s)) continue;
    out.push({ start: s, end: s + m[0].length, text: m[0], id: "AF_OTHER", confidence: 0.6 });
    added = true;
  }
  return added ? out.sort((a, b) => a.start - b.start) : actors;
}

/**
 * The one named group of the last incident told before in this country (its attackers, and with `withTargets` also those
 * its raid was on), as the targets of a follow-up on it; null when it names none or several.
 */
function groupToldBefore(told: ReadonlyArray<{ country: string | null; sub: string; perpetrators: string[]; targets: string[] }>, country: string | null, withTargets: boolean): string[] | null {
  const before = [...told].reverse().find((p) => p.sub !== "Arrests" && p.country === country);
  if (!before) return null;
  const groups = [...new Set([...before.perpetrators, ...(withTargets ? before.targets : [])].filter((id) => NAMED_GROUP.test(id)))];
  return groups.length === 1 ? groups : null;
}

/** Held for an incident told before: suspected of it, its attackers' helpers, or named by a man caught in it. */
const HELD_FOR = /\b(?:suspect(?:ed|s)?|on suspicion|help(?:ing|ed)|shelter(?:ing|ed)?|harbou?r(?:ing|ed)|facilitat\w*|suppl(?:ied|ying)|involved|linked|accomplices?|wanted|in connection with|(?:information|intelligence) (?:obtained|provided|gathered) from)\b/i;
/** The ones a force hit told as the attackers of an attack told before ("had been part of the group that attacked the post", "were involved in the attack"). */
const PART_OF_ATTACKERS = /\b(?:part of|among|members of) the (?:same )?(?:group|gang|band|cell|squad|militants|attackers|terrorists|khawarij) (?:that|who|which) (?:had )?(?:attacked|stormed|raided|ambushed|carried out|struck|assaulted)\b|\b(?:involved|taken part|took part|participated) in the (?:attack|assault|ambush|raid|bombing)\b/i;
const PK_FORCE_IDS = /^PK_(?!GOV$|OTHER$)/;
const NAMED_GROUP = /^(?:TTP|JUA|HGB|LI|ISKP|AQ|LEJ|BLA|BLF|BALOCH_OTHER)$/;
const STATE_FORCE = /^(?:PK_(?:ARMY|FC|SECURITY|POLICE|CONSTABULARY)|AF_(?:TALIBAN|FORMER_GOV))$/;
/** Acts that are often told with neither a day nor a count and are incidents all the same. */
const TOLL_LESS = new Set(["Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Abduction/forced disappearance", "Looting/property destruction", "Arrests", "Non-state actor overtakes territory", "Government regains territory"]);
/**
 * A violent act told with no day of its own and nobody counted, killed or hurt ("Air raids and closures have been
 * tried", "the surge in attacks in Bannu", "the strikes targeted hideouts of men behind attacks in Waziristan"): a
 * passing or generic mention, not an incident the report tells. (A report's incident gives when, or what harm, or both.)
 */
function untold(c: Cluster, sub: string | null, text: string): boolean {
  if (c.dateMention || c.fronts || (sub && TOLL_LESS.has(sub))) return false;
  if ((c.casualties ?? []).length > 0 || c.frames.some((f) => f.casualties.length > 0)) return false;
  // a roundup's item or a next step ("In Quetta, a bridge was blown up", "forces then shelled the post") takes the day of
  // the incident before: told with an act of its own, not by a back-reference ("the Pasni killings"), it is one
  return !(c.carried && c.frames.some((f) => f.cues.some((q) => !DEFINITE.test(text.slice(Math.max(0, q.start - 40), q.start)))));
}

const ACCIDENT = gated(/\b(?:crash(?:ed|es)?|accident(?:ally)?|drown(?:ed|ing)|collapsed? (?:roof|building|wall)|floods?|flash floods?|earthquake|landslides?|avalanche|electrocuted|heart attack|natural causes|stampede|fire broke out|short circuit|lightning)\b/i);
const DEAD_WORDS = gated(/\b(?:dead|killed|died|victims|bodies|lost their lives|martyred)\b/i);

/**
 * The report says the dead were civilians: "stated" when a sentence about the dead names civilians among them, "targets"
 * when only the people attacked were civilians; null when neither.
 */
function civilianVictims(c: Cluster, targets: string[]): "stated" | "targets" | null {
  // ("The spokesman said all of the victims were civilians" may be a sentence about the incident, not of it)
  if (civilianDeadSaid(c)) return "stated";
  return targets.length === 1 && targets[0] === "CIVILIANS" ? "targets" : null;
}

function civilianDeadSaid(c: Cluster): boolean {
  return [...c.frames, ...c.context].some((f) => DEAD_WORDS.test(f.text ?? "") && f.actors.some((a) => a.id === "CIVILIANS" && a.role !== "speaker") && /\b(?:dead|victims|killed) (?:included|were)\b|\bamong the dead\b|\bthe rest were\b|\ball (?:of them )?civilians\b/i.test(f.text ?? ""));
}

/** "Karachi West", "Karachi West district", "Korangi district" (a bare "Korangi" is the locality): the district's own name. */
function nameOfDistrict(text: string, adm2: string, hinted: boolean): boolean {
  const bare = text.replace(/\s+district$/i, "");
  if (bare.toLowerCase() !== adm2.toLowerCase()) return false;
  return bare !== text || hinted || / (?:West|East|Central|South|North)$/.test(adm2);
}

/** Karachi's seven districts (2020 on): the press names the city, not the district, of a place in them. */
const KARACHI_DISTRICTS = /^(?:Karachi (?:West|East|Central|South)|Korangi|Malir|Keamari)$/;

/**
 * An Afghan district as the report spells it ("Dand-e-Patan", "Sherzad", "Bermal") where the report names the
 * district itself: transliterations differ, and the report's own form is the one its readers (and gold) use.
 */
function pressSpelling(place: PlaceRef, places: PlaceRef[]): string | null {
  const adm2 = place.res.adm2;
  if (adm2 && place.res.country === "PK") {
    // a district the report names itself ("in Lyari, in Karachi South district", "Korangi district") is the district
    if (places.some((p) => p.res.adm2 === adm2 && p.res.candidate?.kind === "district" && nameOfDistrict(p.mention.text, adm2, p.mention.hint === "district"))) return adm2;
    // a locality of Karachi ("Manghopir", "Landhi", "Baldia Town"): the press's district is the city
    if (KARACHI_DISTRICTS.test(adm2) && place.res.adm1 === "Sindh") return "Karachi";
    // "Karachi West" for a place in Karachi the report calls by the city's name
    const city = /^(.+?) (?:West|East|Central|South|North)$/.exec(adm2);
    if (city && places.some((p) => p.mention.text.toLowerCase() === city[1].toLowerCase())) return city[1];
  }
  if (!adm2 || place.res.country !== "AF") return adm2;
  for (const p of [place, ...places]) {
    if (p.res.country !== "AF" || p.res.adm2 !== adm2) continue;
    // the district itself, or its namesake town ("Sherzad" the district seat): the name is the district's
    // (a crossing read on its Afghan side names no district: the gazetteer's spelling then)
    if (!p.mention.candidates.some((c) => c.kind === "district" && c.country === "AF" && c.adm2 === adm2)) continue;
    const t = p.mention.text.replace(/\s+districts?$/i, "").replace(/\s+/g, " ").trim();
    // a dateline in capitals ("SPERA:") says nothing of the spelling's case; keep the gazetteer's then
    if (!t || t === t.toUpperCase()) continue;
    return t;
  }
  return adm2;
}

/** Capitals where statements are issued: as a dateline they say where the news came from, not where it happened. */
const STATEMENT_CAPITALS = /^(?:kabul|islamabad|rawalpindi)$/i;

/** When no frame of the incident named a strong place: a weaker one (hospital town, dateline). */
function fallbackPlace(c: Pick<Cluster, "frames" | "context">, text = "", datelinePlace: PlaceRef | null = null): PlaceRef | null {
  const places = [...c.frames, ...c.context].flatMap((f) => f.places);
  // (the incident's own sentence's town, where someone spoke of it, before a place its context names for something else:
  // "killed three members of a cell ... in Kandahar city", then "trained in camps in Balochistan")
  const own = bestPlace(c.frames.flatMap((f) => f.places), 2) ?? bestPlace(c.frames.flatMap((f) => f.places).filter((p) => p.local), 1);
  // (a city the wounded were taken to, "shifted to Peshawar", says less than the report's dateline: "BANNU: ...")
  const carried = (p: PlaceRef) => CARRIED_TO.test(text.slice(Math.max(0, p.mention.start - 50), p.mention.start));
  const dateline = datelinePlace ?? bestPlace(places.filter((p) => p.weight === 0 && !STATEMENT_CAPITALS.test(p.mention.text)), 0);
  return own ?? bestPlace(places, 2) ?? bestPlace(places.filter((p) => !carried(p)), 1) ?? (dateline && places.some(carried) ? dateline : null) ?? bestPlace(places, 1) ?? bestPlace(places.filter((p) => !STATEMENT_CAPITALS.test(p.mention.text)), 0);
}
const CARRIED_TO = /\b(?:shifted|referred|taken|rushed|moved|airlifted|evacuated|flown|transferred|brought)\s+(?:[\w'-]+\s+){0,4}?to\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?$/i;

function guessCountry(text: string, actors: Array<{ id: string }>): string | null {
  const af = (text.match(/\bAfghanistan\b|\bAfghan\b/g) ?? []).length;
  const pk = (text.match(/\bPakistan\b|\bPakistani\b/g) ?? []).length;
  if (af > pk * 2 && actors.some((a) => a.id === "PK_AIR_FORCE")) return "AF";
  return pk || !af ? "PK" : "AF";
}
