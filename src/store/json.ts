/** JSON columns are text in both dialects: one encoding, one place that reads it back. */
export const toJson = (v: unknown): string => JSON.stringify(v ?? null);

export function fromJson<T>(text: string | null | undefined, fallback: T): T {
  if (text == null || text === "") return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
