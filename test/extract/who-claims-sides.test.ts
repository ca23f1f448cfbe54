import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

// Perpetrators and targets: claims that name which attacks, official labels, both states' fire, escorts and the
// forces of a combined assault. Every report is written for these tests (own wording).
const geocoder = stubGeocoder();
const read = (text: string, published = "2025-08-20") => extract({ id: "w", text, published }, { geocoder }).incidents.filter((i) => !i.background);
const at = (text: string, adm2: string, published?: string) => read(text, published).find((i) => i.adm2 === adm2)!;

describe("a claim that names its attacks", () => {
  it("gives each attack a claim names to its incident, and none to the attack it leaves out", () => {
    const text =
      "QUETTA, Aug 20 — Armed men set fire to a mobile phone tower in Quetta, seized two Levies men in Kech and threw a grenade into a shop in Bajaur over two days, officials said.\n\n" +
      "In Quetta, a group of armed men on motorcycles poured petrol over the equipment room of the tower on Monday night and set it on fire. Nobody was hurt.\n\n" +
      "On Tuesday, two Levies men going home on leave were abducted by gunmen who stopped their van in Kech.\n\n" +
      "In Bajaur, four people were wounded on Tuesday evening when unidentified men threw a hand grenade into a shop.\n\n" +
      "The Balochistan Liberation Front claimed the tower attack and the abduction of the two Levies men in a statement. Nobody claimed the grenade attack.";
    expect(at(text, "Quetta").perpetrators).toEqual(["BLF"]);
    expect(at(text, "Kech").perpetrators).toEqual(["BLF"]);
    expect(at(text, "Bajaur").perpetrators).toEqual(["MILITANTS"]);
  });

  it("reads 'said it was responsible' and 'told reporters that the group had planted' as claims", () => {
    expect(read("TURBAT: Two Levies men were killed when a roadside bomb hit their vehicle in Kech on Monday. The Balochistan Liberation Front said it was responsible.")[0].perpetrators).toEqual(["BLF"]);
    expect(read("QUETTA: A gas pipeline was blown up in Kech on Sunday night, cutting supply to the town. A man who said he spoke for the Baloch Republican Army told journalists by phone that the group had planted the explosives.")[0].perpetrators).toEqual(["BALOCH_OTHER"]);
  });

  it("does not read a group saying none of its fighters were there as claiming the strike", () => {
    const [i] = read("KHOST — Nine people were killed when Pakistani jets bombed houses in Spera on Sunday night, the Islamic Emirate said. Pakistani officials said the jets had hit a TTP hideout. A TTP spokesman said none of its fighters had been in the village.");
    expect(i.perpetrators).toEqual(["PK_AIR_FORCE"]);
  });
});

describe("official labels of the dead", () => {
  it("reads militants said to belong to Fitna al-Hindustan, killed in an operation, as militants of no one group", () => {
    const [i] = read("RAWALPINDI, 10 May 2025: On 9 May, security forces conducted an intelligence based operation in Kech District on the reported presence of terrorists belonging to the Indian proxy Fitna al Hindustan. Four terrorists were sent to hell in the exchange of fire.", "2025-05-10");
    expect(i.perpetrators).toEqual(["PK_ARMY"]);
    expect(i.targets).toEqual(["MILITANTS"]);
  });

  it("reads the dead that a statement describes as khawarij, or as belonging to the quoted Fitna al-Khawarij, as the TTP", () => {
    expect(read('BANNU: Police killed three militants in a shootout after raiding a house in Bannu on Friday. A police statement described the dead as khawarij and said they were wanted for attacks on checkposts.')[0].targets).toEqual(["TTP"]);
    expect(read('PESHAWAR: The counter-terrorism department said its officers killed two militants in a shootout in Peshawar on Friday. The CTD said the two belonged to "Fitna al-Khawarij".')[0].targets).toEqual(["TTP"]);
  });

  it("reads the army as carrying out an ISPR operation on khawarij who had once attacked the police", () => {
    const [i] = read("RAWALPINDI, 20 June 2025: On 19 June, an intelligence based operation was conducted in Bannu District. Three khawarij, who had taken part in many attacks on police and security forces, were neutralised.", "2025-06-20");
    expect(i.perpetrators).toEqual(["PK_ARMY"]);
  });

  it("reads a sanitisation operation told with its own result as the incident, not as a follow-up search", () => {
    const [i] = read("RAWALPINDI, 22 June 2025: On 21 June, a sanitisation operation was conducted in Kech District, where two terrorists were killed, while a soldier embraced shahadat.", "2025-06-22");
    expect(i.perpetrators).toEqual(["PK_ARMY"]);
    expect(i.targets).toEqual(["MILITANTS"]);
  });
});

describe("who attacked and who was hit", () => {
  it("keeps the attackers who lobbed a grenade at a police station as the perpetrators when police then cordon off the area", () => {
    const [i] = read("BANNU: Three constables were hurt when unknown attackers lobbed a grenade into a police station in Bannu on Sunday night. Police cordoned off the area and searched nearby fields.");
    expect(i.perpetrators).toEqual(["MILITANTS"]);
    expect(i.targets).toEqual(["PK_POLICE"]);
  });

  it("reads victims of an attack on unarmed people whom the report names by no side as civilians", () => {
    const [i] = read("PESHAWAR: A retired school clerk was shot dead and his grandson hurt when gunmen on a motorcycle fired at their car in Peshawar on Tuesday evening, police said.");
    expect(i.sub_event_type).toBe("Attack");
    expect(i.targets).toEqual(["CIVILIANS"]);
  });

  it("adds the escort to the foreign nationals attacked when the escort was hit, and not otherwise", () => {
    const hit = read("QUETTA: Gunmen fired on a vehicle carrying Chinese engineers in Quetta on Monday. The police guards escorting the vehicle returned fire and killed one attacker; two guards were wounded and the engineers were unhurt.");
    expect(hit[0].targets).toEqual(["FOREIGN_NATIONALS", "PK_POLICE"]);
    const unhurt = read("QUETTA: Gunmen fired on a vehicle carrying Chinese engineers in Quetta on Monday. Two attackers were killed and nobody else was harmed.");
    expect(unhurt[0].targets).toEqual(["FOREIGN_NATIONALS"]);
  });

  it("reads each force whose post was attacked and whose men died as a target", () => {
    const [i] = read("TURBAT: Dozens of militants attacked a Levies post and a Frontier Corps camp in Kech on Sunday night. Three Levies men and two FC soldiers were killed, officials said.");
    expect([...i.targets].sort()).toEqual(["PK_FC", "PK_POLICE"]);
  });

  it("reads the Emirate's special forces raiding a Daesh hideout as the Emirate's operation on IS-K", () => {
    const [i] = read("KABUL: The interior ministry's spokesman said special forces had killed three Daesh fighters in a raid on a hideout in Achin on Tuesday night.", "2024-05-02");
    expect(i.perpetrators).toEqual(["AF_TALIBAN"]);
    expect(i.targets).toEqual(["ISKP"]);
  });
});

describe("both states' fire", () => {
  it("reads Afghan posts opening unprovoked fire to cover militants' infiltration as the Afghan forces' attack", () => {
    const [i] = read("RAWALPINDI, 5 October 2024: Early on 5 October, Afghan Taliban posts opened unprovoked fire on Pakistani border posts in North Waziristan, in an attempt to facilitate the infiltration of a group of khawarij. Own troops responded; one soldier embraced shahadat.", "2024-10-05");
    expect(i.perpetrators).toEqual(["AF_TALIBAN"]);
  });

  it("in a review, takes who fired first from the item itself, not from another item", () => {
    const text =
      "PESHAWAR: A border review lists these incidents.\n\n" +
      "On April 2, border forces exchanged fire at Torkham in Khyber; Afghan officials said Pakistani troops had opened fire on workers first.\n\n" +
      "On April 9, mortar rounds fired by Afghan forces landed on a Frontier Corps post in North Waziristan, killing a soldier.";
    expect(at(text, "North Waziristan", "2024-06-01").perpetrators).toEqual(["AF_TALIBAN"]);
  });

  it("reads a state's forces telling of their own artillery fire across the border as the ones who fired", () => {
    const [i] = read("ASADABAD: Artillery shells hit houses in Dangam in Kunar on Saturday, killing a child, the provincial spokesman said. Pakistan's military said its artillery had targeted militants firing on its posts from across the border.", "2024-07-01");
    expect(i.perpetrators).toEqual(["PK_ARMY"]);
  });

  it("reads shells told as fired from a named force's positions as that force's", () => {
    const [i] = read("ASADABAD: Mortar rounds landed on houses in Dangam in Kunar early on Sunday, killing four civilians. An Afghan border police commander said the rounds had been fired from Pakistani Frontier Corps positions across the line.", "2026-03-09");
    expect(i.perpetrators).toEqual(["PK_FC"]);
  });
});

describe("who was hit, told around the count", () => {
  it("reads a market blast as an attack on civilians when the police only report its toll", () => {
    const [i] = read("QUETTA: A bomb hidden in a handcart went off near a busy fruit market in Quetta on Saturday. Police first put the toll at three dead; two of the wounded died later, bringing the number of dead to five. No group claimed the bombing.", "2023-10-16");
    expect(i.targets).toEqual(["CIVILIANS"]);
  });

  it("reads a bomb outside a peace committee member's hujra that killed his nephew as an attack on civilians", () => {
    const [i] = read("KHAR: A bomb fitted to a parked motorcycle went off outside the hujra of a peace committee member in Bajaur on Monday, killing three people, among them the member's nephew.", "2025-12-10");
    expect(i.targets).toEqual(["CIVILIANS"]);
  });

  it("reads Afghan officials' border guards killed by Pakistani fire on their post as the Afghan state's forces hit", () => {
    const [i] = read("JALALABAD: Taliban officials in Nangarhar said on Friday that three of their border guards were killed when Pakistani forces opened fire on a post in Achin district.", "2023-11-20");
    expect(i.perpetrators).toEqual(["PK_SECURITY"]);
    expect(i.targets).toEqual(["AF_TALIBAN"]);
  });

  it("takes the service the other side names for shells fired from the Pakistani side", () => {
    const text =
      "ASADABAD: A woman and a child were killed when mortar shells fired from the Pakistani side landed on houses in Dangam in Kunar on Sunday night.\n\n" +
      "The Islamic Emirate's spokesman condemned what he called an attack by the Pakistani army on civilian homes.";
    expect(read(text, "2025-07-08")[0].perpetrators).toEqual(["PK_ARMY"]);
  });

  it("reads 'one of its personnel' in a CTD account of its raid as the CTD's man, the CTD as the one raiding", () => {
    const [i] = read("QUETTA: On Wednesday the Counter-Terrorism Department said four suspected militants had been killed in an exchange of fire during a raid on a house in Quetta, and that one of its personnel had been injured.", "2026-06-19");
    expect(i.perpetrators).toEqual(["PK_POLICE"]);
  });

  it("gives a claim of 'the attacks in' two places to those places' incidents only", () => {
    const text =
      "QUETTA, Jan 18 — Gunmen shot dead two policemen guarding a bank in Turbat on Saturday, and a roadside bomb wounded four Frontier Corps soldiers in Panjgur on Sunday, officials said.\n\n" +
      "Late on Saturday, a Levies guard was wounded when militants fired on a checkpoint outside Bajaur.\n\n" +
      "The Balochistan Liberation Front said in a statement that it carried out the attacks in Turbat and Panjgur.";
    const all = read(text, "2026-01-18");
    expect(all.find((i) => i.adm2 === "Kech")!.perpetrators).toEqual(["BLF"]);
    expect(all.find((i) => i.adm2 === "Bajaur")!.perpetrators).toEqual(["MILITANTS"]);
  });

  it("gives a claim of 'the Quetta raid' to the raid told at a neighbourhood of Quetta, not to the item before the claim", () => {
    const text =
      "QUETTA: Five people were killed in three attacks in Balochistan and Khyber Pakhtunkhwa over the past day, police said.\n\n" +
      "Late on Monday, militants stormed a police checkpost in Sariab; two policemen were martyred in a gunfight.\n\n" +
      "A roadside bomb hit a police van in Kech on Monday evening, killing two constables.\n\n" +
      "On Tuesday, two men on a motorcycle shot dead a shopkeeper in Bannu.\n\n" +
      "The TTP claimed the Quetta raid in a message to journalists, while no group owned the other two attacks.";
    const all = read(text, "2025-01-14");
    expect(all.find((i) => i.adm2 === "Quetta")!.perpetrators).toEqual(["TTP"]);
    expect(all.find((i) => i.adm2 === "Bannu")!.perpetrators).toEqual(["MILITANTS"]);
  });
});
