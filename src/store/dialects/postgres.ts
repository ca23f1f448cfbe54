import { PostgresDialect } from "kysely";
import pg from "pg";

// COUNT(*) and SUM() come back as int8/numeric; the record's numbers all fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

/** PostgreSQL for servers and scale: `FRONTIER_DATABASE_URL=postgres://user@host/db`. */
export function postgresDialect(url: string): PostgresDialect {
  return new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 8 }) });
}
