import { describe, expect, it } from "vitest";
import { createGeocoder, defaultGeocoder, type GeoResolution } from "../../src/geo/index.js";

const g = createGeocoder();

/** Geocodes every place in `text` with the others as context; returns resolutions keyed by mention text. */
function geocode(text: string, date: string | null = null): Map<string, GeoResolution | null> {
  const ms = g.findPlaces(text);
  return new Map(ms.map((m) => [m.text, g.resolve(m, { others: ms, date })]));
}
function one(text: string, name: string, date: string | null = null): GeoResolution | null {
  const r = geocode(text, date);
  expect([...r.keys()]).toContain(name);
  return r.get(name) ?? null;
}
const where = (r: GeoResolution | null) => (r ? `${r.country}/${r.adm1}/${r.adm2}` : null);

describe("findPlaces", () => {
  it("returns spans that slice the text, left to right, longest match first", () => {
    const text = "Militants attacked a post in Mir Ali, North Waziristan, and in Khyber Pakhtunkhwa's Lakki Marwat.";
    const ms = g.findPlaces(text);
    expect(ms.map((m) => m.text)).toEqual(["Mir Ali", "North Waziristan", "Khyber Pakhtunkhwa", "Lakki Marwat"]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it.each([
    ["D.I. Khan", "Dera Ismail Khan"],
    ["DI Khan", "Dera Ismail Khan"],
    ["Dera Ismail Khan", "Dera Ismail Khan"],
    ["Miram Shah", "North Waziristan"],
    ["Miranshah", "North Waziristan"],
    ["Bajour", "Bajaur"],
    ["Bajaur Agency", "Bajaur"],
    ["Momand", "Mohmand"],
    ["Khyber Agency", "Khyber"],
    ["Kurram agency", "Kurram"],
    ["FR Bannu", "Bannu"],
    ["Orakzai", "Orakzai"],
    ["Lakki", "Lakki Marwat"],
    ["Takht-e-Nasrati", "Karak"],
    ["Parachinar", "Kurram"],
    ["Upper Kohistan", "Upper Kohistan"],
    ["Lower Kohistan", "Lower Kohistan"],
    ["Kolai-Palas", "Kolai-Palas"],
    ["Kolai Palas Kohistan", "Kolai-Palas"],
    ["Lower Kurram", "Kurram"],
    ["Upper Kurram", "Kurram"],
    ["Central Kurram", "Kurram"],
    ["Upper South Waziristan", "Upper South Waziristan"],
    ["Lower South Waziristan", "Lower South Waziristan"],
    ["Landi Kotal", "Khyber"],
    ["Torkham", "Khyber"],
    ["Angoor Adda", "Lower South Waziristan"],
    ["Ghulam Khan", "North Waziristan"],
    ["Datta Khel", "North Waziristan"],
    ["Spinwam", "North Waziristan"],
    ["Razmak", "North Waziristan"],
    ["Tirah valley", "Khyber"],
    ["Jamrud", "Khyber"],
    ["Sadda", "Kurram"],
    ["Nawagai", "Bajaur"],
    ["Mamund", "Bajaur"],
    ["Besham", "Shangla"],
    ["Pezu", "Lakki Marwat"],
    ["Tajazai", "Lakki Marwat"],
    ["Domel", "Bannu"],
    ["Zhob", "Zhob"],
    ["Sui", "Dera Bugti"],
    ["Turbat", "Kech"],
    ["Gwadar", "Gwadar"],
    ["Mastung", "Mastung"],
  ])("knows %s (district %s) with a 2023 date", (name, district) => {
    const r = one(`Officials said the attack took place in ${name} on Monday.`, name, "2023-09-01");
    expect(r?.country).toBe("PK");
    expect(r?.adm2).toBe(district);
  });

  it("requires names to be capitalised, and ordinary words to stand where places stand", () => {
    expect(g.findPlaces("the tank rolled past the bara market")).toEqual([]);
    expect(g.findPlaces("Tank crews were deployed.").map((m) => m.text)).toEqual([]);
    expect(g.findPlaces("Police in Tank said two were killed.").map((m) => m.text)).toEqual(["Tank"]);
    expect(g.findPlaces("Tank district police said two were killed.").map((m) => m.text)).toEqual(["Tank district"]);
  });

  it("is empty for empty or placeless text", () => {
    expect(g.findPlaces("")).toEqual([]);
    expect(g.findPlaces("Nothing happened anywhere today.")).toEqual([]);
  });
});

describe("resolve: provinces and districts", () => {
  it("uses the seven Pakistani province names exactly", () => {
    const allowed = new Set(["Khyber Pakhtunkhwa", "Balochistan", "Punjab", "Sindh", "Islamabad Capital Territory", "Gilgit-Baltistan", "Azad Kashmir"]);
    for (const n of ["KP", "KPK", "NWFP", "Baluchistan", "Punjab", "Sindh", "Islamabad", "Gilgit-Baltistan", "AJK", "FATA"]) {
      const r = one(`Reports from ${n} said so.`, n);
      expect(allowed.has(r!.adm1!), n).toBe(true);
    }
  });

  it("puts the former FATA agencies in Khyber Pakhtunkhwa", () => {
    for (const n of ["Khyber Agency", "Kurram Agency", "Bajaur Agency", "Mohmand Agency", "Orakzai Agency", "North Waziristan Agency", "South Waziristan Agency"]) {
      expect(one(`Troops moved into ${n} overnight.`, n)?.adm1).toBe("Khyber Pakhtunkhwa");
    }
  });

  it("knows all 34 Afghan provinces", () => {
    const provinces = ["Badakhshan", "Badghis", "Baghlan", "Balkh", "Bamyan", "Daykundi", "Farah", "Faryab", "Ghazni", "Ghor", "Helmand", "Herat", "Jowzjan", "Kabul", "Kandahar", "Kapisa", "Khost", "Kunar", "Kunduz", "Laghman", "Logar", "Nangarhar", "Nimroz", "Nuristan", "Paktia", "Paktika", "Panjshir", "Parwan", "Samangan", "Sar-e Pol", "Takhar", "Uruzgan", "Wardak", "Zabul"];
    for (const p of provinces) {
      const r = one(`Fighting was reported in ${p} province.`, `${p} province`);
      expect(r?.country).toBe("AF");
      expect(r?.adm1).toBe(p);
      expect(r?.precision).toBe(3);
    }
  });

  it.each([
    ["Spin Boldak", "Kandahar", "Spin Boldak"],
    ["Barmal", "Paktika", "Barmal"],
    ["Spera", "Khost", "Spera"],
    ["Dangam", "Kunar", "Dangam"],
    ["Chawkay", "Kunar", "Chawkay"],
    ["Dur Baba", "Nangarhar", "Dur Baba"],
    ["Jalalabad", "Nangarhar", "Jalalabad"],
    ["Lamani", "Paktika", "Barmal"],
    ["Shkin", "Paktika", "Barmal"],
    ["Urgun", "Paktika", "Urgun"],
  ])("knows the Afghan place %s (%s, %s)", (name, adm1, adm2) => {
    const r = one(`Afghan officials said the strike hit ${name} on Tuesday.`, name);
    expect(where(r)).toBe(`AF/${adm1}/${adm2}`);
  });

  it("reads bare 'Khyber' as the district and 'Khyber Pakhtunkhwa' as the province", () => {
    const r = geocode("A blast in Khyber killed two; Khyber Pakhtunkhwa police said.");
    expect(where(r.get("Khyber")!)).toBe("PK/Khyber Pakhtunkhwa/Khyber");
    expect(r.get("Khyber")!.precision).toBe(3);
    expect(where(r.get("Khyber Pakhtunkhwa")!)).toBe("PK/Khyber Pakhtunkhwa/null");
  });

  it("gives precision 1 for towns, 2 for parts of a district, 3 for districts and provinces", () => {
    const r = geocode("Blasts in Wana, in Tirah, in Bannu district and in Balochistan.");
    expect(r.get("Wana")!.precision).toBe(1);
    expect(r.get("Tirah")!.precision).toBe(2);
    expect(r.get("Bannu district")!.precision).toBe(3);
    expect(r.get("Balochistan")!.precision).toBe(3);
    expect(r.get("Balochistan")!.method).toBe("province-only");
  });
});

describe("resolve: district names follow the date and the text", () => {
  it("Chaman is Killa Abdullah before the 2021 split and Chaman after", () => {
    expect(one("Gunmen opened fire in Chaman.", "Chaman", "2019-01-17")?.adm2).toBe("Killa Abdullah");
    expect(one("Gunmen opened fire in Chaman.", "Chaman", "2022-12-11")?.adm2).toBe("Chaman");
  });

  it("Wana is South Waziristan before 2022, Lower South Waziristan after, and what the text names", () => {
    expect(one("Shells landed in Wana.", "Wana", "2020-10-06")?.adm2).toBe("South Waziristan");
    expect(one("Shells landed in Wana.", "Wana", "2023-07-18")?.adm2).toBe("Lower South Waziristan");
    expect(one("Shells landed in Wana, South Waziristan.", "Wana", "2024-02-01")?.adm2).toBe("South Waziristan");
    expect(one("Elders were shot in Wana, Lower South Waziristan district.", "Wana", "2023-07-18")?.adm2).toBe("Lower South Waziristan");
  });

  it("an explicitly named older district wins over the date", () => {
    expect(one("A polio worker was shot in the Sultanzai area of Chaman, in Killa Abdullah district.", "Sultanzai", "2019-01-17")?.adm2).toBe("Killa Abdullah");
  });

  it("Kohistan's split: Dasu was Kohistan before 2014", () => {
    expect(one("Engineers were attacked near Dasu.", "Dasu", "2012-05-01")?.adm2).toBe("Kohistan");
    expect(one("Engineers were attacked near Dasu.", "Dasu", "2021-07-14")?.adm2).toBe("Upper Kohistan");
  });

  it("without a date the current district stands", () => {
    expect(one("Fighting near Chaman.", "Chaman")?.adm2).toBe("Chaman");
  });
});

describe("resolve: ambiguity", () => {
  it("leaves a name in two countries unresolved without context", () => {
    expect(one("Shots were fired in Chamkani.", "Chamkani")).toBeNull();
  });

  it("resolves it by the province or district named nearby", () => {
    expect(where(one("Shots were fired in Chamkani, Paktia province.", "Chamkani"))).toBe("AF/Paktia/Chamkani");
    expect(where(one("Shots were fired in Chamkani, on the outskirts of Peshawar.", "Chamkani"))).toBe("PK/Khyber Pakhtunkhwa/Peshawar");
  });

  it("resolves Jani Khel by the neighbouring places", () => {
    expect(where(one("Protesters from Jani Khel marched to Bannu.", "Jani Khel"))).toBe("PK/Khyber Pakhtunkhwa/Bannu");
  });

  it("reports lower confidence for a contested reading than for a unique one", () => {
    const unique = one("An attack in Miranshah.", "Miranshah")!;
    const contested = one("Shots were fired in Chamkani, Paktia province.", "Chamkani")!;
    expect(contested.confidence).toBeLessThan(unique.confidence);
  });

  it("returns null for a mention without candidates", () => {
    expect(g.resolve({ start: 0, end: 3, text: "Xyz", candidates: [] }, { others: [] })).toBeNull();
  });
});

describe("border", () => {
  it("places Miranshah on the Pakistani side, inside the belt, near Ghulam Khan", () => {
    const b = g.border(33.0006, 70.0712);
    expect(b.side).toBe("PK");
    expect(b.in_belt).toBe(true);
    expect(b.distance_km).toBeGreaterThan(5);
    expect(b.distance_km).toBeLessThan(30);
    expect(b.nearest_crossing).toBe("Ghulam Khan");
  });

  it("places Jalalabad on the Afghan side and Landi Kotal next to Torkham", () => {
    expect(g.border(34.43, 70.45).side).toBe("AF");
    const lk = g.border(34.0988, 71.1411);
    expect(lk.nearest_crossing).toBe("Torkham");
    expect(lk.nearest_crossing_km).toBeLessThan(10);
  });

  it("honours the belt width", () => {
    const narrow = createGeocoder({ beltKm: 10 });
    expect(narrow.border(33.0006, 70.0712).in_belt).toBe(false);
    expect(g.border(30.19, 67.0).in_belt).toBe(false); // Quetta, ~65 km
  });

  it("returns nulls for impossible points", () => {
    expect(g.border(NaN, 70).distance_km).toBeNull();
    expect(g.border(95, 70).side).toBeNull();
  });

  it("knows all eight official crossings with points", () => {
    expect(g.crossings().map((c) => c.name).sort()).toEqual(["Angoor Adda", "Arandu", "Badini", "Bin Shahi", "Chaman", "Ghulam Khan", "Kharlachi", "Torkham"]);
  });
});

describe("locate and the shared instance", () => {
  it("finds Afghan districts by polygon and Pakistani ones by nearest seat (flagged)", () => {
    expect(g.locate(31.0, 66.4)).toMatchObject({ country: "AF", adm1: "Kandahar", adm2: "Spin Boldak", method: "polygon" });
    expect(g.locate(32.99, 70.6)).toMatchObject({ country: "PK", adm2: "Bannu", method: "nearest-seat" });
  });

  it("createGeocoder() without options is the cached shared instance", () => {
    expect(createGeocoder()).toBe(defaultGeocoder());
  });
});

describe("resolve: the words around a name", () => {
  it("reads 'Khost provincial' as the province and 'the city of Kandahar' as the city", () => {
    const r = one("The spokesman of the Khost provincial administration said shells hit Zazai Maidan district.", "Khost");
    expect(r).toMatchObject({ country: "AF", adm1: "Khost", adm2: null, precision: 3 });
    expect(geocode("The mosque in the southern Afghan city of Kandahar was hit.").get("Kandahar")).toMatchObject({ adm1: "Kandahar", adm2: "Kandahar", precision: 1 });
    expect(geocode("Troops entered the province of Kandahar.").get("Kandahar")).toMatchObject({ adm2: null, precision: 3 });
  });
});

describe("findPlaces: no places in months, people's names or foreign cities", () => {
  it("ignores 'March', person-like GeoNames names outside place positions, and Basra", () => {
    const found = g.findPlaces("In March, Sepoy Ibrahim Khan and Ghulam Ali were injured. Officials in Basra said so.").map((m) => m.text);
    expect(found).toEqual([]);
  });
});

describe("resolve: regions without a district", () => {
  it("gives Waziristan, Makran and divisions their province only, at precision 3", () => {
    const r = geocode("Operations in Waziristan and along the Makran coast; curfew in Malakand division.");
    expect(r.get("Waziristan")).toMatchObject({ adm1: "Khyber Pakhtunkhwa", adm2: null, precision: 3, method: "province-only" });
    expect(r.get("Makran coast")).toMatchObject({ adm1: "Balochistan", adm2: null, precision: 3 });
    expect(r.get("Malakand division")).toMatchObject({ adm1: "Khyber Pakhtunkhwa", adm2: null, precision: 3 });
  });
});

describe("lookup and area precision", () => {
  it("looks names up case- and accent-blind", () => {
    expect(g.lookup("miram shah").map((c) => c.adm2)).toEqual(["North Waziristan"]);
    expect(g.lookup("HERĀT").some((c) => c.country === "AF" && c.adm1 === "Herat")).toBe(true);
    expect(g.lookup("Atlantis")).toEqual([]);
  });

  it("gives precision 2 to a town named as an area ('Bara tehsil')", () => {
    expect(one("A bomb went off in Bara tehsil of Khyber district.", "Bara tehsil")?.precision).toBe(2);
    expect(one("A bomb went off in Bara bazaar.", "Bara bazaar")?.precision).toBe(1);
  });
});

describe("resolve: districts that no longer exist", () => {
  it("reads 'Chitral' as the district before 2018 and as the town in Lower Chitral after", () => {
    expect(one("Militants attacked a checkpost in Chitral.", "Chitral", "2012-03-01")?.adm2).toBe("Chitral");
    expect(one("Militants attacked a checkpost in Chitral.", "Chitral", "2023-09-06")?.adm2).toBe("Lower Chitral");
  });

  it("keeps 'South Waziristan' when the text names it after the split", () => {
    expect(one("Troops were ambushed in South Waziristan.", "South Waziristan", "2024-03-01")?.adm2).toBe("South Waziristan");
  });

  it("a town of a wholly divided district takes the undivided name the report uses anywhere, when it names no part", () => {
    const far = " The corps commander reviewed the fencing of the border, the return of displaced families, schools shut since the spring, new markets and roads, and the long list of tribal disputes still before the jirgas of the area.";
    expect(one(`The army stepped up patrols in South Waziristan district.${far}${far} Gunmen later fired on a police post in Azam Warsak.`, "Azam Warsak", "2025-09-14")?.adm2).toBe("South Waziristan");
    // (a part named anywhere: the date rule stands)
    expect(one(`The army stepped up patrols in South Waziristan and Upper South Waziristan.${far}${far} Gunmen later fired on a police post in Azam Warsak.`, "Azam Warsak", "2025-09-14")?.adm2).toBe("Lower South Waziristan");
    // (a district that still exists after the split, Killa Abdullah, named elsewhere does not take Chaman town back)
    expect(one(`Levies patrolled Killa Abdullah district.${far}${far} Gunmen later opened fire in Chaman.`, "Chaman", "2024-05-02")?.adm2).toBe("Chaman");
  });

  it("puts a district's headquarters town in that district (Duki, Murree)", () => {
    expect(g.lookup("Duki").every((c) => c.adm2 === "Duki")).toBe(true);
    expect(one("A blast in Duki killed miners.", "Duki", "2010-05-01")?.adm2).toBe("Loralai");
  });
});
