import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

/**
 * Who did it, when, and whether it is found at all: constructions of frontier reporting written for these
 * tests (own wording), each meant to stand for a family of sentences, not one.
 */
const geocoder = stubGeocoder();
const read = (text: string, published: string) => extract({ id: "w", text, published }, { geocoder }).incidents.filter((i) => !i.background);

describe("perpetrators: a group others name when none claimed it", () => {
  it("officials saying a group 'was behind' a bombing with no attacker word", () => {
    const [i] = read("A bomb tore through a vegetable market in Bajaur on Friday, killing three people. Officials said the Islamic State group was behind the attack.", "2024-05-18");
    expect(i.perpetrators).toEqual(["ISKP"]);
  });

  it("police suspecting a group after gunmen killed two policemen", () => {
    const [i] = read("Two policemen on patrol were shot dead by gunmen in Bannu on Tuesday night. Police suspect the Tehreek-e-Taliban Pakistan of carrying out the killing.", "2024-05-22");
    expect(i.perpetrators).toEqual(["TTP"]);
  });

  it("the attackers 'belonged to' a group, as the police put it", () => {
    const [i] = read("Armed men fired on a wedding party in Tank on Saturday, killing four guests. The police said the attackers belonged to the Pakistani Taliban.", "2024-05-19");
    expect(i.perpetrators).toEqual(["TTP"]);
  });

  it("a minister blaming a group for a suicide attack", () => {
    const [i] = read("The provincial home minister blamed Lashkar-e-Jhangvi for Thursday's suicide bombing at a Shia mosque in Quetta, which killed nine worshippers.", "2024-05-25");
    expect(i.perpetrators).toEqual(["LEJ"]);
  });

  it("authorities blaming Baloch separatists (a kind of group, none named) for gunmen's attack on labourers: the gunmen", () => {
    // H12 family P3: blame laid on a loosely named category is only the officials' allegation
    const [i] = read("Gunmen raided a road construction camp in Kech on Monday and killed six labourers. Authorities blamed Baloch separatists for the massacre.", "2024-05-28");
    expect(i.perpetrators).toEqual(["MILITANTS"]);
  });

  it("'held ... responsible' names the group; a denial of blame does not", () => {
    const [a] = read("A remote-controlled bomb hit a Levies vehicle in Zhob on Sunday, injuring two men. The district administration held the TTP responsible.", "2024-05-27");
    expect(a.perpetrators).toEqual(["TTP"]);
    const [b] = read("A bomb went off outside a school in Zhob on Sunday, injuring two passers-by. Officials ruled out that the TTP was behind it.", "2024-05-27");
    expect(b.perpetrators).not.toEqual(["TTP"]);
  });

  it("a claim still wins over officials' blame", () => {
    const [i] = read("Militants attacked a police post in Lakki Marwat on Monday, killing two constables. Police blamed the TTP, but Hafiz Gul Bahadur group claimed responsibility.", "2024-05-28");
    expect(i.perpetrators).toEqual(["HGB"]);
  });
});

describe("perpetrators: spellings and smaller groups", () => {
  it("'Gul Bahadar' is the Hafiz Gul Bahadur group", () => {
    const [i] = read("Three policemen were wounded in an attack on a police station in Dera Ismail Khan on Sunday. The Hafiz Gul Bahadar group claimed the attack.", "2024-06-10");
    expect(i.perpetrators).toEqual(["HGB"]);
  });

  it("Sindhi separatist groups and Jaish al-Adl claiming blasts", () => {
    const [a] = read("A blast on a railway track near Sibi on Sunday injured two people. The Sindhudesh Revolutionary Army claimed the blast.", "2024-06-10");
    expect(a.perpetrators).toEqual(["PK_OTHER"]);
    const [b] = read("A bomb went off near a security convoy in Kech on Sunday, wounding four soldiers. The Jaish al-Adl group claimed responsibility.", "2024-06-10");
    expect(b.perpetrators).toEqual(["BALOCH_OTHER"]);
  });
});

describe("dates", () => {
  it("'last Thursday' in a Thursday's paper is a week back, 'on Thursday' is that day", () => {
    const [a] = read("Gunmen shot dead a shopkeeper in Quetta last Thursday, police said on Wednesday.", "2024-06-13");
    expect(a.date).toBe("2024-06-06");
    const [b] = read("Gunmen shot dead a shopkeeper in Quetta on Thursday, police said.", "2024-06-13");
    expect(b.date).toBe("2024-06-13");
  });
});

describe("perpetrators: state forces named by their craft or their side", () => {
  it("jets or an aerial bombardment inside Pakistan are the air force's", () => {
    const [a] = read("An aerial bombardment flattened a compound in Bajaur before dawn on Wednesday, killing four people, officials confirmed.", "2024-07-04");
    expect(a).toMatchObject({ sub_event_type: "Air/drone strike", perpetrators: ["PK_AIR_FORCE"] });
  });

  it("a drone wounding soldiers at a post is not flown by them; flown from Afghan soil it is the Taliban's", () => {
    const [a] = read("A drone dropped two bombs on a border post in North Waziristan on Wednesday, wounding three soldiers. Officials said it had been launched from Afghan territory.", "2024-07-04");
    expect(a.perpetrators).toEqual(["AF_TALIBAN"]);
    const [b] = read("A drone dropped two bombs on a border post in North Waziristan on Wednesday, wounding three soldiers.", "2024-07-04");
    expect(b.perpetrators).not.toEqual(["PK_AIR_FORCE"]);
  });

  it("a shell 'fired from Pakistan' in an Afghan report is Pakistan's forces'", () => {
    const [i] = read("A shell fired from the Pakistani side landed on a house in Spera district of Khost on Wednesday, killing a boy, the provincial spokesman said.", "2024-07-04");
    expect(i).toMatchObject({ country: "AF", sub_event_type: "Shelling/artillery/missile attack", perpetrators: ["PK_SECURITY"] });
  });

  it("mortar rounds 'fired from Afghan army posts' before 2021 are the former government's", () => {
    const [i] = read("Mortar rounds fired from Afghan army posts landed in a village in Bajaur on Monday, wounding three women.", "2016-08-02");
    expect(i.perpetrators).toEqual(["AF_FORMER_GOV"]);
  });

  it("'Jamat-ur-Ahrar' is Jamaat-ul-Ahrar, not the TTP it split from", () => {
    const [i] = read("Jamat-ur-Ahrar, which broke away from the Pakistani Taliban, said its men had thrown a grenade at a police station in Peshawar on Monday, wounding two constables.", "2024-07-02");
    expect(i.perpetrators).toEqual(["JUA"]);
  });
});

describe("perpetrators: a claim goes to the attack it names", () => {
  it("'X claimed the pipeline blast; nobody owned the Tank shooting' in a two-incident report", () => {
    const inc = read("Gunmen killed two policemen in Tank on Friday. Separately, a gas pipeline was blown up in Dera Ismail Khan on Friday. The BRAS claimed the pipeline blast; no group owned the Tank attack.", "2024-07-06");
    const tank = inc.find((i) => i.adm2 === "Tank")!;
    const dik = inc.find((i) => i.adm2 === "Dera Ismail Khan")!;
    expect(dik.perpetrators).toEqual(["BALOCH_OTHER"]);
    expect(tank.perpetrators).toEqual(["MILITANTS"]);
  });
});

describe("dates: nights and case files", () => {
  it("'the night between 2 and 3 May' is the 2nd; 'the intervening night of June 8 and 9' the 8th", () => {
    const [a] = read("On the night between 2 and 3 May troops raided a compound in Mir Ali, killing three militants, the ISPR said.", "2024-05-04");
    expect(a.date).toBe("2024-05-02");
    const [b] = read("Militants attacked a police post in Bannu on the intervening night of June 8 and 9, killing a constable.", "2024-06-10");
    expect(b.date).toBe("2024-06-08");
  });

  it("a case 'registered on' one day does not date the shooting told with another", () => {
    const [i] = read("The case was registered on 14-03-2021; according to the complaint the watchman was shot dead in Quetta on 11.03.2021.", "2021-03-20");
    expect(i.date).toBe("2021-03-11");
  });
});

describe("incidents that were missed", () => {
  it("strikes on two places with 'N hurt at each site' are two incidents with N each", () => {
    const inc = read("Drones hit Barmal in Paktika and Spera in Khost on Thursday; two civilians were wounded at each site, officials said.", "2024-07-05");
    expect(inc.map((i) => i.adm2).sort()).toEqual(["Barmal", "Spera"]);
    for (const i of inc) expect(i.injured.total).toBe(2);
  });

  it("the other side's retaliation with artillery is an incident of its own, on the other side", () => {
    const inc = read("A drone hit a border post in North Waziristan on Thursday, wounding a soldier. Pakistani forces then shelled the Afghan post in Paktika from which it had come, officials said.", "2024-07-05");
    const af = inc.find((i) => i.country === "AF");
    expect(af).toMatchObject({ sub_event_type: "Shelling/artillery/missile attack", perpetrators: ["PK_SECURITY"] });
  });

  it("'set a school on fire' is property destruction by the unnamed men who did it", () => {
    const [i] = read("Unidentified men set a government boys' school on fire in Bajaur late on Thursday, police said.", "2024-07-05");
    expect(i).toMatchObject({ adm2: "Bajaur", sub_event_type: "Looting/property destruction", perpetrators: ["MILITANTS"] });
  });
});

describe("perpetrators: who did it, told in the sentence after", () => {
  it("'the attack was carried out by terrorists of <group>' after a toll sentence", () => {
    const [a] = read("Three soldiers were martyred in Kech on Monday. According to the military, the attack was carried out by terrorists of the Baloch Republican Army.", "2024-07-09");
    expect(a.perpetrators).toEqual(["BALOCH_OTHER"]);
    // (the state's collective label for the Baloch separatist groups, "Fitna al-Hindustan", names no one group)
    const [h] = read("Three soldiers were martyred in Kech on Monday. According to the military, the attack was carried out by terrorists of the Indian-sponsored Fitna al-Hindustan.", "2024-07-09");
    expect(h.perpetrators).toEqual(["MILITANTS"]);
    const [b] = read("Three soldiers were martyred in Kech on Monday. The military said the attack was carried out by terrorists.", "2024-07-09");
    expect(b.perpetrators).toEqual(["MILITANTS"]);
  });

  it("a named state unit storming a compound and killing militants is its operation, not theirs", () => {
    const [i] = read("Commandos of the Special Services Group stormed a compound in Mir Ali on Monday, killing five militants, officials said.", "2024-07-09");
    expect(i.perpetrators).toEqual(["PK_ARMY"]);
    expect(i.targets).toEqual(["MILITANTS"]);
  });
});

describe("perpetrators: a group's statement in a later paragraph", () => {
  it("'<group> said in a statement that its fighters had ...' is its claim of the attack told before", () => {
    const [a] = read("Two road workers were shot dead near Turbat on Monday.\n\nA man describing himself as a spokesman of the Balochistan Liberation Front said in a message to the media that its fighters had punished them for working on an army project.", "2024-07-09");
    expect(a.perpetrators).toEqual(["BLF"]);
  });

  it("the police speaking of their own men, with a group named as the enemy, is no claim by that group", () => {
    const [b] = read("Militants attacked a police post in Bannu on Monday. Police said in a statement that their men had repulsed the attackers, who belonged to no known group, and that the TTP's usual route had been sealed.", "2024-07-09");
    expect(b.perpetrators).not.toEqual(["TTP"]);
  });
});

describe("incidents lost to comparisons and period words", () => {
  it("'a bombing, the deadliest since March, killed 12' is one incident with its toll and day", () => {
    const inc = read("A suicide bombing, the deadliest since March, killed 12 people at a rally in Bajaur on Sunday.", "2024-06-12");
    expect(inc).toHaveLength(1);
    expect(inc[0]).toMatchObject({ date: "2024-06-09", sub_event_type: "Suicide bomb" });
    expect(inc[0].killed.total).toBe(12);
  });

  it("'the first attack in the town since the ceasefire' does not push the attack into the past", () => {
    const inc = read("A roadside bomb, the first attack in the town since the ceasefire, wounded three policemen in Tank on Monday.", "2024-06-12");
    expect(inc).toHaveLength(1);
    expect(inc[0].injured.total).toBe(3);
  });

  it("a truce ending a feud that 'had killed more than 60 since spring' is no incident", () => {
    const inc = read("Two rival clans signed a truce in Kohat on Monday; the feud had killed more than 60 people since spring.", "2024-06-12");
    expect(inc).toHaveLength(0);
  });

  it("an FIR 'dated' one day does not date the killing", () => {
    const [i] = read("According to an FIR dated 14-03-2021, the watchman was shot dead in Quetta on 11.03.2021.", "2021-03-20");
    expect(i.date).toBe("2021-03-11");
  });
});

describe("police-statement style: two-digit years, 'was shot', riders on motorbikes", () => {
  it("'was shot on 11.03.21' is an attack on the 11th, not the day the FIR was registered", () => {
    const [i] = read("QUETTA: The watchman was shot on 11.03.21 near his house in Quetta, says the FIR registered on 14.03.21.", "2021-03-20");
    expect(i).toMatchObject({ date: "2021-03-11", adm2: "Quetta", sub_event_type: "Attack" });
  });

  it("'two men on a motorbike' who shot someone dead are unnamed attackers", () => {
    const [i] = read("A shopkeeper was shot dead by two men on a motorbike in Peshawar on Friday, police said.", "2024-07-06");
    expect(i.perpetrators).toEqual(["MILITANTS"]);
  });
});

describe("perpetrators: suspicion in a noun phrase, and both states at once", () => {
  it("'police suspect the involvement of Daesh' names the group", () => {
    const [i] = read("Two police officers were killed when a bomb fixed to their car went off in Peshawar on Tuesday. Police suspect the involvement of Daesh.", "2024-06-12");
    expect(i.perpetrators).toEqual(["ISKP"]);
  });

  it("'Pakistani and Afghan border forces exchanged fire', nobody blamed: both states' forces fired", () => {
    const [i] = read("Pakistani and Afghan border forces exchanged fire near Chaman on Tuesday, wounding three people.", "2024-06-12");
    expect(i.perpetrators).toEqual(["PK_SECURITY", "AF_TALIBAN"]);
    expect(i.confidence?.perpetrators).toBeLessThan(0.5);
  });
});

describe("generalised: distributives, feud tallies, a spokesman's plain words", () => {
  it("'wounding two civilians apiece' and 'two in each' split per place", () => {
    for (const t of ["Drones hit Barmal in Paktika and Spera in Khost on Tuesday, wounding two civilians apiece.", "Drones hit Barmal in Paktika and Spera in Khost on Tuesday; two civilians were wounded in each."]) {
      const inc = read(t, "2024-06-12");
      expect(inc.map((i) => i.adm2).sort()).toEqual(["Barmal", "Spera"]);
      for (const i of inc) expect(i.injured.total).toBe(2);
    }
  });

  it("a ceasefire whose clashes 'have claimed more than 40 lives' is no incident", () => {
    expect(read("Elders of two tribes agreed a ceasefire at a jirga in Kohat on Monday. The clashes, which have claimed more than 40 lives over two years, began over a land dispute.", "2024-06-12")).toHaveLength(0);
  });

  it("a spokesman telling reporters 'the outfit's men had hit the convoy' is the group's claim", () => {
    const [i] = read("Gunmen attacked an FC convoy near Turbat on Monday, killing two soldiers. Speaking for the BLF, a man who gave his name as Mureed told reporters the outfit's men had hit the convoy.", "2024-06-12");
    expect(i.perpetrators).toEqual(["BLF"]);
  });
});

describe("a claim in a sentence of its own names its attack by a noun", () => {
  it("'The BRAS claimed responsibility for the pipeline blast.' goes to the pipeline blast, not the shooting told just before it", () => {
    const inc = read("A gas pipeline was blown up in Dera Ismail Khan on Friday. In a separate incident, gunmen killed two policemen in Tank.\n\nThe BRAS claimed responsibility for the pipeline blast.", "2024-07-06");
    expect(inc.find((i) => i.adm2 === "Dera Ismail Khan")!.perpetrators).toEqual(["BALOCH_OTHER"]);
    expect(inc.find((i) => i.adm2 === "Tank")!.perpetrators).toEqual(["MILITANTS"]);
  });
});
