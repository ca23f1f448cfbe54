import { expect } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

/**
 * The incidents one invented test report yields against the stub gazetteer, background mentions left out: `found`
 * gives them all, `main` the first (and fails the test when there is none). `published` is the reference day that
 * relative dates resolve against; each call may give its own.
 */
export function incidentReader(defaultPublished: string) {
  const geocoder = stubGeocoder();
  const found = (text: string, published = defaultPublished) =>
    extract({ id: "t", text, published }, { geocoder }).incidents.filter((i) => !i.background);
  const main = (text: string, published = defaultPublished) => {
    const inc = found(text, published);
    expect(inc.length).toBeGreaterThan(0);
    return inc[0];
  };
  return { geocoder, found, main };
}
