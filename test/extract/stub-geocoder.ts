import type { GeoResolution, Geocoder, PlaceCandidate, PlaceMention } from "../../src/geo/api.js";

/** A tiny gazetteer standing in for src/geo in unit tests: enough names for the test reports. */
const ENTRIES: Array<Omit<PlaceCandidate, "id">> = [
  { name: "Peshawar", kind: "town", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Peshawar", lat: 34.01, lon: 71.58 },
  { name: "Bannu", kind: "district", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Bannu", lat: 32.99, lon: 70.6 },
  { name: "Mir Ali", kind: "town", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "North Waziristan", lat: 32.99, lon: 70.28 },
  { name: "North Waziristan", kind: "district", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "North Waziristan", lat: null, lon: null },
  { name: "Tank", kind: "district", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Tank", lat: 32.22, lon: 70.38 },
  { name: "Lakki Marwat", kind: "district", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Lakki Marwat", lat: 32.6, lon: 70.9 },
  { name: "Dera Ismail Khan", kind: "district", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Dera Ismail Khan", lat: 31.83, lon: 70.9 },
  { name: "D.I. Khan", kind: "district", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Dera Ismail Khan", lat: 31.83, lon: 70.9 },
  { name: "Quetta", kind: "town", country: "PK", adm1: "Balochistan", adm2: "Quetta", lat: 30.19, lon: 67.01 },
  { name: "Chaman", kind: "town", country: "PK", adm1: "Balochistan", adm2: "Chaman", lat: 30.92, lon: 66.45 },
  { name: "Turbat", kind: "town", country: "PK", adm1: "Balochistan", adm2: "Kech", lat: 26.0, lon: 63.05 },
  { name: "Kech", kind: "district", country: "PK", adm1: "Balochistan", adm2: "Kech", lat: null, lon: null },
  { name: "Balochistan", kind: "province", country: "PK", adm1: "Balochistan", adm2: null, lat: null, lon: null },
  { name: "Khyber Pakhtunkhwa", kind: "province", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: null, lat: null, lon: null },
  { name: "Bajaur", kind: "district", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Bajaur", lat: null, lon: null },
  { name: "Khost", kind: "province", country: "AF", adm1: "Khost", adm2: null, lat: null, lon: null },
  { name: "Spera", kind: "district", country: "AF", adm1: "Khost", adm2: "Spera", lat: null, lon: null },
  { name: "Paktika", kind: "province", country: "AF", adm1: "Paktika", adm2: null, lat: null, lon: null },
  { name: "Barmal", kind: "district", country: "AF", adm1: "Paktika", adm2: "Barmal", lat: null, lon: null },
  { name: "Kunar", kind: "province", country: "AF", adm1: "Kunar", adm2: null, lat: null, lon: null },
  { name: "Dangam", kind: "district", country: "AF", adm1: "Kunar", adm2: "Dangam", lat: null, lon: null },
  { name: "Parachinar", kind: "town", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Kurram", lat: 33.9, lon: 70.1 },
  { name: "Nangarhar", kind: "province", country: "AF", adm1: "Nangarhar", adm2: null, lat: null, lon: null },
  { name: "Kohat", kind: "district", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Kohat", lat: 33.58, lon: 71.44 },
  { name: "Hangu", kind: "district", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Hangu", lat: 33.53, lon: 71.06 },
  { name: "Zhob", kind: "district", country: "PK", adm1: "Balochistan", adm2: "Zhob", lat: 31.34, lon: 69.45 },
  { name: "Sibi", kind: "district", country: "PK", adm1: "Balochistan", adm2: "Sibi", lat: 29.54, lon: 67.88 },
  { name: "Kabul", kind: "province", country: "AF", adm1: "Kabul", adm2: null, lat: null, lon: null },
  // a look-alike: a Pakistani village of the same name as one across the border
  { name: "Sarobi", kind: "village", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Khyber", lat: 34.1, lon: 71.1 },
  { name: "Achin", kind: "district", country: "AF", adm1: "Nangarhar", adm2: "Achin", lat: null, lon: null },
  { name: "Sariab", kind: "area", country: "PK", adm1: "Balochistan", adm2: "Quetta", lat: 30.15, lon: 66.99 },
  { name: "Islamabad", kind: "town", country: "PK", adm1: "Islamabad Capital Territory", adm2: "Islamabad", lat: 33.69, lon: 73.05 },
  { name: "Mohmand", kind: "district", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Mohmand", lat: null, lon: null },
  { name: "Orakzai", kind: "district", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Orakzai", lat: null, lon: null },
  { name: "Wardak", kind: "province", country: "AF", adm1: "Wardak", adm2: null, lat: null, lon: null },
  { name: "Kama", kind: "district", country: "AF", adm1: "Nangarhar", adm2: "Kama", lat: null, lon: null },
];

export function stubGeocoder(): Geocoder {
  const sorted = ENTRIES.map((e, i) => ({ ...e, id: `stub-${i}` })).sort((a, b) => b.name.length - a.name.length);
  return {
    findPlaces(text: string): PlaceMention[] {
      const out: PlaceMention[] = [];
      for (const e of sorted) {
        const re = new RegExp(`(?<![\\p{L}])${e.name.replace(/[.]/g, "\\.")}(?:\\s+(?:district|province))?(?![\\p{L}])`, "gu");
        let m: RegExpExecArray | null;
        while ((m = re.exec(text)) !== null) {
          if (out.some((o) => o.start < m!.index + m![0].length && m!.index < o.end)) continue;
          out.push({ start: m.index, end: m.index + m[0].length, text: m[0], candidates: [e] });
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
    resolve(mention: PlaceMention): GeoResolution | null {
      const c = mention.candidates[0];
      if (!c) return null;
      return {
        country: c.country, adm1: c.adm1, adm2: c.adm2, place: c.kind === "town" ? c.name : null, lat: c.lat, lon: c.lon,
        precision: c.kind === "town" ? 1 : 3, confidence: 0.9, method: "gazetteer", evidence: [{ start: mention.start, end: mention.end }], candidate: c,
      };
    },
    border() {
      throw new Error("not in the stub");
    },
  };
}
