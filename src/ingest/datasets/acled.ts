import { EVENT_TAXONOMY, type EventType } from "../../domain/index.js";
import type { DatasetSpec, MappedRow, RowError } from "./api.js";
import { coord, count, countryCode, emptyCasualties, orNull, parseDate, splitNames } from "./values.js";

/** The columns behind each field: the same for every row (read only), so one object for all of them. */
const EVIDENCE: Readonly<Record<string, string[]>> = Object.freeze({
  date: ["event_date"], event_type: ["event_type"], sub_event_type: ["sub_event_type"], country: ["country"],
  adm1: ["admin1"], adm2: ["admin2"], place: ["location"], lat: ["latitude"], lon: ["longitude"],
  perpetrators: ["actor1", "assoc_actor_1"], targets: ["actor2", "assoc_actor_2"], "killed.total": ["fatalities"],
});

/** ACLED export CSV (acleddata.com "Data Export Tool" layout, 2023 onwards, and the older one with data_id/iso3). */
export const acled: DatasetSpec = {
  name: "acled",
  label: "ACLED",
  required: ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "country", "fatalities"],
  known: [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
    "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
    // older exports
    "data_id", "iso3", "event_id_no_cnty",
  ],
  detect: (h) => h.includes("event_id_cnty") && h.includes("sub_event_type"),
  map(get): MappedRow | RowError {
    const key = get("event_id_cnty").trim();
    if (!key) return { field: "event_id_cnty", error: "empty event id" };
    const date = parseDate(get("event_date"));
    if (!date) return { field: "event_date", error: `not a date: "${get("event_date")}"` };
    const type = get("event_type").trim() as EventType;
    const subs = EVENT_TAXONOMY[type] as readonly string[] | undefined;
    if (!subs) return { field: "event_type", error: `unknown ACLED event type "${get("event_type")}"` };
    const sub = get("sub_event_type").trim();
    if (!subs.includes(sub)) return { field: "sub_event_type", error: `"${sub}" is not a sub-event type of ${type}` };
    const fatalities = count(get("fatalities"));
    if (fatalities === undefined) return { field: "fatalities", error: `not a count: "${get("fatalities")}"` };
    const lat = coord(get("latitude"), 90);
    if (lat === undefined) return { field: "latitude", error: `not a latitude: "${get("latitude")}"` };
    const lon = coord(get("longitude"), 180);
    if (lon === undefined) return { field: "longitude", error: `not a longitude: "${get("longitude")}"` };
    const tp = get("time_precision").trim();
    const gp = Number(get("geo_precision").trim());
    const killed = emptyCasualties();
    killed.total = fatalities;
    const place = orNull(get("location"));
    return {
      key,
      title: `ACLED ${key}: ${sub} in ${place ?? get("country")}, ${date}`,
      incident: {
        date, date_precision: tp === "3" ? "month" : tp === "2" ? "week" : "day",
        country: countryCode(get("country")) ?? countryCode(get("iso3")), adm1: orNull(get("admin1")), adm2: orNull(get("admin2")),
        place, lat, lon, geo_precision: gp === 1 || gp === 2 || gp === 3 ? gp : undefined,
        event_type: type, sub_event_type: sub, killed, injured: emptyCasualties(),
      },
      actors: { perpetrators: splitNames(get("actor1"), get("assoc_actor_1")), targets: splitNames(get("actor2"), get("assoc_actor_2")) },
      evidence: EVIDENCE,
    };
  },
};
