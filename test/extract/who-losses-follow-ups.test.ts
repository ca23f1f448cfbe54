import { describe, expect, it } from "vitest";
import { incidentReader } from "./incident-reader.js";

/**
 * Who attacked and who was hit: a group's spokesman telling only its own losses in the state's raid, and a force's
 * follow-up on the attackers of an attack told before. Reports written for these tests (own wording).
 */
const { found } = incidentReader("2025-05-14");

describe("perpetrators: a group's spokesman telling its own dead is no claim of the raid", () => {
  it("'said only three of the group's fighters had died' leaves the raid the army's", () => {
    const [i] = found(
      "MIR ALI: Troops killed nine militants in an intelligence-based operation near Mir Ali in North Waziristan on Monday, the military said.\n\n" +
        "A spokesman for the Tehreek-e-Taliban Pakistan said on Tuesday that only three of the group's fighters had died, and accused the army of inflating the toll.",
    );
    expect(i.perpetrators).toEqual(["PK_ARMY"]);
  });

  it("control: 'said its fighters had stormed the post' is still the group's claim", () => {
    const [i] = found(
      "BANNU: Militants attacked a police post in Bannu on Sunday night, killing two constables.\n\n" +
        "A spokesman for the Tehreek-e-Taliban Pakistan said its fighters had stormed the post.",
    );
    expect(i.perpetrators).toEqual(["TTP"]);
  });
});

describe("targets: a follow-up that hit the attackers of an attack told before", () => {
  it("'killed two more militants who had been part of the group that stormed the post' hits the group that claimed it", () => {
    const inc = found(
      "BANNU: Militants stormed a police post in Bannu late on Friday, killing three constables, police said.\n\n" +
        "The Tehreek-e-Taliban Pakistan claimed the attack in a statement to reporters.\n\n" +
        "On Saturday evening, troops raided a house in Lakki Marwat and killed two more militants who, officials said, had been part of the group that stormed the post.",
    );
    const follow = inc.find((i) => i.adm2 === "Lakki Marwat");
    expect(follow?.targets).toEqual(["TTP"]);
  });

  it("control: a raid whose dead are told with no earlier attack stays on militants", () => {
    const inc = found("LAKKI MARWAT: Troops raided a house in Lakki Marwat on Saturday and killed two militants, officials said.");
    expect(inc[0].targets).toEqual(["MILITANTS"]);
  });
});
