import type { Geocoder, PlaceCandidate, PlaceMention } from "../../geo/api.js";
import { STOP_PLACE_WORDS } from "../data/places.js";
import type { PlaceRef } from "./08-frames.js";

/**
 * Pass 05: places. The geocoder finds every gazetteer name; each is resolved in the context of the
 * report's other names, and weighed by what the sentence says about it: the dateline ("QUETTA, July 13 —")
 * and places where people were taken, treated, came from or spoke ("hospital in Peshawar", "being treated in Bannu", "told reporters in Doha")
 * are not where the incident happened.
 */
const WEAK_BEFORE =
  /\b(?:hospitals?|cmh|dhq|thq|medical complex|treated|treatment|admitted|flown|ambassador|envoy|consul|diplomats?|taken|shifted|referred|rushed|moved|brought|evacuated|airlifted|transported|sent|native|hails|hailing|resident|residents|belonged|belonging|hometown|home town|funeral|buried|laid to rest|told (?:reporters|journalists)|press conference|talks|visit(?:ing|ed)?|meeting|summoned|embassy|headquarters|(?:said|spoke|speaking|briefing) (?:\w+ ){0,3}|news conference|charg[eé] d'affaires|high commission(?:er)?|foreign (?:office|ministry)|from|towards?|bound for|en route to|heading (?:to|for)|travell?ing to|on (?:its|their|his) way to|fled (?:to|into|across)|returned to|via|of district|district of)\b[^.;]{0,28}$/i;
const SPEAKER_BEFORE = /\b(?:spokes(?:man|woman|person)|governor|administration|authorities|officials?|police chief|deputy commissioner|ministry|department|government)\s+(?:of|for|in)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|adjoining|adjacent|bordering|(?:north|south)?(?:eastern|western)|northern|southern|eastern|western|border)\s+)?$|\b(?:to|from)\s+$|\baccording to (?:the\s+)?$/i;
/**
 * "Officials of the Islamic Emirate in Kandahar said", "a spokesman for the Taliban government in Kabul": the place of
 * a government's office that speaks (the words between name the government, not an event).
 */
const GOVERNMENT_IN_BEFORE = /\b(?:[Ss]pokes(?:man|woman|person)|[Oo]fficials?|[Aa]uthorities|[Oo]fficers?|[Aa]dministration|[Gg]overnor|[Mm]inistry|[Dd]epartment)\s+(?:of|for|from)\s+(?:the\s+)?(?:(?:[\p{Lu}][\p{L}'-]*|government|administration|authorities|interim|provincial|district|local|border|security|forces|de facto|caretaker)\s+){1,4}in\s+(?:the\s+)?$/u;
const SPEAKER_AFTER = /^'s\s+(?:deputy commissioner|commissioner|police|officials?|spokes\w+|governor|administration|authorities|information|head|chief|provincial|district|health)/i;
const DIRECTION_OF = /\b(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of\s+(?:the\s+)?(?:provincial capital,?\s+|capital,?\s+|city,?\s+|town,?\s+)?$/i;
/** "the University of Balochistan", "the Bank of Khyber", "the Peshawar High Court" told as "High Court of ...": an institution's name. */
const INSTITUTION_OF_BEFORE = /\b(?:University|Bank|Institute|College|Academy|Council|Chamber of Commerce|Bar Council|Bar Association|Board) of (?:the\s+)?$/;
const INSTITUTION_AFTER = /^\s+(?:(?:teaching|medical|civil|district|headquarters|dhq|thq|general|central|combined military|military|cantonment|city|provincial|regional|women'?s|children'?s|trauma|cardiology|institute of [\w ]{3,30}?)\s+)*(?:hospital|medical complex|medical college|medical centre|medical center|trauma centre|burns? centre|institute(?: of [\w ]{3,30}?)?|university|jail|prison|airport)\b/i;
/** "a coach for Swat", "the bus to Quetta", "a convoy bound for Parachinar": where the vehicle was going, not where it was hit. */
/** A journey's ends told in a relative clause: "the Jaffar Express, which had left Quetta for Peshawar", "which set off from Sibi". */
const JOURNEY_BEFORE = /\b(?:which|that|who)\s+(?:had\s+|has\s+)?(?:left|departed(?:\s+from)?|set (?:off|out) from|started from)\s+(?:[\p{Lu}][\p{L}'-]+\s+){0,2}?(?:for\s+|to\s+)?$/u;
/** "two Karachi-bound coaches", "a Quetta-bound passenger train": where the vehicle was going. */
const BOUND_AFTER = /^[-\u2010-\u2015\s]?bound\b/i;
/** The joint of a short list of names: "Bannu and Karak", "Peshawar, Mardan". */
const LISTED_AFTER = /^(?:\s*,)?\s*(?:(?:and|or|&)\s+)?(?:the\s+)?$/i;
const DESTINATION_BEFORE = /\b(?:coach|bus|buses|van|wagon|vehicle|car|truck|lorry|train|flight|convoy|passengers?|travell?ers|pilgrims|tickets?|route|service)\s+(?:(?:bound|heading|headed|leaving|departing)\s+)?(?:for|to)\s+$/i;
/**
 * "residents of Pul-e-Hisar district said", "residents in the Mamund area told reporters": residents speaking of their own
 * place are the witnesses of what happened there (news wording for eyewitness accounts), not a victim's hometown.
 */
const RESIDENTS_SAID = (before: string, after: string): boolean =>
  /\bresidents\s+(?:of|in)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|adjoining|adjacent|remote)\s+)?$/i.test(before) &&
  /^(?:\s+(?:district|area|village|town|valley|tehsil|locality))?\s+(?:said|say|says|told|reported|report|claimed|alleged|recalled)\b/i.test(after);
/** "the mountains bordering Orakzai", "posts opposite Paktia", "the border area with South Waziristan": the neighbour, not the place. */
const NEIGHBOUR_BEFORE = /\b(?:bordering|adjoining|adjacent to|opposite|facing|(?:area|region|belt|district|posts?)\s+(?:along|on|near)\s+the\s+border\s+with|(?:along|on|near|across)\s+the\s+border\s+(?:with|from)|border (?:area|region|belt) with)\s+(?:the\s+)?(?:(?:neighbou?ring|adjoining)\s+)?$/i;
/** "the Pasni killings", "Sunday's Bannu bombing", "the Kurram attack": the place names an event told elsewhere. */
const RECALLED_BEFORE = /(?:\b(?:the|this|that|last (?:week|month)'s)|\b[A-Z][a-z]+day's)\s+$/;
const RECALLED_AFTER = /^\s+(?:(?:suicide|bomb|terror|terrorist|militant|twin|deadly|market|mosque|bus|school|checkpost|police)\s+)?(?:killings?|attacks?|bombings?|blasts?|massacre|ambush|assault|raid|explosion|strike|shooting|carnage|tragedy|incident)\b/i;
/** "The Kandahar spokesman", "Bannu police said", "the Kurram administration": the place of an office that speaks. */
const OFFICE_AFTER = /^\s+(?:(?:provincial|district|police|security|government|health|local|deputy|chief|regional)\s+)?(?:spokes(?:man|woman|person)|officials?|police (?:chief|officer|spokesman|said|told|say)|administration|authorities|governor|deputy commissioner|officers? said)\b|^\s+(?:(?:provincial|district|municipal)\s+)?(?:(?:information|culture|information and culture|health|public health|education|refugees?|refugees and repatriation|disaster management|rural development|agriculture|border (?:and tribal )?affairs|security|police|intelligence)\s+)(?:department|directorate|office|commission|authority|ministry|chief|head|director)\b/i;
const WEAK_BEFORE_NEAR = /\b(?:in|at|to|from|of)\s+(?:the\s+)?$/i;
const LOCAL_KINDS = new Set(["town", "village", "crossing", "landmark", "area", "tehsil"]);

/** Capitalised words the gazetteer may hold as village names but news copy uses otherwise. */
const NOT_PLACES = new RegExp(`^(?:${STOP_PLACE_WORDS.join("|")})$`, "i");
const CAPITALS = /^(?:islamabad|kabul|rawalpindi|delhi|new delhi|washington|beijing|tehran|doha|moscow)$/i;
const SPOKE_AFTER = /^\s*(?:on \w+\s*)?,\s+(?:[\w'.-]+\s+){0,6}?(?:said|says|told|announced|claimed|stated|added|insisted|confirmed|maintained|briefed)\b/i;
const METONYM_AFTER = /^(?:'s\b(?!\s+(?:police district|pd ?\d|district|(?:[\w-]+ ){1,3}(?:district|area|neighbou?rhood|locality|bazaar|market|road|square|township)|neighbou?rhoods?|suburbs?|outskirts|city|downtown|airport|old city|(?:western|eastern|northern|southern|central|north|south|east|west)(?:ern)?\b))|\s+(?:(?:on|late on|early on)\s+\w+day\s+|also\s+|again\s+)?(?:said|says|would|should|will|has|have|had|must|could|accused|accuses|blamed|blames|denied|denies|rejected|rejects|warned|warns|insisted|insists|wants|urged|urges|demanded|demands|claimed|claims|maintains|responded|responds|vows|asks|slams|condemns|summons|dismisses|calls|and kabul|and islamabad)\b)/i;

const METONYM_BEFORE = /\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\s+$/i;
/**
 * Before a capital that names where something happened: "in Kabul", "the outskirts of Islamabad", "a blast rocked
 * Kabul". A capital without such a word ("Kabul and Islamabad traded accusations", "Islamabad denied", "relations
 * between Islamabad and Kabul") names a government: it does not place the event.
 */
const CAPITAL_LOCATIVE_BEFORE = /(?:\b(?:in|at|near|outside|inside|across|around|into|of|on|from|to|struck|hit|rocked|shook|attacked|targeted|bombed|reached|entered|toward|towards)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:outskirts|suburbs|parts?|edge|centre|center|heart|areas?|neighbou?rhoods?|district|city|capital)\s+(?:of\s+)?)?|^\s*)$/i;

/** Titles before a person's name (the name may follow in one or two words). */
const TITLE_BEFORE = /\b(?:deputy commissioner|assistant commissioner|commissioner|tehsildar|naib tehsildar|DPO|DSP|SSP|SHO|SP|IGP|DIG|CCPO|DC|AC|district police officer|police officer|spokes(?:man|woman|person)|minister|governor|senator|MNA|MPA|Mr|Mrs|Ms|Dr|General|Gen|Lt Gen|Maj Gen|Brig|Colonel|Col|Major|Maj|Captain|Capt|Lieutenant|Lt|Sepoy|Naik|Havildar|Subedar|Constable|Inspector|Mullah|Maulvi|Maulana|Mawlawi|Haji|Malik|Sardar|Qari|Mufti|Sheikh|Khan Sahib|Nawab|Mir|Engineer|Justice|Judge|elder)\.?\s+$/i;
const NAMES_BEFORE = /(?:[\p{Lu}][\p{L}'-]+\s+){1,2}$/u;
/** A given name right before the mention ("Wahid ", "Ikramullah "): capitalised, not a place qualifier or a sentence word. */
const GIVEN_BEFORE = /(?:^|[\s(,])([\p{Lu}][\p{Ll}'-]{2,})(?<!['\u2019]s)\s+$/u;
/** "Barmal district", "Kunar province", "Gandab valley": the mention names an area itself, never a surname. */
const AREA_NAMED = /\s(?:district|province|tehsil|valley|agency|sub-?division|crossing|border crossing)$/i;
const NOT_GIVEN = /^(?:upper|lower|north|south|east|west|central|greater|old|new|district|tehsil|agency|province|the|in|at|near|from|of|on|and|or|to|by|with|for|when|while|after|before|since|during|said|told|village|town|city|valley|area|camp|bazaar|road|gate|crossing|border|frontier|southern|northern|eastern|western|lakki|dera|mir|bara|shah|tirah|khyber|kurram|bajaur|mohmand|orakzai|waziristan|afghan|pakistani|pakistan|afghanistan|islamic|emirate|taliban|balochistan|sindh|punjab|kabul|islamabad|peshawar|quetta|his|her|their|its|our|a|an|this|that|these|those|some|many|several|two|three|four|five|six|seven|eight|nine|ten)$/i;
/** Words after the name that make it a person: an apposition ("Shinwari, a provincial official,") or a speech verb. */
const PERSON_AFTER = /^(?:\s*,\s*(?:a|an|the|who|whose|another|one|his|her)\b|\s+(?:said|says|told|added|confirmed|claimed|stated|explained|insisted|denied|urged|warned|announced)\b)/i;
function isPersonName(text: string, m: PlaceMention): boolean {
  if (AREA_NAMED.test(m.text)) return false;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  // "spokesman Zabihullah Mujahid", "Tehsildar Ikramullah Mohmand": a title, a given name, then the surname
  // ("DPO Bannu said" is Bannu's police officer: the title alone names the district)
  const names = NAMES_BEFORE.exec(before);
  if (names && TITLE_BEFORE.test(before.slice(0, names.index))) return true;
  const g = GIVEN_BEFORE.exec(before);
  return !!g && !NOT_GIVEN.test(g[1]) && PERSON_AFTER.test(text.slice(m.end, m.end + 30));
}

export interface PlaceOptions {
  date?: string | null;
  /** The places of the report's title (findTitlePlaces): which end of a two-town road the report is about. */
  titlePlaces?: PlaceRef[];
}

/** The places a title names ("Four soldiers martyred in Bannu ambush"), resolved; offsets are the title's. */
export function findTitlePlaces(title: string | null | undefined, geocoder: Geocoder, options: PlaceOptions = {}): PlaceRef[] {
  if (!title || !title.trim()) return [];
  return findPlaceRefs(title, geocoder, { date: options.date ?? null }).filter((p) => p.weight === 2 && p.res.country);
}

/** Between the two towns of a road name and after the second: "Bannu–Razmak road", "Quetta to Chaman highway". */
const ROAD_JOIN = /^\s*(?:[-\u2010-\u2015]|to)\s*$/;
const ROAD_AFTER = /^\s+(?:(?:national |main |link |old |new |inter-?provincial |coastal )?(?:road|highway|motorway|route|expressway|bypass|link road|railway (?:line|track)|rail (?:line|track)|track))\b/i;

/**
 * "on the Bannu–Razmak road": the road runs through two districts. The end the title names is where it
 * happened; else the first, kept only until another place of the event is named (`road`); the second end
 * is a reference point.
 */
function roadEnds(text: string, refs: PlaceRef[], titlePlaces: PlaceRef[]): void {
  for (let i = 0; i + 1 < refs.length; i++) {
    const a = refs[i];
    const b = refs[i + 1];
    if (!ROAD_JOIN.test(text.slice(a.mention.end, b.mention.start)) || !ROAD_AFTER.test(text.slice(b.mention.end, b.mention.end + 30))) continue;
    const named = (r: PlaceRef) => titlePlaces.some((t) => t.res.country === r.res.country && (t.res.adm2 ? t.res.adm2 === r.res.adm2 : t.res.adm1 === r.res.adm1 && !r.res.adm2));
    // (else the end in a district the report tells its events in: "on the Quetta-Karachi highway", the report's Kalat)
    const told = (r: PlaceRef) => !!r.res.adm2 && refs.some((o) => o !== a && o !== b && o.weight === 2 && !!o.res.adm2 && o.res.country === r.res.country && o.res.adm2 === r.res.adm2);
    const [keep, other] = (named(b) && !named(a)) || (!named(a) && !named(b) && told(b) && !told(a)) ? [b, a] : [a, b];
    other.weight = Math.min(other.weight, 1);
    if (!named(keep)) keep.road = true;
    i++;
  }
}

/** Every place in `text`, resolved, with its weight as incident location. */
export function findPlaceRefs(text: string, geocoder: Geocoder, options: PlaceOptions = {}): PlaceRef[] {
  let mentions: PlaceMention[];
  try {
    mentions = geocoder.findPlaces(text);
  } catch {
    return [];
  }
  mentions = withCapitals(text, mentions, geocoder);
  const out: PlaceRef[] = [];
  /** Where the last neighbour named ended ("posts opposite Paktia"): a name listed right after it is a neighbour too. */
  let neighbourEnd = -1;
  for (const mention of mentions) {
    if (NOT_PLACES.test(mention.text) || !/^[\p{Lu}\d]/u.test(mention.text)) continue;
    // "Wahid Shinwari, a provincial official, said", "Deputy Commissioner Sajid Wardak said": a surname, not a place
    if (isPersonName(text, mention)) continue;
    // a capital standing for its government: "Islamabad should not blame", "Kabul's response"
    // ... or the government accused or blamed: "accused Islamabad of shelling", "blamed Kabul for"
    if (CAPITALS.test(mention.text) && (METONYM_AFTER.test(text.slice(mention.end, mention.end + 45)) || METONYM_BEFORE.test(text.slice(Math.max(0, mention.start - 14), mention.start)))) continue;
    let res = null;
    try {
      // the context is the report's other names nearby (a long text would make this quadratic)
      const others = mentions.length <= 60 ? mentions : mentions.filter((o) => Math.abs(o.start - mention.start) < 3000).slice(0, 60);
      res = geocoder.resolve(mention, { others, date: options.date ?? null });
    } catch {
      res = null;
    }
    if (!res) continue;
    let weight = 2;
    const before = text.slice(Math.max(0, mention.start - 50), mention.start);
    const lineStart = text.lastIndexOf("\n", mention.start) + 1;
    // dateline: an all-capitals place (or list) at the start of the report or of a line, before a date or dash
    const lead = text.slice(lineStart, mention.start);
    if (mention.start - lineStart < 60 && lineStart < 5 && /^[\p{Lu}\s,/.'()-]*$/u.test(lead) && /^[\p{Lu}\s/,]*$/u.test(mention.text) && /^[\p{L}\s/,.'()-]{0,30}?(?:,|:|-)/u.test(text.slice(mention.end, mention.end + 40))) {
      weight = 0;
    } else if (WEAK_BEFORE.test(before) && !RESIDENTS_SAID(before, text.slice(mention.end, mention.end + 40)) && !/\b(?:attack\w*|struck|hit|bomb\w*|blast|fir\w*|clash\w*|ambush\w*|kill\w*|stormed|targeted|raided|near|area of|shell(?:ed|ing)|pounded|landed|exploded|went off)\b[^.;]{0,25}$/i.test(before)) {
      weight = 1;
    } else if (SPEAKER_BEFORE.test(before) || GOVERNMENT_IN_BEFORE.test(before) || SPEAKER_AFTER.test(text.slice(mention.end, mention.end + 40)) || OFFICE_AFTER.test(text.slice(mention.end, mention.end + 40))) {
      weight = 1;
    } else if (DESTINATION_BEFORE.test(before) || NEIGHBOUR_BEFORE.test(before) || JOURNEY_BEFORE.test(before) || BOUND_AFTER.test(text.slice(mention.end, mention.end + 8))) {
      weight = 1;
      if (NEIGHBOUR_BEFORE.test(before)) neighbourEnd = mention.end;
    } else if (neighbourEnd >= 0 && /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/.test(text.slice(neighbourEnd, mention.start))) {
      // "posts opposite Paktia and Khost": every name of the list the neighbour word opens
      weight = 1;
      neighbourEnd = mention.end;
    } else if (RECALLED_BEFORE.test(before) && RECALLED_AFTER.test(text.slice(mention.end, mention.end + 40))) {
      weight = 1;
    } else if (CAPITALS.test(mention.text) && SPOKE_AFTER.test(text.slice(mention.end, mention.end + 90))) {
      // "In Rawalpindi, the military spokesman said ...": the capital is where the statement was made
      weight = 1;
    } else if (CAPITALS.test(mention.text) && !CAPITAL_LOCATIVE_BEFORE.test(before) && !/^['\u2019]s\s/.test(text.slice(mention.end, mention.end + 3))) {
      weight = 1;
    } else if (DIRECTION_OF.test(before)) {
      // "in Surobi district, east of Kabul", "some 40 km north of Quetta": a reference point, not the place
      weight = 1;
    } else if (/^\s*(?:hospital|jail|prison|airport)\b/i.test(text.slice(mention.end, mention.end + 12)) && WEAK_BEFORE_NEAR.test(before)) {
      weight = 1;
    } else if (INSTITUTION_AFTER.test(text.slice(mention.end, mention.end + 60)) || INSTITUTION_OF_BEFORE.test(before)) {
      // "Khyber Teaching Hospital", "Mardan Medical Complex", "CMH Kharian": an institution named after the place
      weight = 1;
    }
    // "Khost's Spera district", "Paktika's Barmal": the first name only says which province holds the second
    const poss = /^['\u2019]s\s+/.exec(text.slice(mention.end, mention.end + 4));
    if (poss && weight === 2 && mentions.some((o) => o.start === mention.end + poss[0].length)) weight = 1;
    // "residents of Bannu and Karak", "taken to hospitals in Peshawar and Mardan", "the journey to Tank and Dera Ismail Khan":
    // a name listed right after a weak one is told for the same reason
    const last = out[out.length - 1];
    if (weight === 2 && last && last.weight === 1 && LISTED_AFTER.test(text.slice(last.mention.end, mention.start))) weight = 1;
    const kind = res.candidate.kind;
    out.push({ mention, res, weight, local: LOCAL_KINDS.has(kind) });
  }
  const refs = agreeWithNamedArea(text, out);
  if (refs.length > 1 && /\b(?:road|highway|motorway|route|expressway|bypass|track|line)\b/i.test(text)) {
    roadEnds(text, refs, options.titlePlaces ?? []);
    roadOfReport(refs, geocoder);
  }
  return refs;
}

/** A road known by the two towns it joins, as one name: "the Bannu-Miranshah road", "Thall–Parachinar highway". */
const TWO_TOWN_ROAD = /^([\p{Lu}][\p{L}' ]{1,30}?)\s*(?:[-\u2010-\u2015]|\bto\b)\s*([\p{Lu}][\p{L}' ]{1,30}?)\s+(?:(?:national |main |link |old |new |inter-?provincial )?(?:road|highway|motorway|route|expressway|link road))$/iu;

/**
 * "placed the bodies on the main Bannu-Miranshah road": a road joining two towns runs through both their districts. The
 * gazetteer files the road under one of them; when the report places its events in the district of the other end (and
 * nowhere in the road's own), the road is taken there: the district the report tells is where the road was blocked or hit.
 */
function roadOfReport(refs: PlaceRef[], geocoder: Geocoder): void {
  const told = (r: PlaceRef) => r.weight === 2 && !r.road && r.res.adm2 && !TWO_TOWN_ROAD.test(r.mention.text);
  for (const r of refs) {
    const m = TWO_TOWN_ROAD.exec(r.mention.text);
    if (!m || r.weight === 0 || !r.res.adm2) continue;
    const elsewhere = new Set(refs.filter((o) => o !== r && told(o) && o.res.country === r.res.country).map((o) => o.res.adm2));
    if (!elsewhere.size || elsewhere.has(r.res.adm2)) continue;
    const ends: PlaceCandidate[] = [];
    for (const name of [m[1].trim(), m[2].trim()]) {
      let found: PlaceMention[] = [];
      try {
        found = geocoder.findPlaces(name);
      } catch {
        found = [];
      }
      const whole = found.find((x) => x.start === 0 && x.end === name.length);
      const c = whole?.candidates.find((x) => x.country === r.res.country && x.adm2 && elsewhere.has(x.adm2));
      if (c) ends.push(c);
    }
    if (new Set(ends.map((c) => c.adm2)).size !== 1) continue;
    const c = ends[0];
    r.res = { ...r.res, adm1: c.adm1, adm2: c.adm2, lat: null, lon: null };
  }
}

const CAPITAL_PHRASE = /\bthe (Afghan|Pakistani|Pakistan's|Afghanistan's) capital\b(?!,? (?:Kabul|Islamabad)\b)/g;

/** "in the Afghan capital": Kabul, where no name is given. */
function withCapitals(text: string, mentions: PlaceMention[], geocoder: Geocoder): PlaceMention[] {
  if (!text.includes(" capital")) return mentions;
  const extra: PlaceMention[] = [];
  CAPITAL_PHRASE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPITAL_PHRASE.exec(text)) !== null) {
    const name = /^afghan/i.test(m[1]) ? "Kabul" : "Islamabad";
    let found: PlaceMention | undefined;
    try {
      found = geocoder.findPlaces(name).find((x) => x.start === 0 && x.text === name);
    } catch {
      found = undefined;
    }
    if (!found) continue;
    const start = m.index;
    if (mentions.some((o) => o.start < start + m![0].length && start < o.end)) continue;
    extra.push({ ...found, start, end: start + m[0].length, text: name });
  }
  return extra.length ? [...mentions, ...extra].sort((a, b) => a.start - b.start) : mentions;
}

/**
 * "Shinpokh village, Goshta district, Nangarhar", "Arghistan district of Kandahar province": the district or
 * province named right after a place says where it is. A reading that disagrees takes the candidate that
 * agrees, if the gazetteer has one; a village that still disagrees gives way to the district named.
 */
function agreeWithNamedArea(text: string, refs: PlaceRef[]): PlaceRef[] {
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i];
    if (r.weight === 0) continue;
    // "Kandahar's Arghandab district": the province named before, in the possessive
    const prev = refs[i - 1];
    if (prev && !prev.local && prev.res.adm1 && !prev.res.adm2 && /^['\u2019]s\s+$/.test(text.slice(prev.mention.end, r.mention.start)) && (r.res.country !== prev.res.country || r.res.adm1 !== prev.res.adm1)) {
      const cand = r.mention.candidates.find((c) => c.country === prev.res.country && c.adm1 === prev.res.adm1);
      if (cand) {
        r.res = { ...r.res, country: cand.country, adm1: cand.adm1, adm2: cand.adm2, lat: cand.lat, lon: cand.lon, place: LOCAL_KINDS.has(cand.kind) ? cand.name : null, candidate: cand };
        r.local = LOCAL_KINDS.has(cand.kind);
      }
    }
    for (let j = i + 1; j < refs.length && refs[j].mention.start - r.mention.end <= 50; j++) {
      const area = refs[j];
      if (area.local || /[.;:\n]/.test(text.slice(r.mention.end, area.mention.start))) continue;
      const gap = text.slice(r.mention.end, area.mention.start);
      // "Sarobi in Khost's Tani district": the province's possessive before the district named
      if (!/^[\s,]*(?:(?:village|town|area|tehsil|district|sub-?division|province)\b[\s,]*)?(?:(?:of|in)\s+(?:the\s+)?)?(?:[\p{Lu}][\p{L}-]+['\u2019]s\s+)?(?:(?:[\p{Lu}][\p{L}-]+\s+){0,2}(?:district|province)[\s,]*(?:(?:of|in)\s+)?)?$/u.test(gap)) continue;
      const a = area.res;
      const agrees = r.res.country === a.country && (!a.adm1 || r.res.adm1 === a.adm1) && (!a.adm2 || r.res.adm2 === a.adm2);
      if (agrees) continue;
      const cand = r.mention.candidates.find((c) => c.country === a.country && (!a.adm1 || c.adm1 === a.adm1) && (!a.adm2 || c.adm2 === a.adm2));
      if (cand) {
        r.res = { ...r.res, country: cand.country, adm1: cand.adm1, adm2: cand.adm2, lat: cand.lat, lon: cand.lon, place: LOCAL_KINDS.has(cand.kind) ? cand.name : null, candidate: cand };
        r.local = LOCAL_KINDS.has(cand.kind);
      } else if (r.local) r.weight = Math.min(r.weight, 1);
      // "Nawa, Bajaur": a district of another country (or outside the province named) read for a name the
      // gazetteer lacks; the area named after it says where the place is
      else if (r.res.country !== a.country || (!a.adm2 && r.res.adm1 !== a.adm1)) r.weight = Math.min(r.weight, 1);
      // "the village of Sarobi in Khost's Tani district": a district's name read for a village the gazetteer lacks; the
      // district the report places it in says where it is (a list, "Bannu, Lakki Marwat and Tank", has no "in"/"of")
      // ("Zazai Maidan district of Khost" names the province: no district word or province reading in between)
      else if (a.adm2 && area.res.candidate?.kind === "district" && r.res.candidate?.kind === "district" && /\b(?:in|of)\b/.test(gap) && !/\bdistrict\b/i.test(gap) && !area.mention.candidates.some((c) => c.kind === "province")) r.weight = Math.min(r.weight, 1);
      break;
    }
  }
  return refs;
}
