import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { findPlaceRefs } from "../../src/extract/passes/05-places.js";
import { createGeocoder } from "../../src/geo/index.js";

/**
 * Follow-up leads whose incident happened days before ("X died on Sunday, a day after militants ambushed ...") and roads
 * named after the two towns they join. Own invented reports (stop 17, "when-where"); the real gazetteer.
 */
const geocoder = createGeocoder();
const read = (text: string, published: string) =>
  extract({ id: "fw", text, published }, { geocoder }).incidents.filter((i) => !i.background).map((i) => `${i.date} ${i.adm2}`);

describe("a lead that tells only what followed dates the incident it recalls", () => {
  // 2025-03-11 is a Tuesday: Sunday is the 9th
  it("a later death 'on Sunday, a day after militants ambushed ...': the ambush on Saturday", () => {
    const r = read(
      "DERA ISMAIL KHAN: A third policeman succumbed to his wounds on Sunday, a day after militants ambushed a police van near Kulachi in Dera Ismail Khan.\n\nTwo constables had been killed on the spot in the attack. Police said the attackers escaped.",
      "2025-03-11",
    );
    expect(r).toEqual(["2025-03-08 Dera Ismail Khan"]);
  });
  it("a revised toll two days after a bombing: the bombing's own day", () => {
    const r = read("The number of people killed rose to nine on Sunday, two days after a bomb tore through a vegetable market in Kohat.", "2025-03-11");
    expect(r).toEqual(["2025-03-07 Kohat"]);
  });
  it("control: a main clause with an act of its own keeps its day; the recalled clause stays apart", () => {
    const r = read("Security forces killed four militants in an operation in Tank on Sunday, a day after gunmen attacked a police post in Bannu.", "2025-03-11");
    expect(r[0]).toBe("2025-03-09 Tank");
  });
});

describe("a road joining two towns is placed in the district the report tells", () => {
  it("a sit-in on the Bannu-Miranshah road after a strike near Mir Ali is in North Waziristan", () => {
    const r = read(
      "A drone strike killed two men in a village near Mir Ali in North Waziristan on Saturday, residents said.\n\nOn Sunday, tribesmen carried the bodies to the Bannu-Miranshah road and blocked it for six hours in protest.",
      "2025-03-11",
    );
    expect(r).toEqual(["2025-03-08 North Waziristan", "2025-03-09 North Waziristan"]);
  });
  it("control: the same road with the report's events in Bannu stays in Bannu", () => {
    const r = read(
      "Gunmen shot dead a shopkeeper in Bannu city on Saturday.\n\nOn Sunday, traders blocked the Bannu-Miranshah road in protest against the killing.",
      "2025-03-11",
    );
    expect(r.every((x) => x.endsWith("Bannu"))).toBe(true);
  });
});

describe("where a vehicle was going and names listed after a weak one are not where it happened", () => {
  it("'Quetta-bound', 'Karachi-bound': the destination yields to the district named", () => {
    expect(read("Gunmen stopped two Karachi-bound buses in Kalat district on Sunday night and shot dead four passengers.", "2025-03-11")).toEqual(["2025-03-09 Kalat"]);
    expect(read("Militants fired on a Quetta-bound coach near Sambaza in Zhob district on Sunday, wounding three travellers.", "2025-03-11")).toEqual(["2025-03-09 Zhob"]);
  });
  it("'the trip to Tank and Dera Ismail Khan', 'residents of Karak and Kohat': a name listed after a weak one is weak too", () => {
    const weights = (text: string) => findPlaceRefs(text, geocoder, { date: "2025-03-11" }).map((p) => `${p.mention.text}:${p.weight}`);
    expect(weights("Traders said the bombing had made the trip to Tank and Dera Ismail Khan more dangerous.")).toEqual(["Tank:1", "Dera Ismail Khan:1"]);
    expect(weights("The two soldiers, residents of Karak and Kohat, were martyred in the attack.")).toEqual(["Karak:1", "Kohat:1"]);
  });
  it("control: two districts told as where things happened both keep their weight", () => {
    const r = read("Militants attacked police posts in Bannu and Lakki Marwat on Sunday night, killing three constables.", "2025-03-11");
    expect(r.length).toBeGreaterThan(0);
    expect(r[0]).toMatch(/Bannu|Lakki Marwat/);
  });
});

describe("a count of the hurt is no list of places", () => {
  it("'one soldier was killed and two injured when posts ... came under fire' counts in a report of several incidents", () => {
    const inc = extract(
      {
        id: "pl",
        text: "Pakistani jets struck a house in Barmal district of Paktika on Thursday night, killing four civilians, local officials said.\n\nThe next evening, Afghan forces fired on Pakistani border posts. An official in Kurram district said one soldier was killed and two injured when posts near Parachinar came under fire.",
        published: "2025-03-23",
      },
      { geocoder },
    ).incidents.filter((i) => !i.background && i.adm2 === "Kurram");
    expect(inc.map((i) => [i.killed.total, i.injured.total])).toEqual([[1, 2]]);
  });
});
