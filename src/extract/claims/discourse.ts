import type { ActorMention } from "../actors.js";
import { ARMED_GROUP_IDS } from "./data/speakers.js";

/** Which side a speaker, an office or a report belongs to. */
export type Country = "PK" | "AF" | null;

/** Remembers who spoke last, so that "he said", "the group" and "Mujahid" resolve. */
export class Discourse {
  lastSpeaker: string[] | null = null;
  lastGroup: string | null = null;
  lastOfficial: string[] | null = null;
  /** The body the last sentence opened on ("The army launched …", "The ISPR said …"): whom "its spokesman" in the next one speaks for. */
  lastBody: string[] | null = null;
  /** Head noun → the body last named with it ("counter-terrorism department" → PK_POLICE), for "the department". */
  readonly heads = new Map<string, string[]>();
  /** A research body that counts has been named: "the institute", "the review" after it may give its figures. */
  counted = false;
  /** Who the last spokesman to speak was for: "The spokesman added …" two paragraphs on is the same man's. */
  lastSpokesman: string[] | null = null;
  /** The armed group whose own statement the report is (its head line or signature names it), or null. */
  groupVoice: string | null = null;
  /** Surname (lower case) → id, from full names seen earlier ("Zabihullah Mujahid" → "mujahid"). */
  readonly names = new Map<string, string>();
  private namesRe: RegExp | null = null;

  constructor(
    readonly docSpeaker: string | null,
    readonly docCountry: Country,
    readonly published: string | null,
    /** The report speaks of both Pakistan and Afghanistan. */
    readonly bothCountries = true,
  ) {}

  learnNames(mentions: ActorMention[]): void {
    for (const m of mentions) {
      if (m.role !== "speaker") continue;
      const words = m.text.split(/\s+/);
      if (words.length < 2 || !words.every((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w))) continue;
      const last = words[words.length - 1].toLowerCase();
      if (!this.names.has(last)) {
        this.names.set(last, m.id);
        this.namesRe = null;
      }
    }
  }

  nameRe(): RegExp | null {
    if (this.names.size === 0) return null;
    this.namesRe ??= new RegExp(`(?<![\\p{L}])(?:${[...this.names.keys()].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}])`, "giu");
    return this.namesRe;
  }

  /** The last speaker from each side, for definite descriptions ("the Pakistani official"). */
  readonly lastByCountry = new Map<"PK" | "AF", string[]>();

  /** The side the previous sentence said gives another account ("Officials in Kandahar gave a different account."), else null. */
  accountSide: Country = null;

  /** The government that spoke last ("the defence ministry" after Afghan officials is Kabul's). */
  lastGov: Country = null;

  note(ids: string[]): void {
    if (ids.length === 0) return;
    this.lastSpeaker = ids;
    if (ids.length === 1 && ids[0].endsWith("_GOV")) this.lastGov = ids[0] === "AF_GOV" ? "AF" : "PK";
    if (ids.length === 1) {
      const c = ids[0].startsWith("PK_") ? "PK" : ids[0].startsWith("AF_") ? "AF" : null;
      if (c) this.lastByCountry.set(c, ids);
    }
    if (ids.some((i) => i.endsWith("_GOV") || i.startsWith("PK_"))) this.lastOfficial = ids;
    const g = ids.find((i) => ARMED_GROUP_IDS.has(i));
    if (g) this.lastGroup = g;
  }

  noteGroups(mentions: ActorMention[]): void {
    for (const m of mentions) if (ARMED_GROUP_IDS.has(m.id) && m.id !== "AF_TALIBAN") this.lastGroup = m.id;
  }
}
