import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { createGeocoder } from "../../src/geo/index.js";
import { itemHeading } from "../../src/extract/passes/08-frames.js";

/**
 * News-in-brief police bulletins (issue 3, stop 16): an arrest told under an item's own heading ("TANK CITY: ",
 * "Two held in Jandola: ") is that item's event, not the follow-up of the item before it. Own invented reports; the
 * real gazetteer.
 */
const geocoder = createGeocoder();
const brief = (text: string, published: string) =>
  extract({ id: "r", text, published }, { geocoder }).incidents.filter((i) => !i.background).map((i) => `${i.date} ${i.adm2} ${i.sub_event_type}`);

describe("a bulletin item's heading", () => {
  it("knows headings from sentences that end in a colon", () => {
    expect(itemHeading("PEZU (Lakki Marwat): Police arrested two men on Friday.")).toBe(true);
    expect(itemHeading("Two held in Jandola: The CTD said it had detained two men.")).toBe(true);
    expect(itemHeading("- Police arrested a suspect in Kohat on Sunday.")).toBe(true);
    expect(itemHeading("He said four men were hurt: Two of them are critical.")).toBe(false);
    expect(itemHeading("The problem is simple: Nobody listens.")).toBe(false);
    expect(itemHeading("Police arrested two men on Friday: they were later freed.")).toBe(false);
  });

  it("an arrest under its own place heading after an attack item is an incident of its own", () => {
    const r = brief(
      "TANK: Gunmen attacked a police patrol in Tank district early on Friday, police said.\n\nGUL IMAM: A police van was fired on near Gul Imam at about 2am on Friday. One constable was wounded and taken to hospital.\n\nPEZU (Lakki Marwat): Police arrested three suspected militants in a search operation in Pezu on Friday morning. Two rifles were recovered.",
      "2025-04-05",
    );
    expect(r).toContain("2025-04-04 Lakki Marwat Arrests");
  });

  it("an arrest told in the paragraph after an attack, with no heading, stays that attack's follow-up", () => {
    const r = brief(
      "TANK: Gunmen fired on a police van near Gul Imam in Tank district on Thursday night, wounding one constable, police said.\n\nPolice later arrested two suspects in a search of the area, officials said.",
      "2025-04-05",
    );
    expect(r.filter((x) => x.endsWith("Arrests"))).toEqual([]);
  });
});
