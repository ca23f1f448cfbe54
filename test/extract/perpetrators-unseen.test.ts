import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

/**
 * Who attacked or initiated, in constructions of frontier reporting no evaluation sentence was tuned on. Every
 * report is written for these tests (own wording); each case stands for a construction, with variants.
 */
const geocoder = stubGeocoder();
const perps = (text: string, published = "2025-04-08") =>
  extract({ id: "p", text, published }, { geocoder }).incidents.filter((i) => !i.background).map((i) => i.perpetrators);

describe("perpetrators: the attackers told as a group's men", () => {
  it("'a bomber of', 'gunmen belonging to', 'militants from' a group name the group", () => {
    expect(perps("TURBAT: A suicide bomber of the Majeed Brigade drove a car packed with explosives into a convoy near Turbat on Sunday, killing three guards.")).toEqual([["BLA"]]);
    expect(perps("QUETTA: Gunmen belonging to the outlawed Lashkar-e-Jhangvi shot dead three Hazara vegetable sellers in Quetta on Thursday.")).toEqual([["LEJ"]]);
    expect(perps("BANNU: Militants from the banned Tehreek-e-Taliban Pakistan stormed a police post in Bannu on Monday night, killing two constables.")).toEqual([["TTP"]]);
  });

  it("a group as the subject of shooting, ramming or planting verbs", () => {
    expect(perps("QUETTA: The Balochistan Liberation Front gunned down two labourers at a dam site near Turbat on Friday, police said.")).toEqual([["BLF"]]);
  });

  it("a group named as the ones killed in an operation is not the attacker", () => {
    const [p] = perps("PESHAWAR: The Counter-Terrorism Department said it had killed four Tehreek-e-Taliban Pakistan militants in a raid on a compound in Peshawar on Friday.");
    expect(p).toEqual(["PK_POLICE"]);
  });
});

describe("perpetrators: blame laid on a group when none claimed it", () => {
  it("'blamed the attack on', 'put the blame on' a group names it", () => {
    expect(perps("BANNU: Three policemen died when a roadside bomb hit their van in Bannu on Tuesday.\n\nPolice blamed the bombing on the Tehreek-e-Taliban Pakistan.")).toEqual([["TTP"]]);
    expect(perps("QUETTA: A bomb went off near a bank in Quetta on Monday, injuring five people. The provincial government laid the blame on the Balochistan Liberation Army.")).toEqual([["BLA"]]);
  });
});

describe("perpetrators: a group's spokesman telling what 'the group' did", () => {
  it("'said the group had carried out / planted' is the group's claim", () => {
    expect(perps("PESHAWAR: An explosion ripped through a bus stand in Peshawar on Monday, killing two people. A spokesman for Lashkar-e-Islam said the group had planted the bomb.")).toEqual([["LI"]]);
  });

  it("a force saying it killed a group's men claims nothing for the group", () => {
    const [p] = perps("BANNU: Police said they had killed three Tehreek-e-Taliban Pakistan militants in a shoot-out in Bannu on Wednesday.");
    expect(p).not.toEqual(["TTP"]);
  });
});

describe("perpetrators: an air strike nobody is told as flying", () => {
  it("an unidentified drone, or one whose origin is unclear, has no perpetrator", () => {
    expect(perps("KHOST: An unidentified drone hit a vehicle in Spera district of Khost on Sunday, killing two men, residents said.")).toEqual([[]]);
    expect(perps("BANNU: A drone strike destroyed a house in Bannu on Friday, killing three people. It was not clear who carried out the strike.")).toEqual([[]]);
  });

  it("a strike in Afghanistan a report never links to Pakistan has no perpetrator", () => {
    expect(perps("KHOST: A drone struck a compound in Spera district of Khost late on Monday, killing four people, a local elder said.")).toEqual([[]]);
  });

  it("Pakistani aircraft in Afghanistan stay the Pakistan Air Force's", () => {
    expect(perps("KHOST: Pakistani jets bombed two villages in Spera district of Khost on Tuesday night, killing six people, Afghan officials said.")).toEqual([["PK_AIR_FORCE"]]);
    expect(perps("KHOST: A drone strike killed three people in Spera district of Khost on Tuesday. The Taliban administration blamed Pakistan for the strike.")).toEqual([["PK_AIR_FORCE"]]);
  });
});

describe("perpetrators: the force of a statement's lead for each engagement it lists", () => {
  it("'Separately, N khawarij were eliminated' after an ISPR lead is the army's operation against the TTP", () => {
    const r = extract({ id: "p", text: "RAWALPINDI: Troops killed five terrorists in an intelligence-based operation in Bajaur on Sunday, the ISPR said.\n\nSeparately, three khawarij were eliminated near Tank in another engagement.", published: "2025-04-08" }, { geocoder }).incidents;
    expect(r.map((i) => i.perpetrators)).toEqual([["PK_ARMY"], ["PK_ARMY"]]);
    expect(r[1].targets).toEqual(["TTP"]);
  });

  it("a police lead's raids: the police", () => {
    expect(perps("PESHAWAR: Police conducted raids in Peshawar and Bannu on Saturday night, officials said.\n\nIn Bannu, two terrorists were killed in an exchange of fire with the raiding party.").at(-1)).toEqual(["PK_POLICE"]);
  });

  it("militants who attacked first stay the attackers", () => {
    expect(perps("RAWALPINDI: Security forces repulsed an attack on a post in Tank on Sunday, the ISPR said.\n\nTerrorists had stormed the post at dawn; four of them were sent to hell in the ensuing exchange of fire.")).toEqual([["MILITANTS"]]);
  });
});

describe("perpetrators: blame laid on a kind of group, not a group", () => {
  it("'Baloch separatists were behind it', 'held Baloch insurgents responsible' with no claim: the unnamed attackers", () => {
    expect(perps("TURBAT: Gunmen killed two masons at a school building site near Turbat on Wednesday. An official said Baloch separatists were behind the killing; no group has owned it.")).toEqual([["MILITANTS"]]);
    expect(perps("QUETTA: Armed men shot dead a tailor in Quetta on Friday. The police held Baloch insurgents responsible for the murder.")).toEqual([["MILITANTS"]]);
  });

  it("a named Baloch group blamed is still named", () => {
    expect(perps("QUETTA: Armed men shot dead a tailor in Quetta on Friday. The police held the Baloch Republican Army responsible for the murder.")).toEqual([["BALOCH_OTHER"]]);
  });
});

describe("perpetrators: a claim relayed second-hand", () => {
  it("someone identifying himself as, or saying he spoke for, a group's man says it did it", () => {
    expect(perps("BAJAUR: A bomb went off near a tea shop in Bajaur on Monday, killing two people. In a voice message to reporters, a man identifying himself as an Islamic State Khorasan commander said his men had planted the bomb.")).toEqual([["ISKP"]]);
    expect(perps("PESHAWAR: A blast wrecked a police van in Peshawar on Sunday, wounding four constables. A caller who said he spoke for Jamaat-ul-Ahrar told a local reporter that the faction was behind the bombing.")).toEqual([["JUA"]]);
  });
});

describe("perpetrators: the two states' forces exchanging fire", () => {
  it("an exchange nobody is blamed for starting: both states' forces, each the other's target", () => {
    const [i] = extract({ id: "p", text: "CHAMAN: Pakistani and Afghan border guards traded fire near Chaman on Thursday evening, wounding two people, officials said.", published: "2024-09-12" }, { geocoder }).incidents;
    expect(i.perpetrators).toEqual(["PK_SECURITY", "AF_TALIBAN"]);
    expect(new Set(i.targets)).toEqual(new Set(["PK_SECURITY", "AF_TALIBAN"]));
    expect(perps("CHAMAN: Pakistani forces and Afghan border police exchanged fire near Chaman on Saturday; one guard was wounded.", "2019-03-02")).toEqual([["PK_SECURITY", "AF_FORMER_GOV"]]);
  });

  it("an exchange one side is accused of starting stays open", () => {
    expect(perps("CHAMAN: Pakistani and Afghan border guards traded fire near Chaman on Thursday. Afghan officials accused Pakistani troops of opening fire on farmers.", "2024-09-12")).toEqual([[]]);
    expect(perps("CHAMAN: Pakistani troops and Afghan border forces exchanged fire near Chaman on Monday after Afghan guards opened fire without provocation, the military said.", "2024-09-12")).not.toEqual([["PK_SECURITY", "AF_TALIBAN"]]);
  });
});

describe("perpetrators: the search after an attack is not the attack", () => {
  it("'a search operation was launched to trace the attackers' after a bombing of troops leaves the bombing's doer", () => {
    expect(perps("BANNU: A roadside bomb hit an army vehicle near Bannu on Tuesday, martyring three soldiers, the ISPR said. Troops launched a search operation to trace the perpetrators.")).toEqual([[]]);
    expect(perps("BANNU: Militants ambushed a police patrol in Bannu on Tuesday, killing two constables. The area was cordoned off and a search operation is under way.")).toEqual([["MILITANTS"]]);
  });

  it("an operation that killed militants is still the force's", () => {
    expect(perps("BANNU: Security forces killed four militants during a search operation in Bannu on Tuesday, officials said.")).toEqual([["PK_SECURITY"]]);
  });
});

describe("perpetrators: ordnance left from earlier fighting", () => {
  it("an unexploded shell or a mine left over from past fighting has no perpetrator", () => {
    expect(perps("BAJAUR: Three boys were killed when an unexploded rocket round they were playing with went off in Bajaur on Sunday.")).toEqual([[]]);
    expect(perps("KHOST: A landmine killed a herder in Spera district of Khost on Friday. Residents said the mine was left over from years of fighting between militants and the army.")).toEqual([[]]);
  });

  it("a mine militants planted is still theirs", () => {
    expect(perps("KECH: A landmine planted by militants blew up a Levies vehicle in Kech on Monday, killing two Levies men.")).toEqual([["MILITANTS"]]);
  });
});

describe("perpetrators: an accusation that tells the event and its toll", () => {
  it("'accused Pakistan of carrying out air strikes that killed ...' is the strike, by Pakistan's air force", () => {
    const [i] = extract({ id: "p", text: "KHOST: Afghan officials accused Pakistan of carrying out air strikes in Spera district of Khost on Sunday night that killed nine civilians.", published: "2025-04-08" }, { geocoder }).incidents;
    expect(i).toMatchObject({ sub_event_type: "Air/drone strike", perpetrators: ["PK_AIR_FORCE"] });
  });

  it("'accused the police of arresting refugees' tells no event", () => {
    expect(perps("KABUL: A deputy minister accused Pakistani police of arresting Afghan refugees in Peshawar and demanded their release.")).toEqual([]);
  });
});

describe("perpetrators: a state force told as firing, no militant named", () => {
  it("'Afghan border forces fired mortar shells at villages' is that force, whatever officials blame", () => {
    expect(perps("KHOST: Afghan border forces fired mortar shells into villages of Spera district of Khost on Monday, killing four civilians, officials said.")).toEqual([["AF_TALIBAN"]]);
  });

  it("an account each side blames on the other is not read as one force's", () => {
    const [p] = perps("KHOST: Afghan border forces fired mortar shells into Spera district of Khost on Monday, killing four civilians. Kabul accused Pakistani troops of provoking the exchange.");
    expect(p).not.toEqual(["PK_SECURITY"]);
  });
});

describe("perpetrators: who flew a drone", () => {
  it("militants told as flying the drone stay its perpetrators when 'no one has claimed' the attack follows", () => {
    expect(perps("HANGU: A police constable was hurt on Monday night when militants flew a quadcopter above the Doaba police station and let two grenades fall into the compound. No group has claimed the drone attack, a police official said.")).toEqual([["MILITANTS"]]);
    expect(perps("LAKKI MARWAT: Two Frontier Constabulary men were wounded on Sunday when a quadcopter operated by terrorists dropped an explosive on their post near Tajori. No one has claimed the drone strike.")).toEqual([["MILITANTS"]]);
  });

  it("the flier told in a later sentence of its own ('Officials said the drone had been launched by militants')", () => {
    expect(perps("KARAK: Two constables were hurt on Tuesday night when a quadcopter dropped a mortar bomb on the Latamber police post. Officials said the drone had been launched by militants hiding in a nearby orchard. No one has claimed the attack.")).toEqual([["MILITANTS"]]);
  });

  it("a drone nobody is told as flying stays open", () => {
    expect(perps("KHOST: Three people were killed on Sunday when an unidentified drone struck a house in the Sabari district of Khost, residents said. No one has claimed the strike, and officials in Kabul blamed no country.")).toEqual([[]]);
  });
});
