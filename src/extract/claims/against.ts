import type { ClaimKind } from "../../domain/index.js";
import type { ActorMention } from "../actors.js";
import { claimerId, type Country } from "./speakers.js";

const VICTIMS = new Set(["CIVILIANS", "FOREIGN_NATIONALS"]);
const AF_NAMED = /\b(?:afghan|afghanistan|afghanistan's|kabul|islamic emirate|taliban government|interim afghan)\b/i;
const PK_NAMED = /\b(?:pakistan|pakistani|pakistan's|islamabad)\b/i;

/**
 * Whom a claim concerns: the actors named in its sentence other than its authors (victims left out),
 * and, for allegations and denials across the border, the other government when its country is named
 * ("militants use Afghan soil" concerns Kabul; "rejected Pakistan's allegation" answers Islamabad), so
 * that the ledger can pair an allegation with the denial that answers it.
 */
export function againstOf(kind: ClaimKind, by: string[], actors: ActorMention[], sentence: string, published: string | null, setting: Country): string[] {
  const ids = new Set(actors.map((a) => claimerId(a.id, published, setting)).filter((i) => !VICTIMS.has(i)));
  if (kind === "allegation" || kind === "denial") {
    const side = by.every((i) => i.startsWith("PK_")) ? "PK" : by.every((i) => i.startsWith("AF_")) ? "AF" : null;
    if (side === "PK" && AF_NAMED.test(sentence)) ids.add("AF_GOV");
    if (side === "AF" && PK_NAMED.test(sentence)) ids.add("PK_GOV");
  }
  for (const b of by) ids.delete(b);
  return [...ids];
}
