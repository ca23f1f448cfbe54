import { CASUALTY_CATEGORIES, DatePrecisionSchema, FLAT_COLUMNS, type Casualties } from "../../domain/index.js";
import type { DatasetSpec, MappedRow, RowError } from "./api.js";
import { coord, count, emptyCasualties, orNull, parseDate } from "./values.js";

const ACTOR_ID = /^[A-Z][A-Z0-9_]*$/;

/** The project's own CSV export (FLAT_COLUMNS of src/domain/flat.ts), read back; tolls use the best value. */
export const frontier: DatasetSpec = {
  name: "frontier",
  label: "Frontier Watch export",
  required: ["id", "date", "event_type", "sub_event_type", "perpetrators", "targets", "killed_total_best"],
  known: FLAT_COLUMNS,
  detect: (h) => h.includes("id") && h.includes("killed_total_best") && h.includes("sub_event_type"),
  map(get): MappedRow | RowError {
    const key = get("id").trim();
    if (!key) return { field: "id", error: "empty incident id" };
    const date = get("date").trim() ? parseDate(get("date")) : null;
    if (get("date").trim() && !date) return { field: "date", error: `not a date: "${get("date")}"` };
    const tolls: Record<string, Casualties> = { killed: emptyCasualties(), injured: emptyCasualties() };
    for (const part of ["killed", "injured"] as const) {
      for (const c of CASUALTY_CATEGORIES) {
        const col = `${part}_${c}_best`;
        const n = count(get(col));
        if (n === undefined) return { field: col, error: `not a count: "${get(col)}"` };
        tolls[part][c] = n;
      }
    }
    const ids = (col: string): string[] | RowError => {
      const list = get(col).split(";").map((x) => x.trim()).filter(Boolean);
      const bad = list.find((x) => !ACTOR_ID.test(x));
      return bad ? { field: col, error: `not an actor id: "${bad}"` } : list;
    };
    const perpetrators = ids("perpetrators");
    if (!Array.isArray(perpetrators)) return perpetrators;
    const targets = ids("targets");
    if (!Array.isArray(targets)) return targets;
    const lat = coord(get("lat"), 90);
    if (lat === undefined) return { field: "lat", error: `not a latitude: "${get("lat")}"` };
    const lon = coord(get("lon"), 180);
    if (lon === undefined) return { field: "lon", error: `not a longitude: "${get("lon")}"` };
    const dp = DatePrecisionSchema.safeParse(get("date_precision").trim() || "day");
    const gp = Number(get("geo_precision").trim());
    const country = get("country").trim();
    return {
      key,
      title: `Frontier Watch ${key}: ${get("sub_event_type").trim()} in ${get("place").trim() || get("adm2").trim() || country}, ${date ?? "undated"}`,
      incident: {
        date, date_precision: dp.success ? dp.data : "day", country: country.length === 2 ? country.toUpperCase() : null,
        adm1: orNull(get("adm1")), adm2: orNull(get("adm2")), place: orNull(get("place")), lat, lon,
        geo_precision: gp === 1 || gp === 2 || gp === 3 ? gp : undefined,
        event_type: get("event_type").trim(), sub_event_type: get("sub_event_type").trim(),
        killed: tolls.killed, injured: tolls.injured,
      },
      actors: { perpetrators, targets },
      actorsAreIds: true,
      evidence: {
        date: ["date"], event_type: ["event_type"], sub_event_type: ["sub_event_type"], country: ["country"], adm1: ["adm1"],
        adm2: ["adm2"], place: ["place"], lat: ["lat"], lon: ["lon"], perpetrators: ["perpetrators"], targets: ["targets"],
        ...Object.fromEntries(["killed", "injured"].flatMap((p) => CASUALTY_CATEGORIES.map((c) => [`${p}.${c}`, [`${p}_${c}_low`, `${p}_${c}_best`, `${p}_${c}_high`]]))),
      },
    };
  },
};
