import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

// The Islamic Emirate's forces under their own names ("mujahideen", Taliban police and personnel) as the ones
// attacked. Every report is written for these tests (own wording).
const geocoder = stubGeocoder();
const read = (text: string, published = "2025-05-06") => extract({ id: "e", text, published }, { geocoder }).incidents.filter((i) => !i.background);

describe("the Emirate's forces as targets", () => {
  it("reads the Emirate's mujahideen who died defending a post as its security forces", () => {
    const [i] = read("KABUL: The defence ministry said three Emirate mujahideen were martyred defending a border outpost in Paktika on Thursday.");
    expect(i.targets).toEqual(["AF_TALIBAN"]);
    expect(i.killed.security_forces).toBe(3);
  });

  it("reads Taliban police and security personnel as the Emirate's", () => {
    expect(read("KABUL: Gunmen killed two Taliban policemen at a checkpoint in Kunar on Saturday night.").map((i) => i.targets)).toEqual([["AF_TALIBAN"]]);
    expect(read("KHOST: A magnetic bomb attached to a vehicle of Taliban security personnel went off in Khost city on Monday, wounding four.").map((i) => i.targets)).toEqual([["AF_TALIBAN"]]);
  });
});
