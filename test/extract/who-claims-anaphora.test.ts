import { describe, expect, it } from "vitest";
import { incidentReader } from "./incident-reader.js";

/**
 * Who did it, from how a report ties a claim or a denial to its act: a denial of an older act, a denial someone else
 * makes about a group, a claim naming its claimant back ("the same statement"), a lead's "a bombing claimed by", a claim
 * of "that attack" told before; attackers told only as a number of men; the paramilitary force a lead names as attacked;
 * a force's own place named back. Reports written for these tests (own wording).
 */
const { found, main } = incidentReader("2025-09-18");

describe("claims and denials: which act they are about", () => {
  it("a group denying a role in last month's bombing keeps its claim of this ambush", () => {
    const i = main(
      "PARACHINAR: The Tehreek-e-Taliban Pakistan on Wednesday claimed responsibility for an ambush on an army convoy near Parachinar, in which officials said three soldiers were killed.\n\n" +
        "In the same statement, the TTP spokesman denied any role in last month's bombing at a bus stand in Hangu, saying it did not strike public places.",
    );
    expect(i.perpetrators).toEqual(["TTP"]);
  });

  it("control: a group denying this attack leaves it to the unnamed attackers", () => {
    const i = main(
      "HANGU: Gunmen opened fire on a police van in Hangu on Tuesday, killing two constables.\n\n" +
        "The Tehreek-e-Taliban Pakistan denied any role in the attack.",
    );
    expect(i.perpetrators).toEqual(["MILITANTS"]);
  });

  it("'said it had no connection to it' is the blamed group's denial: the attackers stay unnamed", () => {
    const i = main(
      "BANNU: Three policemen were killed on Monday when attackers stormed a police post in Bannu, officials said.\n\n" +
        "A provincial minister blamed Fitna al-Khawarij for the assault. The Tehreek-e-Taliban Pakistan said in a statement that it had no connection to it.",
    );
    expect(i.perpetrators).toEqual(["MILITANTS"]);
  });

  it("an official denying that Daesh is active is no denial by Daesh of its claim", () => {
    const inc = found(
      "KHOST: The Islamic State Khorasan Province claimed a bomb blast that killed two Taliban fighters at a checkpoint in Khost on Sunday, in a statement on its channels.\n\n" +
        "A spokesman for the provincial police said investigations were continuing. He denied that Daesh had any organised presence in the province.",
      "2025-09-18",
    );
    expect(inc[0]?.perpetrators).toEqual(["ISKP"]);
  });

  it("'the same statement also took credit for' a second act gives it the same claimant", () => {
    const inc = found(
      "TURBAT: The Balochistan Liberation Front said its fighters had blown up a Frontier Corps vehicle with a roadside bomb near Turbat on Monday, killing two soldiers.\n\n" +
        "The same statement also took credit for setting fire to two trucks carrying road-building material in Chaman on Saturday. Police in Chaman said nobody was hurt.",
    );
    const second = inc.find((i) => i.adm2 === "Chaman");
    expect(second?.perpetrators).toEqual(["BLF"]);
  });

  it("a lead's 'a bombing claimed by' belongs to the bombing told later, not to the shelling the lead tells first", () => {
    const inc = found(
      "KABUL: Two days of violence in eastern Afghanistan left six people dead, officials said on Thursday, as shelling from across the border and a bombing claimed by the Islamic State group shook the region.\n\n" +
        "On Tuesday, shells fired from the Pakistani side struck a house in Dangam district of Kunar, killing two civilians.\n\n" +
        "On Wednesday, a bomb hidden in a handcart exploded as a Taliban patrol passed through a market in Achin district of Nangarhar, killing four Taliban fighters.",
    );
    const shelling = inc.find((i) => i.adm2 === "Dangam");
    const bomb = inc.find((i) => i.adm2 === "Achin");
    expect(shelling?.perpetrators).toEqual(["PK_SECURITY"]);
    expect(shelling?.targets).toEqual(["CIVILIANS"]);
    expect(bomb?.perpetrators).toEqual(["ISKP"]);
  });

  it("'claimed responsibility for that attack' after a recalled bombing is the recalled one's claim, not the strike's", () => {
    const inc = found(
      "KABUL: Pakistani jets bombed houses in Barmal district of Paktika late on Monday, killing nine people, the Taliban government said.\n\n" +
        "The strikes came three days after a suicide bomber rammed a car into an army post in North Waziristan, killing seven soldiers. The TTP claimed responsibility for that attack.",
    );
    const strike = inc.find((i) => i.adm2 === "Barmal");
    expect(strike?.perpetrators).toEqual(["PK_AIR_FORCE"]);
  });
});

describe("perpetrators: attackers told only as a number of men", () => {
  it("'two men on foot fired at the vaccinator' are unnamed attackers", () => {
    const i = main("LAKKI MARWAT: A polio worker was wounded on Monday when two men on foot fired at her outside a house in Lakki Marwat, police said.");
    expect(i.perpetrators).toEqual(["MILITANTS"]);
  });

  it("control: 'two men were shot dead' says nothing of who fired", () => {
    const i = main("KOHAT: Two men were shot dead in a village of Kohat on Sunday, police said, adding that the motive was not known.");
    expect(i.perpetrators).toEqual([]);
  });
});

describe("targets: the force a report names as attacked", () => {
  it("soldiers killed at camps the lead calls Frontier Corps camps are the Frontier Corps", () => {
    const inc = found(
      "QUETTA: Militants attacked two Frontier Corps camps in Balochistan on Tuesday night, the military said.\n\n" +
        "In Zhob, six attackers were killed and three soldiers died in the exchange of fire. In Sibi, two attackers were killed and an officer lost his life.",
    );
    expect(inc.find((i) => i.adm2 === "Zhob")?.targets).toEqual(["PK_FC"]);
    expect(inc.find((i) => i.adm2 === "Sibi")?.targets).toEqual(["PK_FC"]);
  });

  it("control: soldiers of an army convoy stay the army", () => {
    const i = main("MIR ALI: Militants ambushed an army convoy near Mir Ali on Tuesday, killing four soldiers, the military said.");
    expect(i.targets).toEqual(["PK_ARMY"]);
  });

  it("'a cook who worked at the school' named back to the police training school leaves the police as the target", () => {
    const i = main(
      "HANGU: A suicide bomber blew himself up at the gate of the police training school in Hangu on Monday, killing four policemen and a cook, officials said.\n\n" +
        "The cook, who worked in the kitchen of the school, died in the blast.",
    );
    expect(i.targets).toEqual(["PK_POLICE"]);
  });
});

describe("targets: the dead told as civilians after their count", () => {
  it("'all three were civilians' after a drone strike's toll makes the civilians its target", () => {
    const i = main(
      "KUNAR: Islamic Emirate officials in Kunar said a drone strike they blamed on Pakistan hit a pickup in Dangam district on Sunday night, killing three people. A district official said all three were civilians on their way home from a funeral.",
    );
    expect(i.targets).toEqual(["CIVILIANS"]);
  });

  it("control: a strike's toll told with no word on who the dead were names no target", () => {
    const i = main("KUNAR: Islamic Emirate officials in Kunar said a drone strike they blamed on Pakistan hit a pickup in Dangam district on Sunday night, killing three people.");
    expect(i.targets).toEqual([]);
  });
});

describe("cross-border: the Emirate's forces told with their place before the verb", () => {
  it("'border forces of the Islamic Emirate in the Dangam district of Kunar province targeted Pakistani posts'", () => {
    const inc = found(
      "KABUL: The defence ministry of the Islamic Emirate says that on Friday night, border forces of the Islamic Emirate in the Dangam district of Kunar province targeted two Pakistani military posts along the Durand Line in response to violations by the Pakistani side. Two posts were destroyed.",
    );
    const i = inc.find((x) => x.adm2 === "Dangam");
    expect(i?.perpetrators).toEqual(["AF_TALIBAN"]);
    expect(i?.targets).toEqual(["PK_SECURITY"]);
  });
});


describe("targets: the state's word for the Pakistani Taliban in its statement on an operation", () => {
  it("'the khawarij had been trying to cross' in the ISPR's later sentences names the operation's dead as the TTP", () => {
    const i = main(
      "ZHOB: Troops intercepted a group of militants trying to slip across the border near Zhob on Thursday night and killed five of them, the ISPR said on Friday.\n\n" +
        "The military's media wing said arms and ammunition were recovered. It said the khawarij had been using Afghan soil to move into Pakistan.",
    );
    expect(i.targets).toEqual(["TTP"]);
  });

  it("control: a report that also names a Baloch group leaves the dead unnamed militants", () => {
    const i = main(
      "ZHOB: Troops intercepted a group of militants trying to slip across the border near Zhob on Thursday night and killed five of them, the ISPR said on Friday.\n\n" +
        "The military's media wing said the khawarij had been using Afghan soil. Separately, the Balochistan Liberation Army said it had nothing to do with the group.",
    );
    expect(i.targets).toEqual(["MILITANTS"]);
  });
});
