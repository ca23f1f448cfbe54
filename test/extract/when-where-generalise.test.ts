import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { createGeocoder } from "../../src/geo/index.js";

/**
 * Detection, dates, places, sub-event types and casualty splits in wordings the development set does not use.
 * Own invented reports, several wordings per construction (session 10, "when"); the real gazetteer.
 */
const geocoder = createGeocoder();
const read = (text: string, published: string) => extract({ id: "w", text, published }, { geocoder }).incidents.filter((i) => !i.background);
const where = (text: string, published = "2025-06-01") => read(text, published).map((i) => `${i.country}/${i.adm1}/${i.adm2}`);

describe("a place followed by a district or province names its district", () => {
  it("a pass or village the gazetteer reads as another country's district yields to the district after it", () => {
    expect(where("Two FC soldiers were martyred when militants attacked a border post at Nawa Pass, Bajaur, on Friday night.")).toEqual(["PK/Khyber Pakhtunkhwa/Bajaur"]);
    expect(where("Militants fired on a Levies picket in Nawa, Bajaur, late on Tuesday, wounding two personnel.")).toEqual(["PK/Khyber Pakhtunkhwa/Bajaur"]);
    expect(where("A roadside bomb struck a police van near Andar, Kurram, on Sunday, injuring three constables.")).toEqual(["PK/Khyber Pakhtunkhwa/Kurram"]);
  });
});

describe("district spellings of the press", () => {
  it("each spelling of a district is also known with the word 'district' after it (and is written as the report spells it)", () => {
    expect(where("A magnetic bomb went off in Sarobi district, east of Kabul, on Monday, killing a driver.")).toEqual(["AF/Kabul/Sarobi"]);
    expect(where("Pakistani drones struck a house in Sirkanay district of Kunar on Sunday, killing three people.")).toEqual(["AF/Kunar/Sirkanay"]);
    expect(where("Gunmen killed two Taliban guards in Gurbaz district of Khost province on Saturday.")).toEqual(["AF/Khost/Gurbaz"]);
    expect(where("A mortar round landed in Yousuf Khel district of Paktika on Friday, wounding a child.")).toEqual(["AF/Paktika/Yousuf Khel"]);
    expect(where("Pakistani jets bombed a compound in Bermal district on Tuesday, killing eight people.")).toEqual(["AF/Paktika/Bermal"]);
  });

  it("a province's possessive chooses between two districts of one name", () => {
    expect(where("Kabul's Sarobi district saw a roadside bomb kill two policemen on Monday.").map((x) => x.split("/")[1])).toEqual(["Kabul"]);
    expect(where("A roadside bomb killed two policemen in Paktika's Sarobi district on Monday.").map((x) => x.split("/")[1])).toEqual(["Paktika"]);
  });

  it("a direction from a city is a reference point, not where it happened", () => {
    expect(where("A bomb hidden in a cart went off in Surobi district, 60 km east of Kabul, on Monday, killing one man.")).toEqual(["AF/Kabul/Surobi"]);
    expect(where("Gunmen shot dead a trader in Mastung, south of Quetta, on Sunday.")).toEqual(["PK/Balochistan/Mastung"]);
    expect(where("A landmine killed two shepherds in Kahan, north-east of Sibi, on Sunday.")).toEqual(["PK/Balochistan/Kohlu"]);
  });

  it("towns of the Bolan, Pishin, Ziarat and Khyber reporting", () => {
    expect(where("Militants opened fire on a passenger train near Kolpur on Tuesday, killing a guard.")).toEqual(["PK/Balochistan/Kachhi"]);
    expect(where("A grenade was hurled at a shop in Bostan on Friday, wounding two customers.")).toEqual(["PK/Balochistan/Pishin"]);
    expect(where("Two labourers were shot dead in Sanjavi on Thursday.")).toEqual(["PK/Balochistan/Ziarat"]);
  });
});

describe("an Afghan district keeps the report's spelling", () => {
  const adm2 = (text: string) => read(text, "2025-06-01").map((i) => i.adm2);
  it("the district named in the report is written as the report spells it", () => {
    expect(adm2("Afghan and Pakistani forces traded fire in the Dand-e-Patan district of Paktia on Wednesday; one guard died.")).toEqual(["Dand-e-Patan"]);
    expect(adm2("A roadside bomb killed two Taliban fighters in Sherzad district of Nangarhar on Tuesday.")).toEqual(["Sherzad"]);
    expect(adm2("Pakistani jets struck a house in Paktika's Bermal district early on Tuesday, killing eight people.")).toEqual(["Bermal"]);
    expect(adm2("Pakistani jets struck a house in Paktika's Barmal district early on Tuesday, killing eight people.")).toEqual(["Barmal"]);
  });
  it("a village alone gives the gazetteer's district name; a dateline in capitals does not set the spelling", () => {
    expect(adm2("SPERA: Pakistani shells hit a house in Spera district of Khost on Monday, killing a child.")).toEqual(["Spera"]);
    expect(adm2("Pakistani shells killed a child in Shkin, Paktika, on Monday.")).toEqual(["Barmal"]);
  });
});
