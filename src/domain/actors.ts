import { z } from "zod";

/** Canonical actor ids (FORMAT.md), plus the two governments as claim-makers. */
export const ACTOR_IDS = [
  "TTP", "JUA", "HGB", "LI", "ISKP", "AQ", "LEJ", "BLA", "BLF", "BALOCH_OTHER", "MILITANTS",
  "AF_TALIBAN", "AF_FORMER_GOV",
  "PK_ARMY", "PK_AIR_FORCE", "PK_FC", "PK_CONSTABULARY", "PK_POLICE", "PK_SECURITY",
  "CIVILIANS", "FOREIGN_NATIONALS", "PK_OTHER", "AF_OTHER", "PK_GOV", "AF_GOV",
] as const;
export type KnownActorId = (typeof ACTOR_IDS)[number];

/** Actor ids are upper-case tokens; unknown ones are allowed so that imports can add actors. */
export const ActorIdSchema = z.string().regex(/^[A-Z][A-Z0-9_]*$/, "actor id must be UPPER_SNAKE_CASE");
export type ActorId = z.infer<typeof ActorIdSchema>;

export const ActorKindSchema = z.enum(["armed_group", "state_force", "government", "civilians", "unidentified"]);
export type ActorKind = z.infer<typeof ActorKindSchema>;

export const ActorSchema = z.object({
  id: ActorIdSchema,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: ActorKindSchema,
  /** ISO 3166-1 alpha-2 of the state the actor belongs to or operates from, when it has one. */
  country: z.string().length(2).nullable(),
});
export type Actor = z.infer<typeof ActorSchema>;

/** Security-force actor ids: their dead count as security_forces. */
export const SECURITY_FORCE_IDS: ReadonlySet<string> = new Set([
  "PK_ARMY", "PK_AIR_FORCE", "PK_FC", "PK_CONSTABULARY", "PK_POLICE", "PK_SECURITY", "AF_TALIBAN", "AF_FORMER_GOV",
]);

/** The seed list of canonical actors stored by `frontier init`. Aliases here are display names; the
 * extraction lexicon (src/extract/data) holds the full list of spellings. */
export const SEED_ACTORS: Actor[] = [
  { id: "TTP", name: "Tehrik-i-Taliban Pakistan", aliases: ["Tehreek-e-Taliban Pakistan", "Pakistani Taliban", "Fitna al-Khawarij"], kind: "armed_group", country: "PK" },
  { id: "JUA", name: "Jamaat-ul-Ahrar", aliases: ["Jamat-ul-Ahrar"], kind: "armed_group", country: "PK" },
  { id: "HGB", name: "Hafiz Gul Bahadur group", aliases: ["Gul Bahadur group"], kind: "armed_group", country: "PK" },
  { id: "LI", name: "Lashkar-e-Islam", aliases: ["Lashkar-i-Islam"], kind: "armed_group", country: "PK" },
  { id: "ISKP", name: "Islamic State Khorasan Province", aliases: ["IS-K", "ISIS-K", "Daesh"], kind: "armed_group", country: null },
  { id: "AQ", name: "al-Qaeda", aliases: ["AQIS"], kind: "armed_group", country: null },
  { id: "LEJ", name: "Lashkar-e-Jhangvi", aliases: [], kind: "armed_group", country: "PK" },
  { id: "BLA", name: "Balochistan Liberation Army", aliases: ["Majeed Brigade"], kind: "armed_group", country: "PK" },
  { id: "BLF", name: "Balochistan Liberation Front", aliases: [], kind: "armed_group", country: "PK" },
  { id: "BALOCH_OTHER", name: "Other Baloch separatist groups", aliases: ["BRAS", "BRG"], kind: "armed_group", country: "PK" },
  { id: "MILITANTS", name: "Unidentified militants", aliases: ["gunmen", "terrorists"], kind: "unidentified", country: null },
  { id: "AF_TALIBAN", name: "Afghan Taliban / Islamic Emirate forces", aliases: ["Islamic Emirate of Afghanistan"], kind: "state_force", country: "AF" },
  { id: "AF_FORMER_GOV", name: "Afghan government forces (before August 2021)", aliases: ["ANDSF"], kind: "state_force", country: "AF" },
  { id: "PK_ARMY", name: "Pakistan Army", aliases: ["ISPR", "SSG"], kind: "state_force", country: "PK" },
  { id: "PK_AIR_FORCE", name: "Pakistan Air Force", aliases: ["PAF"], kind: "state_force", country: "PK" },
  { id: "PK_FC", name: "Frontier Corps", aliases: ["FC"], kind: "state_force", country: "PK" },
  { id: "PK_CONSTABULARY", name: "Frontier / Federal Constabulary", aliases: [], kind: "state_force", country: "PK" },
  { id: "PK_POLICE", name: "Pakistani police (incl. CTD, Levies, Khasadar)", aliases: ["CTD", "Levies"], kind: "state_force", country: "PK" },
  { id: "PK_SECURITY", name: "Pakistani security forces (unspecified)", aliases: [], kind: "state_force", country: "PK" },
  { id: "CIVILIANS", name: "Civilians", aliases: [], kind: "civilians", country: null },
  { id: "FOREIGN_NATIONALS", name: "Foreign civilians", aliases: [], kind: "civilians", country: null },
  { id: "PK_OTHER", name: "Other Pakistani actor", aliases: [], kind: "unidentified", country: "PK" },
  { id: "AF_OTHER", name: "Other Afghan actor", aliases: [], kind: "unidentified", country: "AF" },
  { id: "PK_GOV", name: "Government of Pakistan", aliases: [], kind: "government", country: "PK" },
  { id: "AF_GOV", name: "Government of Afghanistan (Islamic Emirate)", aliases: [], kind: "government", country: "AF" },
];
