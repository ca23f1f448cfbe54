import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { defaultGeocoder } from "../../src/geo/index.js";

/**
 * Districts across the frontier and beyond with the project's real gazetteer: spellings of Afghan districts, the
 * provinces of the districts the automatic join got wrong, localities of Karachi, Islamabad and Quetta, villages of
 * Balochistan and the merged districts, and which place of several a report means. Own invented sentences.
 */
const geocoder = defaultGeocoder();
const read = (text: string, published = "2025-03-12") =>
  extract({ id: "t", text, published, title: null }, { geocoder }).incidents.filter((i) => !i.background);
const where = (text: string) => {
  const [i] = read(text);
  return i ? `${i.country}/${i.adm1}/${i.adm2}` : null;
};
const attack = (place: string) => `Gunmen attacked a police post in ${place} on Monday night, killing two constables, officials said.`;

describe("Afghan districts: spellings and provinces", () => {
  it.each([
    ["Bermel", "AF/Paktika/Bermel"],
    ["Dand Aw Patan district", "AF/Paktia/Dand Aw Patan"],
    ["Zormat", "AF/Paktia/Zormat"],
    ["Surkhrod district", "AF/Nangarhar/Surkhrod"],
    ["Garmsir", "AF/Helmand/Garmsir"],
    ["Haska Mina district", "AF/Nangarhar/Haska Mina"],
  ])("%s is %s (the report's own spelling of the district)", (place, want) => {
    expect(where(attack(place))).toBe(want);
  });

  it("Wuza Zadran lies in Paktia, Maruf in Kandahar, the second Muqur in Ghazni", () => {
    expect(where(attack("Wuza Zadran district"))).toBe("AF/Paktia/Wuza Zadran");
    expect(where(attack("Maruf district"))).toBe("AF/Kandahar/Maruf");
    expect(where("A roadside mine killed three Taliban fighters in the Muqur district of Ghazni on Monday.")).toBe("AF/Ghazni/Muqur");
  });

  it("a village named like another province's district: the district the report places it in wins", () => {
    const incs = read("Jets bombed houses in the Laman area of Barmal district in Paktika, killing eight people. A second strike hit a field near the village of Sarobi in Khost's Tani district the same night, wounding two shepherds.");
    expect(incs.map((i) => `${i.adm1}/${i.adm2}`)).toEqual(["Paktika/Barmal", "Khost/Tani"]);
  });

  it("'the provinces of Paktika and Khost': both names are provinces, not Khost city", () => {
    const refs = geocoder.findPlaces("Warplanes struck villages in the eastern provinces of Paktika and Khost late on Tuesday.");
    expect(refs.find((m) => m.text === "Khost")?.hint).toBe("province");
    expect(geocoder.findPlaces("Clashes were reported in Kunar and Khost provinces.").find((m) => m.text === "Kunar")?.hint).toBe("province");
  });
});

describe("Karachi: the press's district is the city, unless the report names the district", () => {
  it.each(["Landhi", "Baldia Town", "Gulshan-e-Iqbal", "Surjani Town", "Manghopir", "Korangi", "Shah Latif Town"])("%s is Karachi", (place) => {
    expect(where(attack(place))).toBe("PK/Sindh/Karachi");
  });

  it("'in Lyari, in Karachi South district': the district the report names", () => {
    expect(where("Two men on a motorcycle threw a grenade at a police van in Lyari, in Karachi South district, on Monday, wounding two constables.")).toBe("PK/Sindh/Karachi South");
  });
});

describe("Pakistani localities, villages and tehsils", () => {
  it.each([
    ["Tarnol", "PK/Islamabad Capital Territory/Islamabad"],
    ["Bhara Kahu", "PK/Islamabad Capital Territory/Islamabad"],
    ["Kili Kamalo", "PK/Balochistan/Quetta"],
    ["Spinny Road", "PK/Balochistan/Quetta"],
    ["Rarkan", "PK/Balochistan/Barkhan"],
    ["Gidar", "PK/Balochistan/Surab"],
    ["Pir Ghaib", "PK/Balochistan/Kachhi"],
    ["Besima", "PK/Balochistan/Washuk"],
    ["Kalmat", "PK/Balochistan/Gwadar"],
    ["Akhorwal", "PK/Khyber Pakhtunkhwa/Kohat"],
    ["Gomal Zam", "PK/Khyber Pakhtunkhwa/Tank"],
    ["Gara Essa Khan", "PK/Khyber Pakhtunkhwa/Dera Ismail Khan"],
    ["Takhtabeg", "PK/Khyber Pakhtunkhwa/Khyber"],
    ["Kohati Gate", "PK/Khyber Pakhtunkhwa/Peshawar"],
    ["Isakhel", "PK/Punjab/Mianwali"],
  ])("%s is %s", (place, want) => {
    expect(where(attack(place))).toBe(want);
  });
});
