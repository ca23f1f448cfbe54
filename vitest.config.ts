import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The CLI tests that kill and restart an import take ~45 s on a quiet 2-core machine and more under load: the
    // bound is a hang guard, not a speed check (speed lives in the benchmarks)
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // Store tests create their own databases; files run in parallel workers.
    pool: "forks",
  },
});
