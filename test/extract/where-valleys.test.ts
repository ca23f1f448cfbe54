import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { defaultGeocoder } from "../../src/geo/index.js";

/**
 * Baghlan and Panjshir districts by their press spellings, residents telling what happened in their own district, and
 * an event placed more closely in a sentence of its own after the lead gave only its province. Own invented sentences.
 */
const geocoder = defaultGeocoder();
const read = (text: string, published = "2025-06-10") =>
  extract({ id: "t", text, published, title: null }, { geocoder }).incidents.filter((i) => !i.background);
const where = (text: string) => {
  const [i] = read(text);
  return i ? `${i.country}/${i.adm1}/${i.adm2}` : null;
};

describe("districts of Baghlan and Panjshir and a Noshki village", () => {
  it.each([
    ["the Khost-wa-Fereng district", "AF/Baghlan/Khost-wa-Fereng"],
    ["Pul-i-Hisar district", "AF/Baghlan/Pul-i-Hisar"],
    ["Deh Saleh district", "AF/Baghlan/Deh Saleh"],
    ["Tala wa Barfak district", "AF/Baghlan/Tala wa Barfak"],
  ])("%s is %s (the report's own spelling of the district)", (place, want) => {
    expect(where(`Gunmen ambushed a patrol in ${place} on Sunday evening, killing three fighters, a local official said.`)).toBe(want);
  });

  it("Ahmedwal on the N-40 is in Noshki", () => {
    expect(where("A roadside bomb struck a Levies vehicle near Ahmedwal on Tuesday, killing two personnel, officials said.")).toBe("PK/Balochistan/Noshki");
  });
});

describe("residents of a district who tell what happened there", () => {
  it("'residents of X district said' places the event in X, not only the province", () => {
    const text =
      "The mountain roads of Baghlan were quiet last week. On Saturday, residents of Pul-e-Hisar district said gunmen searched homes and abducted six young men.";
    const [i] = read(text);
    expect(i?.adm2).toBe("Pul-e-Hisar");
  });

  it("a victim who was a resident of a district is still no place of the event", () => {
    const text = "A shopkeeper, a resident of Deh Salah district, was shot dead in Pul-e-Khumri city on Monday, police said.";
    const [i] = read(text);
    expect(i?.adm2).toBe("Pul-e-Khumri");
  });
});

describe("an event placed more closely after the lead", () => {
  it("'the attack took place in ... district' refines a lead that named only the province", () => {
    const text =
      "Resistance fighters attacked a checkpoint in Panjshir on Friday night, killing four guards, the front said.\n\n" +
      "A spokesman said the attack took place in the Bazarak district and lasted an hour.";
    expect(where(text)).toBe("AF/Panjshir/Bazarak");
  });

  it("a district of another province named that way does not move the event", () => {
    const text =
      "Resistance fighters attacked a checkpoint in Panjshir on Friday night, killing four guards, the front said.\n\n" +
      "A spokesman said the attack took place in Nahrin district, far to the north.";
    expect(where(text)).toBe("AF/Panjshir/null");
  });
});

describe("the day of a funeral or a handover is not the day of the attack", () => {
  it("'funeral prayers were offered on Monday for men killed when ... last night' is the night before", () => {
    const text = "Funeral prayers were offered on Tuesday for three Levies men martyred when gunmen stormed their check post in Kalat district late last night.";
    const [i] = read(text, "2025-06-10");
    expect(i?.date).toBe("2025-06-09");
  });

  it("a funeral on a day told after the attack's own day keeps the attack's day", () => {
    const text = "Gunmen killed two policemen in Kalat district on Monday; their funeral was held on Tuesday.";
    const [i] = read(text, "2025-06-10");
    expect(i?.date).toBe("2025-06-09");
  });
});

describe("a province in an institution's name", () => {
  it("'the University of Balochistan' is no place of the event; the report's city is", () => {
    const text =
      "QUETTA: A student of the University of Balochistan was abducted from his hostel room late on Monday by armed men in plain clothes, his family said.\n\n" +
      "On Tuesday, dozens of his classmates marched to the Quetta Press Club and demanded his release.";
    const [i] = read(text, "2025-06-10");
    expect(`${i?.adm1}/${i?.adm2}`).toBe("Balochistan/Quetta");
  });
});
