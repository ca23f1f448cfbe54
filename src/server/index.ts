import Fastify, { type FastifyInstance } from "fastify";
import { listIncidents, type Db } from "../store/index.js";
import { renderIncidentList } from "./pages.js";

export interface ServerOptions {
  db: Db;
  host?: string;
  port?: number;
}

/**
 * The API and a plain server-rendered overview page. The map dashboard (React + MapLibre in web/) is still to
 * come; until then `/` lists the record so that `npm start` shows the demo in a browser.
 */
export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get("/api/health", async () => ({ ok: true }));
  app.get("/api/incidents", async () => listIncidents(opts.db, { limit: 1000 }));
  app.get("/", async (_req, reply) => {
    const incidents = await listIncidents(opts.db, { limit: 500 });
    reply.type("text/html; charset=utf-8");
    return renderIncidentList(incidents);
  });
  return app;
}
