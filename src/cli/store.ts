import { openMigrated, type Store } from "../store/index.js";

/** Opens the configured database (--db, else FRONTIER_DATABASE_URL, else ./frontier.db), migrated. */
export async function withStore<T>(url: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openMigrated(url);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
