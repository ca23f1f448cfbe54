import { existsSync, mkdirSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyBorderContext, emptyTolls, type Incident } from "../../src/domain/index.js";
import { buildServer } from "../../src/server/index.js";
import { insertIncident, migrate, openStore, type Store } from "../../src/store/index.js";

const CHROMIUM = process.env.FRONTIER_CHROMIUM ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run"];

/** The overview page in a real browser: rows render, the toll range shows, the JSON link works. */
describe.skipIf(!existsSync(CHROMIUM) && process.env.CI !== "true")("overview page in Chromium", () => {
  let store: Store;
  let browser: Browser;
  let base: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    store = openStore(":memory:");
    await migrate(store.db);
    const killed = emptyTolls();
    killed.total = { low: 9, best: 14, high: 14 };
    const inc: Incident = {
      id: "inc_b", date: "2025-02-11", date_precision: "day", country: "AF", adm1: "Kandahar", adm2: "Spin Boldak",
      place: "Spin Boldak", lat: 31.0, lon: 66.4, geo_precision: 1, geo_method: "gazetteer", event_type: "Battles",
      sub_event_type: "Armed clash", actors: [], killed, injured: emptyTolls(), status: "corroborated",
      border: { ...emptyBorderContext(), side: "AF", distance_km: 3.2 }, source_count: 2, locked_fields: [], merged_into: null,
      created_at: "2025-02-11T00:00:00Z", updated_at: "2025-02-11T00:00:00Z",
    };
    await insertIncident(store.db, inc);
    const app = await buildServer({ db: store.db });
    base = await app.listen({ host: "127.0.0.1", port: 0 });
    close = () => app.close();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
    await close?.();
    await store?.close();
  });

  it("shows the incident with its toll range and status", async () => {
    const page = await browser.newPage();
    await page.goto(base + "/");
    expect(await page.locator("tbody tr").count()).toBe(1);
    const row = await page.locator("tbody tr").first().innerText();
    expect(row).toContain("Spin Boldak");
    expect(row).toContain("14 (9–14)");
    expect(row).toContain("corroborated");
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/overview.png", fullPage: true });
    await page.click("a[href='/api/incidents']");
    expect(JSON.parse(await page.locator("body").innerText())[0].id).toBe("inc_b");
  });
});
