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
  /** Complete transition table: delta[state * k + class]. */
  private readonly delta: Int32Array;
  /** The literals ending at each state (its own and its suffixes'), as a slice of `outList`. */
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;
  private readonly found: Uint8Array;

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
  }

  /**
   * found[i] is 1 when literals[i] occurs in s[from, to). The array is reused by the next call: read it
   * before scanning again.
   */
  scan(s: string, from = 0, to = s.length): Uint8Array {
    const { cls, k, delta, outStart, outList, found } = this;
    found.fill(0);
    let st = 0;
    for (let i = from; i < to; i++) {
      const c = cls[s.charCodeAt(i)];
      st = c === 0 ? 0 : delta[st * k + c];
      const a = outStart[st];
      const b = outStart[st + 1];
      for (let j = a; j < b; j++) found[outList[j]] = 1;
    }
    return found;
  }

  /** True when any literal occurs in s[from, to). */
  any(s: string, from = 0, to = s.length): boolean {
    const { cls, k, delta, outStart } = this;
    let st = 0;
    for (let i = from; i < to; i++) {
      const c = cls[s.charCodeAt(i)];
      st = c === 0 ? 0 : delta[st * k + c];
      if (outStart[st] !== outStart[st + 1]) return true;
    }
    return false;
  }

  /** The index of `literal` in `literals`, or -1. */
  indexOf(literal: string): number {
    return this.literals.indexOf(literal);
  }
}
