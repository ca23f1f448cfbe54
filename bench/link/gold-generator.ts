/**
 * Generates the invented linking gold set (data/link-gold/gold.jsonl): clusters of reports about the same
 * invented incident, written from this file's own templates with varied wording, outlets, dates and
 * rising tolls, plus hard negatives (two attacks in one district on one day; same-type attacks in
 * neighbouring districts the same or next day; background references to an older attack).
 *
 *   npx tsx bench/link/gold-generator.ts [--seed N] [--clusters N] [--out FILE]
 *
 * Every line: { id, published, title, source, text, incidents: [ { cluster, background?, ...FORMAT.md values } ] }.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Casualties, Span } from "../../src/domain/index.js";
import { DISTRICTS, byName, type District } from "./gazetteer.js";

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = "suicide" | "ied" | "clash" | "civ" | "drone" | "grenade" | "abduction" | "operation";

interface Truth {
  cluster: string;
  kind: Kind;
  district: District;
  place: District["places"][number];
  day: number;
  killed: number;
  injured: number;
  perp: string | null;
  target: string;
  targetPhrase: string;
}

export interface GoldIncident {
  cluster: string;
  background?: boolean;
  date: string | null;
  country: string | null;
  adm1: string | null;
  adm2: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  event_type: string;
  sub_event_type: string;
  perpetrators: string[];
  targets: string[];
  killed: Casualties;
  injured: Casualties;
  evidence: Span[];
}

export interface GoldReport {
  id: string;
  published: string;
  title: string;
  source: string;
  text: string;
  incidents: GoldIncident[];
}

const OUTLETS = [
  "Khyber Courier", "Indus Ledger", "Margalla Times", "Quetta Observer", "Sarhad Herald", "Bolan Tribune", "Hindukush Dispatch",
  "Valley Voice", "Capital Chronicle", "Waziristan Bulletin", "Asia Frontier Report", "Daily Mountain Post", "Kabul Morning",
  "Pashto Service Online", "Riverside Gazette",
];
const WIRE = "Frontier Wire";

const TYPES: Record<Kind, [string, string]> = {
  suicide: ["Explosions/Remote violence", "Suicide bomb"],
  ied: ["Explosions/Remote violence", "Remote explosive/landmine/IED"],
  clash: ["Battles", "Armed clash"],
  operation: ["Battles", "Armed clash"],
  civ: ["Violence against civilians", "Attack"],
  drone: ["Explosions/Remote violence", "Air/drone strike"],
  grenade: ["Explosions/Remote violence", "Grenade"],
  abduction: ["Violence against civilians", "Abduction/forced disappearance"],
};

const GROUP_NAMES: Record<string, string[]> = {
  TTP: ["the Tehreek-e-Taliban Pakistan", "the Pakistani Taliban", "the banned TTP"],
  JUA: ["Jamaat-ul-Ahrar"],
  ISKP: ["the Islamic State Khorasan Province", "the regional Islamic State affiliate"],
  HGB: ["the Hafiz Gul Bahadur group"],
  BLA: ["the Balochistan Liberation Army", "the separatist BLA"],
  BLF: ["the Balochistan Liberation Front"],
  LI: ["Lashkar-e-Islam"],
};

const TARGETS: Record<Kind, { id: string; phrase: string[] }[]> = {
  suicide: [
    { id: "PK_POLICE", phrase: ["a police station", "a police checkpoint", "the police lines"] },
    { id: "PK_ARMY", phrase: ["a military convoy", "an army camp"] },
    { id: "CIVILIANS", phrase: ["a crowded market", "a mosque during Friday prayers", "a political rally"] },
  ],
  ied: [
    { id: "PK_POLICE", phrase: ["a police van", "a police patrol"] },
    { id: "PK_FC", phrase: ["a Frontier Corps vehicle", "an FC patrol"] },
    { id: "CIVILIANS", phrase: ["a passenger van", "a polio vaccination team"] },
  ],
  clash: [
    { id: "PK_POLICE", phrase: ["a police post", "a police checkpost"] },
    { id: "PK_ARMY", phrase: ["a security forces checkpost", "an army post"] },
    { id: "PK_FC", phrase: ["a Frontier Corps fort"] },
  ],
  operation: [{ id: "MILITANTS", phrase: ["a militant hideout", "a compound used by militants"] }],
  civ: [
    { id: "CIVILIANS", phrase: ["labourers", "bus passengers", "a family travelling by car", "shopkeepers"] },
  ],
  drone: [{ id: "MILITANTS", phrase: ["a militant compound", "suspected hideouts"] }],
  grenade: [
    { id: "CIVILIANS", phrase: ["a shop", "a crowded bazaar"] },
    { id: "PK_POLICE", phrase: ["a police station"] },
  ],
  abduction: [{ id: "CIVILIANS", phrase: ["government employees", "engineers", "traders"] }],
};

const WEEKDAYS = ["Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"]; // day 0 = 1970-01-01, a Thursday
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAY_MS = 86_400_000;
const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const weekday = (day: number) => WEEKDAYS[((day % 7) + 7) % 7];
const longDate = (day: number, r: () => number) => {
  const d = new Date(day * DAY_MS);
  return r() < 0.5 ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` : `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
};

/** Spelled-out small numbers, as papers write them. */
const WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const n2w = (n: number, r: () => number) => (n < 10 && r() < 0.6 ? WORDS[n] : String(n));

export function generateGold(seed = 20261123, clusterTarget = 104): GoldReport[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const start = Math.round(Date.parse("2025-03-01T00:00:00Z") / DAY_MS);

  const truths: Truth[] = [];
  const mk = (kind: Kind, district: District, day: number, place?: District["places"][number]): Truth => {
    const tgt = pick(TARGETS[kind]);
    const pk = district.country === "PK";
    const groups = district.adm1 === "Balochistan" ? ["BLA", "BLF", null, null] : pk ? ["TTP", "TTP", "JUA", "HGB", "ISKP", "LI", null, null] : ["ISKP", null];
    let perp: string | null = kind === "operation" || kind === "drone" ? (pk ? "PK_ARMY" : "PK_AIR_FORCE") : pick(groups);
    if (kind === "drone" && pk) perp = "PK_ARMY";
    const big = kind === "suicide" ? int(6, 70) : kind === "operation" || kind === "drone" ? int(3, 25) : kind === "abduction" ? 0 : int(1, 14);
    return {
      cluster: `c${String(truths.length + 1).padStart(3, "0")}`, kind, district, day,
      place: place ?? pick(district.places), killed: big, injured: kind === "abduction" ? 0 : int(0, big * 2 + 3), perp,
      target: tgt.id, targetPhrase: pick(tgt.phrase),
    };
  };
  const kinds: Kind[] = ["suicide", "suicide", "ied", "ied", "clash", "clash", "operation", "civ", "drone", "grenade", "abduction"];
  const nBase = Math.round(clusterTarget * 0.72);
  for (let i = 0; i < nBase; i++) {
    const district = pick(DISTRICTS);
    let kind = pick(kinds);
    if (kind === "drone" && district.country === "PK") kind = "operation";
    truths.push(mk(kind, district, start + int(0, 150)));
  }
  // hard negatives: a second attack in the same district on the same day, at another place and of another kind
  const nTwins = Math.round(clusterTarget * 0.15);
  for (let i = 0; i < nTwins; i++) {
    const base = truths[i * 3 % nBase];
    const other = base.district.places.filter((p) => p.name !== base.place.name);
    let kind = pick(kinds.filter((k) => k !== base.kind && k !== "drone"));
    if (r() < 0.3) kind = base.kind; // sometimes even the same kind: then the place, target and toll differ
    truths.push(mk(kind, base.district, base.day, other.length ? pick(other) : base.place));
  }
  // hard negatives: the same kind of attack in a neighbouring district, the same or the next day
  while (truths.length < clusterTarget) {
    const base = truths[int(0, nBase - 1)];
    if (!base.district.neighbours.length) continue;
    const nb = byName.get(pick(base.district.neighbours))!;
    truths.push(mk(base.kind === "drone" ? "clash" : base.kind, nb, base.day + int(0, 1)));
  }

  // two attacks a report could not tell apart (same district, place and day) would be a coin toss, not a
  // hard negative: move the later one to another place of its district, or a week later
  for (let i = 0; i < truths.length; i++) {
    for (let j = 0; j < i; j++) {
      const [a, b] = [truths[j], truths[i]];
      if (a.district !== b.district || Math.abs(a.day - b.day) > 3 || a.place.name !== b.place.name) continue;
      const other = b.district.places.filter((p) => !truths.some((o) => o !== b && o.district === b.district && Math.abs(o.day - b.day) <= 3 && o.place.name === p.name));
      if (other.length) b.place = pick(other);
      else b.day += 7;
    }
  }

  const reports: GoldReport[] = [];
  for (const t of truths) {
    const nReports = pick([1, 2, 3, 3, 4, 4, 5, 5, 6, 7]);
    const offsets = Array.from({ length: nReports }, (_, i) => (i === 0 ? int(0, 1) : int(0, 3))).sort((a, b) => a - b);
    let prevText: { text: string; title: string; incidents: GoldIncident[] } | null = null;
    const used = new Set<string>();
    const initial = Math.max(t.killed === 0 ? 0 : 1, Math.round(t.killed * (0.4 + r() * 0.4)));
    offsets.forEach((off, i) => {
      const pub = t.day + off;
      let outlet = pick(OUTLETS.filter((o) => !used.has(o)));
      used.add(outlet);
      // a wire story republished: same body, another outlet, another headline
      if (prevText && r() < 0.18) {
        outlet = pick(OUTLETS.filter((o) => !used.has(o)));
        used.add(outlet);
        const title = headline(t, prevText.incidents[0].killed.total, r, pick);
        reports.push({
          id: `g${String(reports.length + 1).padStart(4, "0")}`, published: iso(pub), title, source: outlet,
          // republished with a credit line appended: a near-duplicate, not the same text
          text: `${prevText.text}\n\n${pick(["(Reporting by Frontier Wire.)", "This story was distributed by Frontier Wire.", "Additional reporting by our correspondent."])}`,
          incidents: prevText.incidents.map((x) => ({ ...x })),
        });
        return;
      }
      if (r() < 0.15) outlet = WIRE;
      const frac = nReports === 1 ? 1 : i / (nReports - 1);
      const killed = t.killed === 0 ? 0 : Math.round(initial + (t.killed - initial) * frac);
      const injured = Math.round(t.injured * (0.6 + 0.4 * frac));
      const older = r() < 0.22 ? olderIncident(truths, t, r) : null;
      const rep = writeReport(t, pub, killed, injured, older, r, pick, i === 0 ? null : initial);
      prevText = rep;
      reports.push({ id: `g${String(reports.length + 1).padStart(4, "0")}`, published: iso(pub), title: rep.title, source: outlet, text: rep.text, incidents: rep.incidents });
    });
  }
  reports.sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  return reports;
}

function olderIncident(truths: Truth[], t: Truth, r: () => number): Truth | null {
  const cands = truths.filter((o) => o !== t && o.day < t.day - 4 && o.day >= t.day - 45 && o.district.adm1 === t.district.adm1 && o.killed > 0);
  if (!cands.length) return null;
  const same = cands.filter((o) => o.district.adm2 === t.district.adm2);
  const pool = same.length && r() < 0.7 ? same : cands;
  return pool[Math.floor(r() * pool.length)];
}

function groupName(id: string, pick: <T>(a: readonly T[]) => T): string {
  return pick(GROUP_NAMES[id] ?? [id]);
}

function headline(t: Truth, killed: number | null, r: () => number, pick: <T>(a: readonly T[]) => T): string {
  const where = r() < 0.6 ? t.district.adm2 : t.place.name;
  const n = killed ?? 0;
  const h: Record<Kind, string[]> = {
    suicide: [`Suicide blast kills ${n} in ${where}`, `${n} dead as bomber strikes ${where}`, `Toll in ${where} suicide attack reaches ${n}`, `Bombing in ${where} leaves ${n} dead`],
    ied: [`Roadside bomb kills ${n} in ${where}`, `IED blast in ${where} claims ${n} lives`, `${n} killed in ${where} explosion`],
    clash: [`${n} killed as militants attack post in ${where}`, `Gunfight at ${where} checkpost leaves ${n} dead`, `Attack on security post in ${where}: ${n} dead`],
    operation: [`${n} militants killed in ${where} operation`, `Security forces kill ${n} militants in ${where}`, `Raid in ${where} leaves ${n} militants dead`],
    civ: [`Gunmen kill ${n} in ${where}`, `${n} civilians shot dead in ${where}`, `Attack on civilians in ${where} kills ${n}`],
    drone: [`Air strikes hit ${where}, ${n} reported dead`, `${n} killed in strikes on ${where}`],
    grenade: [`Grenade attack in ${where} kills ${n}`, `${n} dead after grenade hurled in ${where}`],
    abduction: [`Gunmen abduct ${t.targetPhrase} in ${where}`, `Kidnapping reported in ${where}`],
  };
  return pick(h[t.kind]);
}

function writeReport(
  t: Truth, pub: number, killed: number, injured: number, older: Truth | null, r: () => number,
  pick: <T>(a: readonly T[]) => T, earlierFigure: number | null,
): { title: string; text: string; incidents: GoldIncident[] } {
  const off = pub - t.day;
  const showDistrict = r() < 0.88;
  const showPlace = r() < 0.8 || !showDistrict;
  const placeName = t.place.name;
  const loc = showPlace && showDistrict
    ? pick([`in ${placeName} in ${t.district.adm2} district`, `in the ${placeName} area of ${t.district.adm2}`, `near ${placeName}, ${t.district.adm2} district`, `at ${placeName} in ${t.district.adm2}`])
    : showPlace ? pick([`in ${placeName}`, `near ${placeName}`]) : `in ${t.district.adm2} district`;
  const when = off === 0 ? pick([`on ${weekday(t.day)}`, "earlier today", `on ${weekday(t.day)} morning`])
    : off === 1 ? pick([`on ${weekday(t.day)}`, `late on ${weekday(t.day)}`, "yesterday"])
    : pick([`on ${weekday(t.day)}`, `on ${longDate(t.day, r)}`]);
  const province = t.district.adm1;
  const dateline = pick([t.district.adm2.toUpperCase(), province === "Khyber Pakhtunkhwa" ? "PESHAWAR" : province === "Balochistan" ? "QUETTA" : "KABUL", placeName.toUpperCase()]);
  const n = (x: number) => n2w(x, r);
  const atLeast = r() < 0.4 ? "at least " : "";
  const sec = ["PK_POLICE", "PK_ARMY", "PK_FC"].includes(t.target);
  const victims = sec ? pick(["security personnel", "policemen", "soldiers"]) : t.target === "MILITANTS" ? "militants" : pick(["people", "civilians"]);
  const s: string[] = [];
  const k = killed;
  switch (t.kind) {
    case "suicide": {
      const calledBlast = r() < 0.15;
      s.push(calledBlast
        ? `${atLeast}${n(k)} ${victims} were killed and ${n(injured)} injured when a powerful blast tore through ${t.targetPhrase} ${loc} ${when}, officials said.`
        : pick([
          `A suicide bomber blew himself up at ${t.targetPhrase} ${loc} ${when}, killing ${atLeast}${n(k)} ${victims} and wounding ${n(injured)} others, officials said.`,
          `${cap(atLeast)}${n(k)} ${victims} were killed ${when} when a suicide attacker struck ${t.targetPhrase} ${loc}.`,
          `A suicide attack on ${t.targetPhrase} ${loc} ${when} left ${atLeast}${n(k)} ${victims} dead and ${n(injured)} wounded.`,
        ]));
      if (calledBlast) return finish(t, s, pub, k, injured, older, r, pick, earlierFigure, dateline, when, showDistrict, showPlace, ["Explosions/Remote violence", "Remote explosive/landmine/IED"]);
      break;
    }
    case "ied":
      s.push(pick([
        `A roadside bomb struck ${t.targetPhrase} ${loc} ${when}, killing ${atLeast}${n(k)} ${victims} and injuring ${n(injured)}.`,
        `${cap(atLeast)}${n(k)} ${victims} died when an improvised explosive device hit ${t.targetPhrase} ${loc} ${when}.`,
        `An explosive device planted by the roadside went off as ${t.targetPhrase} passed ${loc} ${when}, leaving ${n(k)} dead.`,
      ]));
      break;
    case "clash":
      s.push(pick([
        `Militants armed with heavy weapons attacked ${t.targetPhrase} ${loc} ${when}, and ${atLeast}${n(k)} people were killed in the exchange of fire that followed.`,
        `${cap(atLeast)}${n(k)} people were killed ${when} when gunmen stormed ${t.targetPhrase} ${loc}, officials said.`,
        `An overnight assault on ${t.targetPhrase} ${loc} ${when} left ${n(k)} dead and ${n(injured)} wounded after hours of fighting.`,
      ]));
      break;
    case "operation":
      s.push(pick([
        `Security forces killed ${n(k)} militants during an intelligence-based operation ${loc} ${when}, the military said.`,
        `${cap(n(k))} militants were killed when troops raided ${t.targetPhrase} ${loc} ${when}, according to a military statement.`,
        `Troops surrounded ${t.targetPhrase} ${loc} ${when} and killed ${n(k)} militants in an exchange of fire.`,
      ]));
      break;
    case "civ":
      s.push(pick([
        `Gunmen opened fire on ${t.targetPhrase} ${loc} ${when}, killing ${atLeast}${n(k)} and wounding ${n(injured)}.`,
        `${cap(atLeast)}${n(k)} ${t.targetPhrase} were shot dead by unidentified attackers ${loc} ${when}.`,
        `Armed men on motorcycles killed ${n(k)} ${t.targetPhrase} ${loc} ${when} before fleeing.`,
      ]));
      break;
    case "drone":
      s.push(pick([
        `Air strikes hit ${t.targetPhrase} ${loc} ${when}, killing ${atLeast}${n(k)} people, local officials said.`,
        `${cap(atLeast)}${n(k)} people were killed in aerial strikes on ${t.targetPhrase} ${loc} ${when}.`,
      ]));
      break;
    case "grenade":
      s.push(pick([
        `Unknown attackers hurled a hand grenade at ${t.targetPhrase} ${loc} ${when}, killing ${n(k)} and injuring ${n(injured)}.`,
        `A grenade thrown at ${t.targetPhrase} ${loc} ${when} killed ${n(k)} people.`,
      ]));
      break;
    case "abduction":
      s.push(pick([
        `Gunmen abducted ${n(int3(r))} ${t.targetPhrase} ${loc} ${when}, officials said.`,
        `Armed men kidnapped a group of ${t.targetPhrase} ${loc} ${when} and took them to an unknown location.`,
      ]));
      break;
  }
  return finish(t, s, pub, k, injured, older, r, pick, earlierFigure, dateline, when, showDistrict, showPlace, TYPES[t.kind]);
}

const int3 = (r: () => number) => 2 + Math.floor(r() * 6);
const cap = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

function finish(
  t: Truth, lead: string[], pub: number, k: number, injured: number, older: Truth | null, r: () => number,
  pick: <T>(a: readonly T[]) => T, earlierFigure: number | null, dateline: string, when: string, showDistrict: boolean, showPlace: boolean,
  type: [string, string],
): { title: string; text: string; incidents: GoldIncident[] } {
  const paras: string[] = [];
  paras.push(`${dateline} — ${lead.join(" ")}`);
  if (earlierFigure != null && earlierFigure !== k && t.kind !== "abduction" && r() < 0.7) {
    paras.push(pick([
      `The toll rose to ${k} after ${pick(["more bodies were recovered", "several of the wounded died in hospital", "rescuers cleared the rubble"])}; officials had earlier put it at ${earlierFigure}.`,
      `Hospital officials said the number of dead had climbed from ${earlierFigure} to ${k}.`,
    ]));
  }
  let named = false;
  if (t.perp && GROUP_NAMES[t.perp] && r() < 0.75) {
    named = true;
    paras.push(pick([
      `${cap(groupName(t.perp, pick))} claimed responsibility for the attack in a statement.`,
      `Police blamed ${groupName(t.perp, pick)} for the attack.`,
      `A spokesman for ${groupName(t.perp, pick)} said the group had carried out the attack.`,
    ]));
  } else if (t.kind !== "operation" && t.kind !== "drone") {
    paras.push(pick(["No group immediately claimed responsibility.", "There was no immediate claim of responsibility.", "It was not clear who was behind the attack."]));
  }
  paras.push(pick([
    "Security forces cordoned off the area and began a search operation.",
    "The injured were taken to a nearby hospital, where several were said to be in critical condition.",
    "Residents said shops in the area closed soon afterwards.",
    "The provincial chief minister condemned the attack and ordered an inquiry.",
    "Officials said an investigation was under way.",
  ]));
  const mainEnd = paras.join("\n\n").length;
  let bg: GoldIncident | null = null;
  let text = paras.join("\n\n");
  if (older) {
    const oplace = older.place.name;
    const bgText = pick([
      `The attack came weeks after ${describe(older)} in ${oplace} on ${longDate(older.day, r)} killed ${older.killed} people.`,
      `On ${longDate(older.day, r)}, ${describe(older)} in ${oplace}, ${older.district.adm2}, had killed ${older.killed}.`,
      `It was the latest in a series of attacks in the province; ${describe(older)} at ${oplace} on ${longDate(older.day, r)} left ${older.killed} dead.`,
    ]);
    const start = text.length + 2;
    text += `\n\n${bgText}`;
    const [et, st] = TYPES[older.kind];
    bg = {
      cluster: older.cluster, background: true, date: iso(older.day), country: older.district.country, adm1: older.district.adm1,
      adm2: bgText.includes(older.district.adm2) || older.district.adm2 === t.district.adm2 ? older.district.adm2 : null,
      place: oplace, lat: null, lon: null, event_type: et, sub_event_type: st,
      perpetrators: [], targets: [], killed: { total: older.killed, security_forces: null, civilians: null, militants: null },
      injured: { total: null, security_forces: null, civilians: null, militants: null }, evidence: [{ start, end: text.length }],
    };
  }
  const sec = ["PK_POLICE", "PK_ARMY", "PK_FC"].includes(t.target);
  const lat = showPlace ? Math.round((t.district.lat + t.place.dlat) * 1000) / 1000 : null;
  const lon = showPlace ? Math.round((t.district.lon + t.place.dlon) * 1000) / 1000 : null;
  const main: GoldIncident = {
    cluster: t.cluster, date: iso(t.day), country: t.district.country,
    adm1: showDistrict || r() < 0.5 ? t.district.adm1 : null, adm2: showDistrict ? t.district.adm2 : null,
    place: showPlace ? t.place.name : null, lat, lon, event_type: type[0], sub_event_type: type[1],
    perpetrators: named || (t.perp && !GROUP_NAMES[t.perp]) ? [t.perp!] : t.kind === "clash" || t.kind === "civ" ? ["MILITANTS"] : [],
    targets: [t.target],
    killed: {
      total: t.kind === "abduction" ? null : k,
      security_forces: sec && t.kind !== "clash" ? k : null, civilians: t.target === "CIVILIANS" && t.kind !== "abduction" ? k : null,
      militants: t.target === "MILITANTS" ? k : null,
    },
    injured: { total: t.kind === "abduction" || t.kind === "operation" || t.kind === "drone" ? null : injured, security_forces: null, civilians: null, militants: null },
    evidence: [{ start: 0, end: mainEnd }],
  };
  return { title: headline(t, main.killed.total, r, pick), text, incidents: bg ? [main, bg] : [main] };
}

function describe(o: Truth): string {
  return {
    suicide: "a suicide bombing", ied: "a roadside bombing", clash: "an attack on a security post", operation: "a security operation",
    civ: "a shooting", drone: "an air strike", grenade: "a grenade attack", abduction: "a kidnapping",
  }[o.kind];
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ""))) {
  const arg = (k: string) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : undefined; };
  const out = arg("--out") ?? "data/link-gold/gold.jsonl";
  const reports = generateGold(Number(arg("--seed") ?? 20261123), Number(arg("--clusters") ?? 104));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, reports.map((x) => JSON.stringify(x)).join("\n") + "\n");
  const clusters = new Set(reports.flatMap((x) => x.incidents.map((i) => i.cluster)));
  process.stderr.write(`gold: ${reports.length} reports, ${clusters.size} clusters, ${reports.reduce((a, x) => a + x.incidents.length, 0)} mentions → ${out}\n`);
}
