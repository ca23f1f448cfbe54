/** The identity of a text: whitespace and Unicode form do not make a new version (src/domain/content-hash.ts). */
export { contentHash } from "../domain/content-hash.js";
