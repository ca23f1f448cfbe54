import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { defaultGeocoder } from "../../src/geo/index.js";

/**
 * Reports written from the Afghan side (Kabul-based and international outlets): which side of a crossing an incident
 * happened on, capitals that stand for governments, Afghan offices that speak, leftover ordnance, raids that met a
 * firefight, and the shooting a protest followed. Own invented reports, the project's real gazetteer.
 */
const geocoder = defaultGeocoder();
const read = (text: string, published = "2025-09-14") =>
  extract({ id: "t", text, published, title: null }, { geocoder }).incidents.filter((i) => !i.background);
const where = (text: string, published?: string) => read(text, published).map((i) => `${i.country}/${i.adm1}/${i.adm2}`);
const kinds = (text: string) => read(text).map((i) => i.sub_event_type);

describe("crossings: the side the report places the incident on", () => {
  it("a post on the Afghan side of Torkham, told from Jalalabad, is in Mohmand Dara (Nangarhar)", () => {
    const t = "JALALABAD — Two Afghan border guards were killed and three wounded on Saturday evening when Pakistani forces opened fire on their post on the Afghan side of Torkham, officials in Nangarhar said.\n\nPakistani officials in Landi Kotal were not available for comment.";
    expect(where(t)).toEqual(["AF/Nangarhar/Mohmand Dara"]);
    expect(read(t)[0].place).toBe("Torkham");
  });

  it("the Afghan district across the gate named as where the firing broke out: Kharlachi's far side is Dand-e-Patan", () => {
    const t = "Two Afghan border guards were killed on Saturday in an exchange of fire with Pakistani forces near the Kharlachi crossing, the Paktia police spokesman said. The firing broke out in the Dand-e-Patan district after Pakistani troops started building a fence, he said.";
    expect(where(t)).toEqual(["AF/Paktia/Dand-e-Patan"]);
  });

  it("a clash at a gate told from the Pakistani side, with Afghan officials speaking from their province, stays Pakistani", () => {
    const t = "LANDI KOTAL — An FC soldier was killed when Pakistani and Afghan border forces exchanged fire at Torkham late on Saturday, officials said.\n\nIn Nangarhar, the Islamic Emirate's provincial spokesman said one Afghan border guard had been wounded.";
    expect(where(t)).toEqual(["PK/Khyber Pakhtunkhwa/Khyber"]);
  });

  it("a clash at Ghulam Khan with both sides' dead and Afghan officials in Khost stays at the crossing (North Waziristan)", () => {
    const t = "MIRANSHAH — One Frontier Corps soldier and two Afghan guards were killed when the two sides' border forces traded fire near the Ghulam Khan crossing on Saturday night. An Afghan official in Khost province said the firing began when Pakistani troops repaired the fence.";
    expect(where(t)).toEqual(["PK/Khyber Pakhtunkhwa/North Waziristan"]);
  });
});

describe("capitals that stand for governments never place the event", () => {
  it("'Kabul and Islamabad traded accusations' after a strike in Bermel", () => {
    expect(where("Kabul and Islamabad traded accusations on Sunday after a strike on a religious school in the Bermel district of Paktika killed nine students on Saturday. Islamabad denied involvement.")).toEqual(["AF/Paktika/Bermel"]);
  });

  it("the envoy summoned in Islamabad over firing in Kurram's Kharlachi area", () => {
    expect(where("ISLAMABAD — Pakistan's Foreign Office on Monday summoned the Afghan charge d'affaires in Islamabad to protest against cross-border firing from Afghanistan that killed two soldiers in Kurram's Kharlachi area on Sunday.", "2025-09-15")).toEqual(["PK/Khyber Pakhtunkhwa/Kurram"]);
  });

  it("a government urged to act is no second incident", () => {
    const t = "ISLAMABAD: The Foreign Office said on Thursday that militants who attacked a police post in Bajaur had come from Kunar, and urged Kabul to act against sanctuaries on its soil.\n\nTwo policemen were martyred on Tuesday night when the militants raided the post in Mamund tehsil, officials said.";
    expect(where(t, "2025-09-18")).toEqual(["PK/Khyber Pakhtunkhwa/Bajaur"]);
  });

  it("'Kabul's Khair Khana neighbourhood' is a place in Kabul, not the government", () => {
    expect(where("The Afghanistan Freedom Front said its fighters attacked a Taliban intelligence post in Kabul's Khair Khana neighbourhood on Friday night, killing two.")).toEqual(["AF/Kabul/Kabul"]);
  });
});

describe("Afghan offices that speak are not where it happened", () => {
  it("'the Khost information department said' does not beat 'the Gurbuz district of Khost province'", () => {
    expect(where("At around midnight on Saturday, a drone struck a house in the Gurbuz district of Khost province, killing three members of one family, the Khost information department said.")).toEqual(["AF/Khost/Gurbuz"]);
  });

  it("'according to the Kunduz police' does not beat 'the Imam Sahib district of Kunduz province'", () => {
    expect(where("A bomb hidden in a cart exploded near a mosque in the Imam Sahib district of Kunduz province on Friday, killing four worshippers, according to the Kunduz police.")).toEqual(["AF/Kunduz/Imam Sahib"]);
  });

  it("'officials of the Islamic Emirate in Kandahar' speak; the shelling was in Spin Boldak", () => {
    expect(where("Officials of the Islamic Emirate in Kandahar said Pakistani mortar rounds landed in Spin Boldak on Saturday, wounding six civilians.")).toEqual(["AF/Kandahar/Spin Boldak"]);
  });

  it("'Paktika's Barmal district, the provincial spokesman said' names a district, not a person", () => {
    expect(where("Pakistani forces shelled Afghan border posts opposite Angoor Adda on Sunday, killing two Afghan border guards in Paktika's Barmal district, the provincial spokesman said.")).toEqual(["AF/Paktika/Barmal"]);
  });

  it("villages shelled in a district, told after 'the department said', are where it happened", () => {
    expect(where("The provincial information department said Pakistani artillery had shelled villages in Dangam district of Kunar the previous night, wounding four villagers.")).toEqual(["AF/Kunar/Dangam"]);
  });
});

describe("kinds: leftover ordnance, raids that met a firefight, rockets", () => {
  it("an unexploded bomb left from last year's air strike is a remote explosive with nobody behind it", () => {
    const [i] = read("KHOST — A boy was killed and his brother lost a leg on Friday when an unexploded bomb left from a Pakistani air strike last year went off in their courtyard in the Spera district, local officials said.");
    expect(i.sub_event_type).toBe("Remote explosive/landmine/IED");
    expect(i.perpetrators).toEqual([]);
  });

  it("a grenade round the children found, a mortar round left over from last month's shelling: remote explosives", () => {
    expect(kinds("Five children were wounded in Paktika's Urgun district on Sunday when a rocket-propelled grenade round they found near a stream exploded as they played with it, officials said.")).toEqual(["Remote explosive/landmine/IED"]);
    expect(kinds("JALALABAD — Three children died on Friday in the Bati Kot district of Nangarhar when a mortar round left over from last month's cross-border shelling exploded as they played near their house, provincial officials said.")).toEqual(["Remote explosive/landmine/IED"]);
  });

  it("a raid on a Daesh hideout that met a firefight, where one fighter blew himself up, is an armed clash", () => {
    expect(kinds("Taliban forces raided a Daesh hideout in the Pachir Wa Agam district of Nangarhar on Saturday. The militants opened fire and in the ensuing clash three Daesh fighters were killed and two Taliban fighters wounded, the provincial police spokesman said. One of the militants blew himself up when surrounded.")).toEqual(["Armed clash"]);
    expect(kinds("Taliban special forces killed three Daesh members in an overnight operation in Jalalabad city, the Nangarhar police spokesman said, adding that one of the attackers blew himself up during the firefight, wounding two officers.")).toEqual(["Armed clash"]);
  });

  it("control: a suicide bomber who attacked a checkpoint, then a firefight, stays a suicide bombing", () => {
    expect(kinds("A suicide bomber blew himself up at a Taliban checkpoint in Kabul's Police District 9 on Saturday, and his accomplices then exchanged fire with the guards, killing two of them, the interior ministry said.")).toEqual(["Suicide bomb"]);
  });

  it("'fired more than 40 rockets into' two districts is shelling", () => {
    expect(kinds("Pakistani forces fired more than 40 rockets into the Dangam district of Kunar province on Saturday, killing a woman and wounding three children, the Kunar information department said.")).toEqual(["Shelling/artillery/missile attack"]);
  });
});

describe("a protest and the shooting before it", () => {
  it("the protest at Chaman and the earlier shooting on the Afghan side are two incidents, each on its own day", () => {
    const t = [
      "CHAMAN: Police fired tear gas on Thursday to disperse hundreds of porters and labourers who tried to march towards the Friendship Gate, which has been closed since Wednesday. At least six protesters were hurt, a doctor at the district hospital said.",
      "The gate was closed after an incident on Wednesday morning on the Afghan side, in Spin Boldak. Afghan officials in Kandahar said Frontier Corps personnel had fired on a group of travellers waiting at the gate, killing a woman and wounding a boy.",
    ].join("\n\n");
    const incs = read(t, "2025-09-18");
    expect(incs.map((i) => `${i.date} ${i.country}/${i.adm2} ${i.sub_event_type}`)).toEqual(["2025-09-18 PK/Chaman Protest with intervention", "2025-09-17 AF/Spin Boldak Attack"]);
    expect(incs[1].killed.total).toBe(1);
  });
});

describe("Afghan district spellings and Kabul's neighbourhoods (data/geo curated, stop 16)", () => {
  const attack = (place: string) => `Gunmen attacked a Taliban checkpoint in ${place} on Monday night, killing two guards, officials said.`;
  it.each([
    ["the Nahr-e-Saraj district of Helmand", "AF/Helmand"],
    ["Musa Qaleh district", "AF/Helmand"],
    ["Char Asiab district", "AF/Kabul"],
    ["the Shah Joy district of Zabul", "AF/Zabul"],
    ["Deh Chopan district", "AF/Zabul"],
    ["Kandahar's Zheray district", "AF/Kandahar"],
    ["the Nurgeram district of Nuristan", "AF/Nuristan"],
    ["the Yahyakhel district of Paktika", "AF/Paktika"],
    ["Kabul's Karte Char area", "AF/Kabul"],
    ["the Macroyan neighbourhood of Kabul", "AF/Kabul"],
  ])("%s is in %s", (place, want) => {
    const got = where(attack(place), "2025-03-12");
    expect(got).toHaveLength(1);
    expect(got[0].startsWith(want + "/")).toBe(true);
    expect(got[0].split("/")[2]).not.toBe("null");
  });
});
