import type { Command } from "commander";
import { buildServer } from "../../server/index.js";
import { openMigrated, type Store } from "../../store/index.js";

export interface ServeOptions {
  db?: string;
  host: string;
  port: string;
}

/** Starts the API and dashboard on an open store; resolves when the process is asked to stop. */
export async function serveStore(store: Store, opts: ServeOptions): Promise<void> {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: expected 0–65535, got "${opts.port}"`);
  const app = await buildServer({ db: store.db, host: opts.host, port });
  const address = await app.listen({ host: opts.host, port });
  process.stderr.write(`serve: dashboard and API on ${address.replace("127.0.0.1", "localhost")} (${store.dialect}: ${store.location}); Ctrl-C to stop\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await app.close();
}

export function register(program: Command): void {
  program
    .command("serve")
    .description("serve the API (with OpenAPI docs) and the incident overview page")
    .option("--db <url>", "database (default: $FRONTIER_DATABASE_URL or ./frontier.db)")
    .option("--host <host>", "address to listen on", process.env.FRONTIER_HOST ?? "127.0.0.1")
    .option("--port <port>", "port", process.env.FRONTIER_PORT ?? "8080")
    .action(async (opts: ServeOptions) => {
      const store = await openMigrated(opts.db);
      try {
        await serveStore(store, opts);
      } finally {
        await store.close();
      }
    });
}
