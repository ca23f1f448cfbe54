import { describe, expect, it } from "vitest";
import { findActors } from "../../src/extract/actors.js";

const ids = (text: string, date?: string) => findActors(text, { date }).map((m) => m.id);

describe("findActors", () => {
  it("recognises TTP under its many spellings and official labels", () => {
    for (const s of [
      "Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "Tehrik e Taliban", "TTP", "the Pakistani Taliban",
      "Fitna al-Khawarij", "Fitna-al-Khwarij", "khawarij", "Khwarij",
    ]) expect(ids(`Officials blamed ${s} for the attack.`), s).toEqual(["TTP"]);
  });

  it("recognises the other armed groups", () => {
    expect(ids("Jamaat-ul-Ahrar claimed it")).toEqual(["JUA"]);
    expect(ids("the Hafiz Gul Bahadur group")).toEqual(["HGB"]);
    expect(ids("Lashkar-i-Islam fighters")).toEqual(["LI"]);
    for (const s of ["Daesh", "IS-K", "ISKP", "ISIS-K", "Islamic State Khorasan", "Islamic State-Khorasan Province"]) {
      expect(ids(`${s} said`), s).toEqual(["ISKP"]);
    }
    expect(ids("al-Qaeda and AQIS")).toEqual(["AQ", "AQ"]);
    expect(ids("Lashkar-e-Jhangvi (LeJ)")).toEqual(["LEJ", "LEJ"]);
    expect(ids("the BLA's Majeed Brigade")).toEqual(["BLA", "BLA"]);
    expect(ids("Baloch Liberation Front")).toEqual(["BLF"]);
    expect(ids("BRAS, BRG and the BLT")).toEqual(["BALOCH_OTHER", "BALOCH_OTHER", "BALOCH_OTHER"]);
  });

  it("keeps the Frontier Corps apart from the constabularies", () => {
    expect(ids("Frontier Corps (FC) personnel")).toEqual(["PK_FC", "PK_FC"]);
    expect(ids("a Frontier Constabulary platoon")).toEqual(["PK_CONSTABULARY"]);
    expect(ids("the Federal Constabulary")).toEqual(["PK_CONSTABULARY"]);
  });

  it("maps police, CTD, Levies and Khasadar to PK_POLICE, soldiers and ISPR to PK_ARMY", () => {
    expect(ids("police, CTD, Levies and Khasadar men")).toEqual(["PK_POLICE", "PK_POLICE", "PK_POLICE", "PK_POLICE"]);
    expect(ids("ISPR said two soldiers and SSG troops")).toEqual(["PK_ARMY", "PK_ARMY", "PK_ARMY", "PK_ARMY"]);
    expect(ids("Pakistani jets struck")).toEqual(["PK_AIR_FORCE"]);
    expect(ids("security forces")).toEqual(["PK_SECURITY"]);
  });

  it("reads Afghan forces by era", () => {
    expect(ids("Afghan forces fired", "2019-05-01")).toEqual(["AF_FORMER_GOV"]);
    expect(ids("Afghan forces fired", "2024-05-01")).toEqual(["AF_TALIBAN"]);
    expect(ids("Islamic Emirate forces and Afghan border guards")).toEqual(["AF_TALIBAN", "AF_TALIBAN"]);
    expect(ids("former Afghan government forces")).toEqual(["AF_FORMER_GOV"]);
  });

  it("finds civilians, foreigners and the governments as speakers", () => {
    expect(ids("worshippers, passengers and labourers")).toEqual(["CIVILIANS", "CIVILIANS", "CIVILIANS"]);
    expect(ids("five Chinese engineers")).toEqual(["FOREIGN_NATIONALS"]);
    const gov = findActors("Zabihullah Mujahid and the Foreign Office spokesperson and the Afghan Ministry of Defence");
    expect(gov.map((m) => [m.id, m.role])).toEqual([["AF_GOV", "speaker"], ["PK_GOV", "speaker"], ["AF_GOV", "speaker"]]);
    expect(gov[2].text).toBe("Afghan Ministry of Defence");
  });

  it("gives offsets into the text, prefers the longer wording, and ignores ordinary words", () => {
    const text = "Later, the Pakistani Taliban said so.";
    const [m] = findActors(text);
    expect(text.slice(m.start, m.end)).toBe("Pakistani Taliban");
    expect(ids("This is a major issue; it is what it is.")).toEqual([]);
    expect(findActors("")).toEqual([]);
  });
});
