/**
 * A synthetic corpus for the extraction benchmark: reports of about 2,000 characters assembled from
 * templates (own wording) with varied places, actors, numbers, dates and sub-event types, so that every
 * pass has work to do. Deterministic (seeded), so runs are comparable.
 */
export interface BenchDoc {
  id: string;
  text: string;
  published: string;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  ["BANNU", "Domel area of Bannu district"], ["PESHAWAR", "Mathra, on the outskirts of Peshawar"], ["QUETTA", "Quetta's Sariab Road"],
  ["MIRANSHAH", "Mir Ali, North Waziristan"], ["TANK", "Gul Imam in Tank district"], ["D.I. KHAN", "Dera Ismail Khan city"],
  ["LAKKI MARWAT", "Pezu in Lakki Marwat district"], ["KHAR", "Mamund tehsil of Bajaur district"], ["TURBAT", "Turbat, Kech district"],
  ["GWADAR", "the port city of Gwadar"], ["CHAMAN", "the Chaman border town"], ["PARACHINAR", "Lower Kurram"],
  ["KABUL", "Barmal district of Paktika province"], ["JALALABAD", "Jalalabad, Nangarhar province"], ["KHOST", "Spera district of Khost province"],
  ["ZHOB", "the Zhob garrison"], ["MASTUNG", "Mastung district"], ["HANGU", "Doaba in Hangu district"], ["KOHAT", "Kohat"],
  ["SWAT", "Matta in Swat"], ["LANDI KOTAL", "the Torkham crossing"], ["SIBI", "the highway near Sibi"], ["NOSHKI", "Noshki"],
];
const NUMBERS = ["two", "three", "four", "five", "six", "seven", "nine", "eleven", "twelve", "fifteen", "twenty-three", "at least 8", "at least 14", "a dozen", "31", "more than 40", "several"];
const DAYS = ["on Monday", "late on Tuesday", "early on Wednesday", "on Thursday night", "on Friday", "yesterday", "on Saturday morning", "on Sunday"];
const EVENTS = [
  (n: string, k: string, p: string, d: string) => `A suicide bomber blew himself up near a police checkpoint in ${p} ${d}, killing ${n} people, among them ${k} policemen, officials said.`,
  (n: string, k: string, p: string, d: string) => `${cap(n)} soldiers were martyred when militants attacked a security forces post in ${p} ${d}, the military's media wing said. ${cap(k)} attackers were killed in the exchange of fire that followed.`,
  (n: string, k: string, p: string, d: string) => `A roadside bomb struck a Frontier Corps vehicle in ${p} ${d}, killing ${k} personnel and injuring ${n} others, a security official said.`,
  (n: string, _k: string, p: string, d: string) => `Unidentified gunmen on a motorcycle shot dead a tribal elder and wounded his nephew outside a mosque in ${p} ${d}, police said. Police said ${n} suspects had been detained.`,
  (n: string, k: string, p: string, d: string) => `Pakistani jets carried out air strikes in ${p} ${d}, killing ${n} civilians, most of them women and children, the Islamic Emirate's spokesman said. He said ${k} houses were destroyed.`,
  (n: string, _k: string, p: string, d: string) => `Armed men abducted ${n} labourers working at a mining site in ${p} ${d}. No group has claimed responsibility for the kidnapping.`,
  (n: string, k: string, p: string, d: string) => `Security forces conducted an intelligence-based operation in ${p} ${d}, during which ${n} khawarij were sent to hell, ISPR said. ${cap(k)} soldiers embraced shahadat.`,
  (n: string, k: string, p: string, d: string) => `Afghan border forces fired mortar shells at populated areas in ${p} ${d}, killing ${k} civilians and wounding ${n}, officials said.`,
  (n: string, _k: string, p: string, d: string) => `Two men hurled a hand grenade at a shop in ${p} ${d}, injuring ${n} passers-by, police said.`,
];
const CLAIMS = [
  "The Tehreek-e-Taliban Pakistan claimed responsibility in a message to journalists.",
  "Jamaat-ul-Ahrar said its fighters had carried out the attack.",
  "The Balochistan Liberation Army claimed the assault in a statement.",
  "No group immediately claimed responsibility, but officials blamed Fitna al-Khawarij.",
  "A spokesman for the Pakistani Taliban denied any involvement.",
  "Islamic State Khorasan Province claimed the bombing through its Amaq news agency.",
];
const FILLER = [
  "The injured were shifted to the district headquarters hospital, where doctors said several were in critical condition.",
  "The area was cordoned off and a search operation was launched to trace the attackers, a senior official said.",
  "The provincial government announced compensation for the families of those killed and ordered an inquiry.",
  "Residents said the road had been closed for most of the day and shops in the main bazaar stayed shut.",
  "The interior minister condemned the attack and said those responsible would be brought to justice.",
  "Violence has risen in the province since the ceasefire between the government and the militants collapsed.",
  "The Foreign Office said the matter had been raised with the authorities in Kabul, urging them to deny sanctuaries to militants.",
  "Zabihullah Mujahid rejected the accusation and said Afghan soil was not being used against any country.",
  "Traders said the closure of the crossing had cost them heavily, as trucks loaded with fruit waited on both sides.",
  "Police said the bodies had been handed over to the families after medico-legal formalities.",
];

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

/** `n` reports, each ~2,000 characters. Extra own reports (e.g. the unit tests') are mixed in when given. */
export function makeCorpus(n: number, extra: string[] = [], seed = 42): BenchDoc[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const out: BenchDoc[] = [];
  for (let i = 0; i < n; i++) {
    const [dateline, place] = pick(PLACES);
    const year = 2015 + Math.floor(r() * 11);
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 27);
    const published = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const parts: string[] = [];
    const events = 1 + (r() < 0.3 ? 1 + Math.floor(r() * 3) : 0);
    parts.push(`${dateline}: ` + pick(EVENTS)(pick(NUMBERS), pick(NUMBERS), place, pick(DAYS)));
    for (let e = 1; e < events; e++) {
      const [, p2] = pick(PLACES);
      parts.push(`In a separate incident, ` + pick(EVENTS)(pick(NUMBERS), pick(NUMBERS), p2, "the same day").replace(/^A /, "a "));
    }
    if (r() < 0.4) parts.push(`The death toll later rose to ${10 + Math.floor(r() * 60)}, a hospital spokesman said.`);
    parts.push(pick(CLAIMS));
    if (extra.length && r() < 0.3) parts.push(pick(extra));
    while (parts.join("\n\n").length < 1900) parts.push(pick(FILLER) + " " + pick(FILLER));
    let text = parts.join("\n\n");
    if (text.length > 2200) text = text.slice(0, text.lastIndexOf(".", 2200) + 1);
    out.push({ id: `bench-${i}`, text, published });
  }
  return out;
}
