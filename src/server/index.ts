import Fastify, { type FastifyInstance } from "fastify";
import { listIncidents, type Db } from "../store/index.js";

export interface ServerOptions {
  db: Db;
  host?: string;
  port?: number;
}

/** Placeholder API until the server stage lands: health and the incident list. */
export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get("/api/health", async () => ({ ok: true }));
  app.get("/api/incidents", async () => listIncidents(opts.db, { limit: 1000 }));
  return app;
}
