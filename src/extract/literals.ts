/**
 * Which of many literals occur in a string, in one pass over it (an Aho–Corasick automaton over the
 * literals' characters). The extraction passes gate their regular expressions on literals a match must
 * contain: asking `includes()` once per literal and sentence cost more than the patterns themselves.
 */
export class LiteralSet {
  readonly literals: string[];
  /** Character → class (1..k); 0 for a character no literal contains, which sends the automaton home. */
  private readonly cls: Uint8Array;
  private readonly k: number;
  /**
   * Complete transition table, indexed by a state's row (state * k) plus the class, giving the next state's
   * row; a row with literals ending there is stored complemented (~row < 0), so the scan tests one sign
   * instead of looking up every state's output list. Class 0 sends every state home (row 0).
   */
  private readonly delta: Int32Array;
  /** The literals ending at each state (its own and its suffixes'), as a slice of `outList`. */
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;
  private readonly found: Uint8Array;
  /** The literals the last `scan` found, in the order found: hits[0 .. hitCount). */
  readonly hits: Int32Array;
  hitCount = 0;

  /** `literals` are matched exactly (case-sensitively): pass them in the case of the text they are tried on. */
  constructor(literals: Iterable<string>) {
    this.literals = [...new Set(literals)].filter((l) => l.length > 0);
    const cls = new Uint8Array(0x10000);
    let k = 1;
    for (const l of this.literals) {
      for (let i = 0; i < l.length; i++) {
        const c = l.charCodeAt(i);
        if (cls[c] === 0) {
          if (k === 255) throw new Error("LiteralSet: more than 254 distinct characters");
          cls[c] = k++;
        }
      }
    }
    this.cls = cls;
    this.k = k;
    // trie
    const next: Int32Array[] = [new Int32Array(k).fill(-1)];
    const ends: number[][] = [[]];
    this.literals.forEach((l, id) => {
      let s = 0;
      for (let i = 0; i < l.length; i++) {
        const c = cls[l.charCodeAt(i)];
        if (next[s][c] < 0) {
          next[s][c] = next.length;
          next.push(new Int32Array(k).fill(-1));
          ends.push([]);
        }
        s = next[s][c];
      }
      ends[s].push(id);
    });
    // failure links, breadth first, completing the transitions into a DFA
    const n = next.length;
    const fail = new Int32Array(n);
    const delta = new Int32Array(n * k);
    const outs: number[][] = ends.map((e) => [...e]);
    const queue: number[] = [];
    for (let c = 0; c < k; c++) {
      const t = c === 0 ? -1 : next[0][c];
      delta[c] = t < 0 ? 0 : t;
      if (t > 0) {
        fail[t] = 0;
        queue.push(t);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      outs[s].push(...outs[fail[s]].filter((x) => !outs[s].includes(x)));
      for (let c = 0; c < k; c++) {
        const t = c === 0 ? -1 : next[s][c];
        if (t > 0) {
          fail[t] = delta[fail[s] * k + c];
          delta[s * k + c] = t;
          queue.push(t);
        } else delta[s * k + c] = c === 0 ? 0 : delta[fail[s] * k + c];
      }
    }
    // rows premultiplied, states with output complemented (the root has none: no literal is empty)
    for (let i = 0; i < delta.length; i++) {
      const t = delta[i];
      delta[i] = outs[t].length > 0 ? ~(t * k) : t * k;
    }
    this.delta = delta;
    this.outStart = new Int32Array(n + 1);
    const list: number[] = [];
    for (let s = 0; s < n; s++) {
      this.outStart[s] = list.length;
      list.push(...outs[s]);
    }
    this.outStart[n] = list.length;
    this.outList = Int32Array.from(list);
    this.found = new Uint8Array(this.literals.length);
    this.hits = new Int32Array(this.literals.length);
  }

  /**
   * found[i] is 1 when literals[i] occurs in s[from, to); `hits` lists those i. The arrays are reused by the
   * next call: read them before scanning again.
   */
  scan(s: string, from = 0, to = s.length): Uint8Array {
    const { cls, k, delta, outStart, outList, found, hits } = this;
    found.fill(0);
    let n = 0;
    let row = 0;
    for (let i = from; i < to; i++) {
      const v = delta[row + cls[s.charCodeAt(i)]];
      if (v >= 0) {
        row = v;
        continue;
      }
      row = ~v;
      const st = row / k;
      const b = outStart[st + 1];
      for (let j = outStart[st]; j < b; j++) {
        const id = outList[j];
        if (found[id] === 0) {
          found[id] = 1;
          hits[n++] = id;
        }
      }
    }
    this.hitCount = n;
    return found;
  }

  /** True when any literal occurs in s[from, to). */
  any(s: string, from = 0, to = s.length): boolean {
    const { cls, delta } = this;
    let row = 0;
    for (let i = from; i < to; i++) {
      const v = delta[row + cls[s.charCodeAt(i)]];
      if (v < 0) return true;
      row = v;
    }
    return false;
  }

  /** The index of `literal` in `literals`, or -1. */
  indexOf(literal: string): number {
    return this.literals.indexOf(literal);
  }
}
