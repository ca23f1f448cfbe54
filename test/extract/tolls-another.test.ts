import { describe, expect, it } from "vitest";
import { incidentReader } from "./incident-reader.js";

/**
 * A list of the hurt whose first person is "another" one, after a clause that counted the dead ("One guard was killed,
 * while another guard and a cook were wounded"): every person of the list counts. Own wording.
 */
const { main } = incidentReader("2025-05-20");

describe("a list opening with 'another' after the dead were told", () => {
  it.each([
    ["Gunmen attacked a Levies post near Zhob on Friday night. One guard was killed, while another guard and a cook were wounded.", 1, 2],
    ["Militants fired on a polio team in Bajaur on Monday. A policeman escorting the team was martyred, while another policeman and a vaccinator were hurt.", 1, 2],
  ])("%s", (text, killed, injured) => {
    const inc = main(text);
    expect(inc.killed.total).toBe(killed);
    expect(inc.injured.total).toBe(injured);
  });

  it("control: a lone 'another' after the dead is one more person", () => {
    const inc = main("Gunmen attacked a Levies post near Zhob on Friday night. One guard was killed and another was wounded.");
    expect(inc.killed.total).toBe(1);
    expect(inc.injured.total).toBe(1);
  });
});
