/**
 * Capitalised words of English news copy that a gazetteer of villages may also hold (a village called
 * "March" or "Police"): never read as a place. Months, weekdays, titles, institutions, common nouns that
 * start sentences.
 */
export const STOP_PLACE_WORDS = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "police", "army", "military", "government", "ministry", "minister", "officials?", "sources?", "security", "forces",
  "taliban", "islamic", "emirate", "state", "president", "prime", "general", "major", "captain", "colonel",
  "the", "a", "an", "on", "in", "at", "it", "he", "she", "they", "we", "this", "that", "there", "no", "one", "two",
  "chinese", "afghan", "afghans", "pakistani", "pakistanis", "baloch", "pashtun", "punjabi", "muslim", "muslims", "shia", "sunni",
  "eid", "ramadan", "muharram", "friday prayers", "mosque", "market", "bazaar", "hospital", "school", "university", "station",
  "post", "camp", "check ?post", "checkpoint", "highway", "road", "bridge", "border", "frontier", "line", "crossing",
  "north", "south", "east", "west", "central", "upper", "lower", "city", "town", "village", "district", "province",
  "reuters", "ap", "afp", "dawn", "express", "geo", "ispr", "amaq", "tolo", "pajhwok", "xinhua", "bbc",
  "doctors", "residents", "witnesses", "rescue", "rescuers", "edhi", "red crescent", "united nations", "un", "unama",
];

/**
 * The official crossings and the Afghan district across each gate (the gazetteer places the crossing itself on
 * the Pakistani side: data/geo/crossings.json's `af_side`). `also` lists other Afghan districts a report may name for
 * the far side of the same gate.
 */
export const CROSSING_AFGHAN_SIDE: Array<{ name: RegExp; adm1: string; adm2: string; also?: string[] }> = [
  { name: /^(?:torkham|tor ?kham|torkhum|t[uū]rkham)\b/i, adm1: "Nangarhar", adm2: "Mohmand Dara" },
  { name: /^(?:chaman(?:[\s-]+(?:spin boldak|border))?(?:\s+(?:border\s+)?crossing)?|friendship gate|bab-e-dosti)$/i, adm1: "Kandahar", adm2: "Spin Boldak" },
  { name: /^ghulam khan\b/i, adm1: "Khost", adm2: "Gurbuz", also: ["Zazai Maidan", "Tani"] },
  { name: /^(?:ang(?:oo|u)r ad{1,2}a|bab-e-waziristan)\b/i, adm1: "Paktika", adm2: "Barmal" },
  { name: /^kharlachi\b/i, adm1: "Paktia", adm2: "Dand Patan" },
  { name: /^badini\b/i, adm1: "Zabul", adm2: "Shamulzayi" },
];
