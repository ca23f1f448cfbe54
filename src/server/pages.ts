import type { Incident, Toll } from "../domain/index.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: unknown): string => String(s ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** "best (low–high)" where sources disagree, so a reader sees the range, not just one figure. */
export function formatToll(t: Toll): string {
  if (t.best == null) return "–";
  return t.low != null && t.high != null && t.low !== t.high ? `${t.best} (${t.low}–${t.high})` : String(t.best);
}

/** The overview page: every incident with its place, type, tolls, status and number of sources. */
export function renderIncidentList(incidents: Incident[]): string {
  const rows = incidents
    .map((i) => {
      const place = [...new Set([i.place, i.adm2, i.adm1, i.country].filter(Boolean))].join(", ");
      const perps = i.actors.filter((a) => a.role === "perpetrator").map((a) => a.actor_id).join(", ");
      return `<tr class="status-${escapeHtml(i.status)}"><td>${escapeHtml(i.date ?? "?")}</td><td>${escapeHtml(place)}</td>` +
        `<td>${escapeHtml(i.sub_event_type)}</td><td>${escapeHtml(perps)}</td><td>${escapeHtml(formatToll(i.killed.total))}</td>` +
        `<td>${escapeHtml(formatToll(i.injured.total))}</td><td>${escapeHtml(i.status)}</td><td>${i.source_count}</td>` +
        `<td>${i.border.distance_km == null ? "" : `${Math.round(i.border.distance_km)} km ${escapeHtml(i.border.side ?? "")}`}</td></tr>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Frontier Watch</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#1d2430}
h1{font-size:1.3rem;margin:0 0 .3rem}p.note{color:#555;margin:.2rem 0 1rem}
table{border-collapse:collapse;width:100%}th,td{padding:.3rem .5rem;border-bottom:1px solid #e3e6ea;text-align:left;vertical-align:top}
th{background:#f4f6f8;position:sticky;top:0}tr.status-provisional td:nth-child(7){color:#8a6d00}
tr.status-corroborated td:nth-child(7){color:#1f6f3a}tr.status-disputed td:nth-child(7){color:#a3281e}
</style></head><body>
<h1>Frontier Watch — incident record</h1>
<p class="note">${incidents.length} incidents. Tolls read "best (low–high)" where sources disagree; machine-read values stay
<em>provisional</em> until corroborated by independent outlets or verified by a reviewer. JSON: <a href="/api/incidents">/api/incidents</a>.</p>
<table><thead><tr><th>date</th><th>place</th><th>type</th><th>perpetrators</th><th>killed</th><th>injured</th><th>status</th><th>sources</th><th>border</th></tr></thead>
<tbody>
${rows}
</tbody></table></body></html>
`;
}
