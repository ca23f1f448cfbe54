import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

/** Other wordings of the same kinds of facts (own invented reports): the rules must not depend on one phrasing. */
const geocoder = stubGeocoder();
const one = (text: string, published: string) => {
  const r = extract({ id: "w", text, published }, { geocoder });
  expect(r.incidents.filter((i) => !i.background)).toHaveLength(1);
  return r.incidents[0];
};

describe("varied wording", () => {
  it("'embraced martyrdom', 'a third sustained injuries', 'late Monday'", () => {
    const i = one("BANNU, May 7: Two police constables embraced martyrdom while a third sustained injuries after unknown assailants ambushed their patrol in Bannu late Monday, the district police chief said.", "2024-05-07");
    expect(i).toMatchObject({ date: "2024-05-06", adm2: "Bannu", sub_event_type: "Armed clash", perpetrators: ["MILITANTS"], targets: ["PK_POLICE"] });
    expect(i.killed).toMatchObject({ total: 2, security_forces: 2 });
    expect(i.injured.total).toBe(1);
  });

  it("'left eight soldiers dead and 141 civilians injured', 'gunned down', 'owned the assault'", () => {
    const i = one("BANNU: A suicide attack on the Bannu cantonment on Monday morning left eight soldiers dead and 141 civilians injured, officials said. Ten assailants were gunned down in the ensuing clash. The Hafiz Gul Bahadur faction owned the assault.", "2024-07-15");
    expect(i).toMatchObject({ date: "2024-07-15", sub_event_type: "Suicide bomb", perpetrators: ["HGB"] });
    expect(i.killed).toMatchObject({ total: 18, security_forces: 8, militants: 10 });
    expect(i.injured).toMatchObject({ total: 141, civilians: 141 });
  });

  it("'lost their lives', 'said it was behind the raid', paramilitary soldiers", () => {
    const i = one("QUETTA: Eighteen paramilitary soldiers lost their lives in a gun battle with separatist fighters near Quetta on Friday, the army's media wing said on Saturday. Twelve militants were also killed, it added. The outlawed BLA said it was behind the raid.", "2025-02-01");
    expect(i).toMatchObject({ date: "2025-01-31", adm2: "Quetta", sub_event_type: "Armed clash", perpetrators: ["BLA"], targets: ["PK_FC"] });
    expect(i.killed).toMatchObject({ total: 30, security_forces: 18, militants: 12 });
  });

  it("'launched an assault ... all nine attackers were neutralised', no one harmed", () => {
    const i = one("Terrorists launched an assault on a Pakistan Air Force training base in Tank early Saturday, but all nine attackers were neutralised, the ISPR said. No personnel were harmed.", "2023-11-04");
    expect(i).toMatchObject({ date: "2023-11-04", adm2: "Tank", perpetrators: ["MILITANTS"] });
    expect(i.killed).toMatchObject({ total: 9, militants: 9 });
  });

  it("a hijacked train is an abduction", () => {
    const i = one("QUETTA: Separatists hijacked a passenger train with over 400 people on board near Quetta on Tuesday afternoon after blowing up a section of the track, officials said.", "2025-03-12");
    expect(i).toMatchObject({ date: "2025-03-11", sub_event_type: "Abduction/forced disappearance" });
  });

  it("an attack 'in retaliation for' air raids is not itself an air strike", () => {
    const i = one("Afghan forces fired on Pakistani border posts in Kurram on Saturday in retaliation for Pakistani air raids, officials said. One soldier was killed and eleven were wounded in the firing in Bajaur.", "2024-12-29");
    expect(i.sub_event_type).not.toBe("Air/drone strike");
    expect(i.killed.total).toBe(1);
    expect(i.injured.total).toBe(11);
  });

  it("no one hurt gives zero, not unknown", () => {
    const i = one("Militants hurled a grenade at a police station in Lakki Marwat on Sunday night. No one was hurt, police said.", "2023-05-15");
    expect(i).toMatchObject({ sub_event_type: "Grenade", killed: { total: 0 }, injured: { total: 0 } });
  });

  it("'10 others, including three officers, were injured'", () => {
    const i = one("Two soldiers were martyred and 10 others, including three officers, were injured when militants attacked a post in Mir Ali on Tuesday, the military said.", "2022-12-21");
    expect(i.killed).toMatchObject({ total: 2, security_forces: 2 });
    expect(i.injured.total).toBe(10);
  });

  it("'four children and the driver were killed', a suicide car bomb on a school bus", () => {
    const i = one("QUETTA: A school bus carrying children was hit by a suicide car bomb in Quetta on Wednesday morning. Officials said four children and the driver were killed and 38 people were hurt.", "2025-05-21");
    expect(i).toMatchObject({ date: "2025-05-21", adm2: "Quetta", sub_event_type: "Suicide bomb", perpetrators: ["MILITANTS"], targets: ["CIVILIANS"] });
    expect(i.killed).toMatchObject({ total: 5, civilians: 5 });
    expect(i.injured.total).toBe(38);
  });

  it("named officers 'along with five soldiers' embraced shahadat", () => {
    const i = one("RAWALPINDI: On 16 March, six terrorists attacked a security forces post in Mir Ali. All six terrorists were sent to hell. Lieutenant Colonel Kashif and Captain Ahmed, along with five soldiers, embraced shahadat.", "2024-03-17");
    expect(i).toMatchObject({ date: "2024-03-16", adm2: "North Waziristan", sub_event_type: "Armed clash", perpetrators: ["MILITANTS"] });
    expect(i.killed).toMatchObject({ total: 13, security_forces: 7, militants: 6 });
  });

  it("'A week after the attack in Bannu, ...' dates and places the new attack, not the old one", () => {
    const r = extract({ id: "w", text: "A week after the attack in Bannu, a second assault on a police station in Lakki Marwat killed four policemen on Thursday night, officials said.", published: "2023-01-20" }, { geocoder });
    const main = r.incidents.filter((i) => !i.background);
    expect(main).toHaveLength(1);
    expect(main[0]).toMatchObject({ date: "2023-01-19", adm2: "Lakki Marwat", killed: { total: 4, security_forces: 4 } });
  });

  it("sources are not targets: 'police said' after a market bombing", () => {
    const i = one("QUETTA: At least 20 people were killed and 48 wounded when a bomb went off in a vegetable market in Quetta on Friday morning, police said. Members of the Hazara community were the target. Daesh claimed responsibility.", "2019-04-13");
    expect(i).toMatchObject({ date: "2019-04-12", perpetrators: ["ISKP"], killed: { total: 20 }, injured: { total: 48 } });
    expect(i.targets).not.toContain("PK_POLICE");
  });

  it("a grenade 'a day earlier' in another town of the same district is its own incident", () => {
    const r = extract({ id: "w", text: "QUETTA: FC Balochistan said its personnel repulsed an attack on a post in Kech district, killing four terrorists. Two FC men were martyred. A grenade hurled at a shop in Turbat a day earlier injured three passers-by.", published: "2023-06-11" }, { geocoder });
    expect(r.incidents.map((i) => [i.date, i.adm2, i.sub_event_type, i.killed.total, i.injured.total])).toEqual([
      ["2023-06-11", "Kech", "Armed clash", 6, null],
      ["2023-06-10", "Kech", "Grenade", null, 3],
    ]);
  });

  it("'shot dead by unknown men', 'their Pakistani guard was killed'", () => {
    const a = one("A Khasadar official was shot dead by unknown men near his home in Bannu on Saturday evening.", "2024-06-02");
    expect(a).toMatchObject({ date: "2024-06-01", perpetrators: ["MILITANTS"], targets: ["PK_POLICE"], killed: { total: 1, security_forces: 1 } });
    const b = one("Two Chinese engineers were wounded when a roadside device exploded next to their van in Turbat on Sunday, police said. Their Pakistani guard was killed.", "2023-08-07");
    expect(b).toMatchObject({ sub_event_type: "Remote explosive/landmine/IED", targets: ["FOREIGN_NATIONALS"], killed: { total: 1 }, injured: { total: 2 } });
  });

  it("'claimed 12 lives'; a school torched is property destruction", () => {
    const a = one("A bomb blast in a crowded market in Peshawar on Monday claimed 12 lives, police said.", "2024-03-20");
    expect(a).toMatchObject({ date: "2024-03-18", sub_event_type: "Remote explosive/landmine/IED", killed: { total: 12 } });
    const b = one("Militants torched a girls' school in Bannu on Sunday night. No one was hurt.", "2024-03-20");
    expect(b).toMatchObject({ sub_event_type: "Looting/property destruction", event_type: "Strategic developments", perpetrators: ["MILITANTS"] });
  });

  it("before August 2021 the Taliban are insurgents: their dead are militants, 'soldiers' are Afghan", () => {
    const r = extract({ id: "w", text: "Heavy fighting between Taliban insurgents and Afghan government forces raged in Barmal on Tuesday, with officials saying at least 20 Taliban fighters and four soldiers had been killed.", published: "2021-07-14" }, { geocoder });
    expect(r.incidents[0]).toMatchObject({ country: "AF", sub_event_type: "Armed clash", perpetrators: ["AF_TALIBAN"], targets: ["AF_FORMER_GOV"] });
    expect(r.incidents[0].killed).toMatchObject({ total: 24, security_forces: 4, militants: 20 });
  });

  it("'without causing casualties' is zero", () => {
    const i = one("A roadside explosion damaged a police vehicle in Lakki Marwat on Sunday without causing casualties.", "2025-08-10");
    expect(i).toMatchObject({ sub_event_type: "Remote explosive/landmine/IED", killed: { total: 0 }, injured: { total: 0 } });
  });
});

