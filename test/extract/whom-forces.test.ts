import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

/**
 * Who was attacked when a report names both a generic force word and a particular service, or both forces and
 * civilians among the dead. Every report is written for these tests (own wording).
 */
const geocoder = stubGeocoder();
const whom = (text: string, published = "2025-05-06") =>
  extract({ id: "w", text, published }, { geocoder })
    .incidents.filter((i) => !i.background)
    .map((i) => ({ perpetrators: i.perpetrators, targets: i.targets }));

describe("the particular service over the generic force word", () => {
  it("'a military convoy' that the report later calls a convoy of Frontier Corps vehicles was the FC's", () => {
    expect(whom("MIR ALI: Five soldiers were killed when a suicide bomber rammed a car into a military convoy near Mir Ali on Sunday, officials said. Two passers-by were hurt.\n\nThe convoy of Frontier Corps vehicles was heading to Bannu when the car exploded.")).toEqual([
      { perpetrators: ["MILITANTS"], targets: ["PK_FC"] },
    ]);
  });

  it("sepoys martyred at a Levies post are the Levies' men; at an army post the army's", () => {
    expect(whom("ZHOB: Militants attacked a Levies post in Zhob on Tuesday night with rockets. A Levies official said two sepoys were martyred.")).toEqual([
      { perpetrators: ["MILITANTS"], targets: ["PK_POLICE"] },
    ]);
    expect(whom("BANNU: Militants attacked an army post in Bannu on Monday. Two sepoys were martyred.")).toEqual([{ perpetrators: ["MILITANTS"], targets: ["PK_ARMY"] }]);
  });

  it("'Pakistani posts' fired on, an FC soldier killed: the FC", () => {
    expect(whom("CHAMAN: An FC soldier was martyred and two civilians were wounded when Afghan border forces opened fire on Pakistani posts near Chaman on Friday, officials said.")).toEqual([
      { perpetrators: ["AF_TALIBAN"], targets: ["PK_FC"] },
    ]);
  });
});

describe("escorts among the dead of an attack on travellers", () => {
  it("'the rest were travellers' of a toll larger than the escort's dead makes the civilians the ones attacked", () => {
    expect(whom("PARACHINAR: The death toll from Tuesday's attack on a convoy of passenger vehicles near Parachinar rose to 20 on Wednesday, officials said.\n\nThe convoy was moving under police escort when gunmen opened fire from the hills. Three policemen from the escort were among the dead; the rest were travellers, including four women.")).toEqual([
      { perpetrators: ["MILITANTS"], targets: ["CIVILIANS"] },
    ]);
  });
});
