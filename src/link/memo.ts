/**
 * A function's answers remembered by key, forgotten all at once when `max` are held: bulk linking asks the same few
 * hundred names, dates and points tens of thousands of times, and starting over bounds memory with no bookkeeping.
 */
export function boundedMemo<V>(max: number, compute: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    if (known.size >= max) known.clear();
    const v = compute(key);
    known.set(key, v);
    return v;
  };
}
