import type { DatePrecision, GeoPrecision } from "../../domain/index.js";
import type { DatasetSpec, MappedRow, RowError } from "./api.js";
import { coord, count, countryCode, emptyCasualties, orNull, parseDate } from "./values.js";

/** UCDP Georeferenced Event Dataset (GED) CSV, version 23.1 onwards layout. */
export const ucdpGed: DatasetSpec = {
  name: "ucdp_ged",
  label: "UCDP GED",
  required: ["id", "type_of_violence", "side_a", "side_b", "date_start", "country", "best"],
  known: [
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id",
    "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a",
    "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office", "source_date",
    "source_headline", "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
    "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
    "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
    "gwnoa", "gwnob",
  ],
  detect: (h) => h.includes("type_of_violence") && h.includes("side_a") && h.includes("best"),
  map(get): MappedRow | RowError {
    const key = get("id").trim();
    if (!key) return { field: "id", error: "empty event id" };
    const date = parseDate(get("date_start"));
    if (!date) return { field: "date_start", error: `not a date: "${get("date_start")}"` };
    const tov = get("type_of_violence").trim();
    if (!["1", "2", "3"].includes(tov)) return { field: "type_of_violence", error: `expected 1, 2 or 3, got "${tov}"` };
    const counts: Record<string, number | null> = {};
    for (const c of ["best", "low", "high", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"]) {
      const n = count(get(c));
      if (n === undefined) return { field: c, error: `not a count: "${get(c)}"` };
      counts[c] = n;
    }
    const lat = coord(get("latitude"), 90);
    if (lat === undefined) return { field: "latitude", error: `not a latitude: "${get("latitude")}"` };
    const lon = coord(get("longitude"), 180);
    if (lon === undefined) return { field: "longitude", error: `not a longitude: "${get("longitude")}"` };
    const sideA = get("side_a").trim();
    const sideB = get("side_b").trim();
    const stateBased = tov === "1";
    const sideAIsGov = /^government of /i.test(sideA);
    const killed = emptyCasualties();
    killed.total = counts.best;
    killed.civilians = counts.deaths_civilians;
    // In state-based violence side A is the government: its deaths are the security forces', side B's the militants'.
    if (stateBased && sideAIsGov) {
      killed.security_forces = counts.deaths_a;
      killed.militants = counts.deaths_b;
    }
    const where = Number(get("where_prec").trim());
    const dp = Number(get("date_prec").trim());
    const event = tov === "3"
      ? { event_type: "Violence against civilians", sub_event_type: "Attack" }
      : { event_type: "Battles", sub_event_type: "Armed clash" };
    // UCDP does not say who attacked: the non-state side of a state-based dyad is taken as perpetrator.
    const actors = tov === "1" && sideAIsGov ? { perpetrators: [sideB], targets: [sideA] } : { perpetrators: [sideA], targets: [sideB] };
    const place = orNull(get("where_coordinates").replace(/\s*\(.*\)\s*$/, ""));
    return {
      key,
      title: `UCDP GED ${key}: ${get("dyad_name").trim() || `${sideA} – ${sideB}`}, ${date}`,
      incident: {
        date, date_precision: (dp <= 1 ? "day" : dp <= 3 ? "week" : dp === 4 ? "month" : "year") as DatePrecision,
        country: countryCode(get("country")), adm1: orNull(get("adm_1").replace(/ province$/i, "")),
        adm2: orNull(get("adm_2").replace(/ district$/i, "")), place, lat, lon,
        geo_precision: (where <= 1 ? 1 : where === 2 ? 2 : 3) as GeoPrecision,
        ...event, killed, injured: emptyCasualties(),
      },
      actors: { perpetrators: actors.perpetrators.filter(Boolean), targets: actors.targets.filter(Boolean) },
      evidence: {
        date: ["date_start"], event_type: ["type_of_violence"], country: ["country"], adm1: ["adm_1"], adm2: ["adm_2"],
        place: ["where_coordinates"], lat: ["latitude"], lon: ["longitude"], perpetrators: ["side_a", "side_b"],
        targets: ["side_a", "side_b"], "killed.total": ["best", "low", "high"], "killed.civilians": ["deaths_civilians"],
        "killed.security_forces": ["deaths_a"], "killed.militants": ["deaths_b"],
      },
    };
  },
};
