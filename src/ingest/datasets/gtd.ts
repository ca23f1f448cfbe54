import type { GeoPrecision } from "../../domain/index.js";
import type { DatasetSpec, MappedRow, RowError } from "./api.js";
import { coord, count, countryCode, emptyCasualties, orNull, ymd } from "./values.js";

/** GTD attack types → ACLED event / sub-event types (a convention, documented in README.md). */
function eventOf(attack: string, suicide: boolean, civilianTarget: boolean): { event_type: string; sub_event_type: string } {
  switch (attack) {
    case "Bombing/Explosion":
      return { event_type: "Explosions/Remote violence", sub_event_type: suicide ? "Suicide bomb" : "Remote explosive/landmine/IED" };
    case "Armed Assault":
      return civilianTarget ? { event_type: "Violence against civilians", sub_event_type: "Attack" } : { event_type: "Battles", sub_event_type: "Armed clash" };
    case "Assassination":
    case "Unarmed Assault":
      return { event_type: "Violence against civilians", sub_event_type: "Attack" };
    case "Hostage Taking (Kidnapping)":
    case "Hostage Taking (Barricade Incident)":
    case "Hijacking":
      return { event_type: "Violence against civilians", sub_event_type: "Abduction/forced disappearance" };
    case "Facility/Infrastructure Attack":
      return { event_type: "Strategic developments", sub_event_type: "Looting/property destruction" };
    default:
      return { event_type: "Strategic developments", sub_event_type: "Other" };
  }
}

/** GTD (Global Terrorism Database, START) CSV export: one row per attack, eventid as key. */
export const gtd: DatasetSpec = {
  name: "gtd",
  label: "GTD",
  required: ["eventid", "iyear", "imonth", "iday", "country_txt", "attacktype1_txt", "gname", "nkill"],
  known: [
    "eventid", "iyear", "imonth", "iday", "approxdate", "extended", "resolution", "country", "country_txt", "region",
    "region_txt", "provstate", "city", "latitude", "longitude", "specificity", "vicinity", "location", "summary",
    "crit1", "crit2", "crit3", "doubtterr", "alternative", "alternative_txt", "multiple", "success", "suicide",
    "attacktype1", "attacktype1_txt", "attacktype2", "attacktype2_txt", "attacktype3", "attacktype3_txt",
    "targtype1", "targtype1_txt", "targsubtype1", "targsubtype1_txt", "corp1", "target1", "natlty1", "natlty1_txt",
    "targtype2", "targtype2_txt", "targsubtype2", "targsubtype2_txt", "corp2", "target2", "natlty2", "natlty2_txt",
    "targtype3", "targtype3_txt", "targsubtype3", "targsubtype3_txt", "corp3", "target3", "natlty3", "natlty3_txt",
    "gname", "gsubname", "gname2", "gsubname2", "gname3", "gsubname3", "motive", "guncertain1", "guncertain2",
    "guncertain3", "individual", "nperps", "nperpcap", "claimed", "claimmode", "claimmode_txt", "claim2", "claimmode2",
    "claimmode2_txt", "claim3", "claimmode3", "claimmode3_txt", "compclaim", "weaptype1", "weaptype1_txt",
    "weapsubtype1", "weapsubtype1_txt", "weaptype2", "weaptype2_txt", "weapsubtype2", "weapsubtype2_txt", "weaptype3",
    "weaptype3_txt", "weapsubtype3", "weapsubtype3_txt", "weaptype4", "weaptype4_txt", "weapsubtype4",
    "weapsubtype4_txt", "weapdetail", "nkill", "nkillus", "nkillter", "nwound", "nwoundus", "nwoundte", "property",
    "propextent", "propextent_txt", "propvalue", "propcomment", "ishostkid", "nhostkid", "nhostkidus", "nhours",
    "ndays", "divert", "kidhijcountry", "ransom", "ransomamt", "ransomamtus", "ransompaid", "ransompaidus", "ransomnote",
    "hostkidoutcome", "hostkidoutcome_txt", "nreleased", "addnotes", "scite1", "scite2", "scite3", "dbsource",
    "INT_LOG", "INT_IDEO", "INT_MISC", "INT_ANY", "related",
  ],
  detect: (h) => h.includes("eventid") && h.includes("iyear") && h.includes("attacktype1_txt"),
  map(get): MappedRow | RowError {
    const key = get("eventid").trim().replace(/\.0$/, "");
    if (!/^\d+$/.test(key)) return { field: "eventid", error: `not a GTD event id: "${get("eventid")}"` };
    const y = get("iyear").trim(), m = get("imonth").trim(), d = get("iday").trim();
    // GTD writes an unknown month or day as 0.
    const monthKnown = m !== "" && m !== "0", dayKnown = d !== "" && d !== "0";
    const date = ymd(y, monthKnown ? m : 1, dayKnown ? d : 1);
    if (!date) return { field: "iday", error: `not a date: year "${y}", month "${m}", day "${d}"` };
    const nkill = count(get("nkill")), nwound = count(get("nwound")), nkillter = count(get("nkillter"));
    if (nkill === undefined) return { field: "nkill", error: `not a count: "${get("nkill")}"` };
    if (nwound === undefined) return { field: "nwound", error: `not a count: "${get("nwound")}"` };
    if (nkillter === undefined) return { field: "nkillter", error: `not a count: "${get("nkillter")}"` };
    const lat = coord(get("latitude"), 90);
    if (lat === undefined) return { field: "latitude", error: `not a latitude: "${get("latitude")}"` };
    const lon = coord(get("longitude"), 180);
    if (lon === undefined) return { field: "longitude", error: `not a longitude: "${get("longitude")}"` };
    const targets = [get("targtype1_txt"), get("targtype2_txt"), get("targtype3_txt")].map((t) => t.trim()).filter(Boolean);
    const civilian = targets.some((t) => /Private Citizens|Educational|Religious|Journalists|Business|Tourists|NGO/.test(t));
    const killed = emptyCasualties();
    killed.total = nkill;
    killed.militants = nkillter;
    const injured = emptyCasualties();
    injured.total = nwound;
    const spec = Number(get("specificity").trim());
    const place = orNull(get("city")) === "Unknown" ? null : orNull(get("city"));
    const country = countryCode(get("country_txt"));
    const ev = eventOf(get("attacktype1_txt").trim(), get("suicide").trim() === "1", civilian);
    return {
      key,
      title: `GTD ${key}: ${get("attacktype1_txt").trim()} in ${place ?? get("provstate").trim() ?? get("country_txt")}, ${date}`,
      incident: {
        date, date_precision: dayKnown ? "day" : monthKnown ? "month" : "year",
        country, adm1: orNull(get("provstate")), adm2: null, place, lat, lon,
        geo_precision: (spec <= 1 ? 1 : spec === 2 ? 2 : 3) as GeoPrecision,
        ...ev, killed, injured,
      },
      // Target types become country-specific actor names ("Police (PK)") for the mapping table.
      actors: {
        perpetrators: [get("gname"), get("gname2"), get("gname3")].map((g) => g.trim()).filter(Boolean),
        targets: targets.map((t) => `${t} (${country ?? "??"})`),
      },
      evidence: {
        date: ["iyear", "imonth", "iday"], event_type: ["attacktype1_txt"], sub_event_type: ["attacktype1_txt", "suicide"],
        country: ["country_txt"], adm1: ["provstate"], place: ["city"], lat: ["latitude"], lon: ["longitude"],
        perpetrators: ["gname", "gname2", "gname3"], targets: ["targtype1_txt", "targtype2_txt", "targtype3_txt"],
        "killed.total": ["nkill"], "killed.militants": ["nkillter"], "injured.total": ["nwound"],
      },
    };
  },
};
