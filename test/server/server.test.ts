import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyBorderContext, emptyTolls, type Incident } from "../../src/domain/index.js";
import { buildServer } from "../../src/server/index.js";
import { escapeHtml, formatToll } from "../../src/server/pages.js";
import { insertIncident, migrate, openStore, type Store } from "../../src/store/index.js";

function incident(id: string, place: string): Incident {
  const killed = emptyTolls();
  killed.total = { low: 12, best: 23, high: 23 };
  return {
    id, date: "2024-05-02", date_precision: "day", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Bannu", place,
    lat: null, lon: null, geo_precision: 1, geo_method: "gazetteer", event_type: "Explosions/Remote violence",
    sub_event_type: "Suicide bomb", actors: [{ actor_id: "TTP", role: "perpetrator" }], killed, injured: emptyTolls(),
    status: "provisional", border: emptyBorderContext(), source_count: 3, locked_fields: [], merged_into: null,
    created_at: "2024-05-02T00:00:00Z", updated_at: "2024-05-02T00:00:00Z",
  };
}

describe("server", () => {
  let store: Store;
  beforeAll(async () => {
    store = openStore(":memory:");
    await migrate(store.db);
    await insertIncident(store.db, incident("inc_a", "<script>alert(1)</script>"));
  });
  afterAll(() => store.close());

  it("serves the incident list as JSON and as an escaped HTML overview with toll ranges", async () => {
    const app = await buildServer({ db: store.db });
    const json = await app.inject({ method: "GET", url: "/api/incidents" });
    expect(json.statusCode).toBe(200);
    expect(json.json()[0].killed.total).toEqual({ low: 12, best: 23, high: 23 });
    const page = await app.inject({ method: "GET", url: "/" });
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    expect(page.body).toContain("23 (12–23)");
    expect(page.body).not.toContain("<script>alert(1)</script>");
    expect(page.body).toContain("&lt;script&gt;");
    await app.close();
  });

  it("formats tolls and escapes text", () => {
    expect(formatToll({ low: null, best: null, high: null })).toBe("–");
    expect(formatToll({ low: 5, best: 5, high: 5 })).toBe("5");
    expect(escapeHtml(`a<b>"c"&'d'`)).toBe("a&lt;b&gt;&quot;c&quot;&amp;&#39;d&#39;");
  });
});
