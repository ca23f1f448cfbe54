import { z } from "zod";

/** ACLED event types with their sub-event types (FORMAT.md). */
export const EVENT_TAXONOMY = {
  Battles: ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "Explosions/Remote violence": [
    "Suicide bomb",
    "Remote explosive/landmine/IED",
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Grenade",
    "Chemical weapon",
  ],
  "Violence against civilians": ["Attack", "Abduction/forced disappearance", "Sexual violence"],
  "Strategic developments": [
    "Agreement",
    "Arrests",
    "Change to group/activity",
    "Disrupted weapons use",
    "Headquarters or base established",
    "Looting/property destruction",
    "Non-violent transfer of territory",
    "Other",
  ],
  Protests: ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  Riots: ["Violent demonstration", "Mob violence"],
} as const;

export type EventType = keyof typeof EVENT_TAXONOMY;
export type SubEventType = (typeof EVENT_TAXONOMY)[EventType][number];

export const EVENT_TYPES = Object.keys(EVENT_TAXONOMY) as EventType[];
export const SUB_EVENT_TYPES = Object.values(EVENT_TAXONOMY).flat() as SubEventType[];

/** The event type a sub-event type belongs to. */
export function eventTypeOf(sub: SubEventType): EventType {
  for (const [type, subs] of Object.entries(EVENT_TAXONOMY)) {
    if ((subs as readonly string[]).includes(sub)) return type as EventType;
  }
  throw new Error(`unknown sub-event type: ${sub}`);
}

export const EventTypeSchema = z.enum(EVENT_TYPES as [EventType, ...EventType[]]);
export const SubEventTypeSchema = z.enum(SUB_EVENT_TYPES as [SubEventType, ...SubEventType[]]);

/** Day, week, month or year: how precisely the date is known. */
export const DatePrecisionSchema = z.enum(["day", "week", "month", "year"]);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/** 1 = town/village, 2 = near a town or part of a district, 3 = district or province only (ACLED's geo_precision). */
export const GeoPrecisionSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type GeoPrecision = z.infer<typeof GeoPrecisionSchema>;

/** An incident's place in the review lifecycle. */
export const IncidentStatusSchema = z.enum(["provisional", "corroborated", "verified", "disputed", "retracted"]);
export type IncidentStatus = z.infer<typeof IncidentStatusSchema>;

export const ReportKindSchema = z.enum(["news", "official_statement", "group_claim", "dataset_row", "manual_entry"]);
export type ReportKind = z.infer<typeof ReportKindSchema>;

export const ClaimKindSchema = z.enum(["responsibility", "denial", "allegation", "statistic", "commitment"]);
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

export const CASUALTY_CATEGORIES = ["total", "security_forces", "civilians", "militants"] as const;
export type CasualtyCategory = (typeof CASUALTY_CATEGORIES)[number];
