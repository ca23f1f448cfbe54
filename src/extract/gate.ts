import { LiteralSet } from "./literals.js";

/**
 * Regexes with a literal prefilter. From a pattern's source we work out literals of which every match
 * must contain one ("retaliation" or "response" or "avenge" ...); a sentence holding none of them cannot
 * match, which a few substring searches tell far faster than running a long alternation over it. The
 * answer is the regex's own whenever the prefilter lets it run, so results are identical.
 */

/** What a piece of pattern can match: its exact strings when few, else literals one of which it must contain. */
interface Info {
  /** Every string the piece can match (lower-cased when ignoring case), or null when too many or unknown. */
  exact: string[] | null;
  /** One of these occurs in every match; null = nothing can be said. */
  req: string[] | null;
}

const MAX_EXACT = 48;
const MAX_LEN = 48;
const NONE: Info = { exact: null, req: null };
const EMPTY: Info = { exact: [""], req: null };

/** Literals one of which every match of `source` contains, or null when none of three or more characters can be named. */
export function requiredLiterals(source: string, flags: string, minLength = 3): string[] | null {
  const p = new Parser(source, flags.includes("i"));
  let info: Info;
  try {
    info = p.alternation();
    if (p.i !== source.length) return null;
  } catch {
    return null;
  }
  const req = info.req ?? (info.exact && !info.exact.includes("") ? info.exact : null);
  if (!req || req.length === 0 || req.some((l) => l.length < minLength)) return null;
  // a literal's first characters are required too: cut to a few, then keep none that holds another
  const cut = [...new Set(req.map((l) => l.slice(0, MAX_LITERAL)))].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const l of cut) if (!out.some((o) => l.includes(o))) out.push(l);
  return out;
}
const MAX_LITERAL = 10;

function score(req: string[] | null): number {
  if (!req || req.length === 0) return 0;
  let min = Infinity;
  for (const l of req) min = Math.min(min, l.length);
  return min - req.length / 1000;
}
const better = (a: string[] | null, b: string[] | null): string[] | null => (score(b) > score(a) ? b : a);
const reqOf = (x: Info): string[] | null => better(x.req, x.exact && !x.exact.includes("") ? x.exact : null);

class Parser {
  i = 0;
  constructor(
    private readonly s: string,
    private readonly ic: boolean,
  ) {}

  alternation(): Info {
    const branches: Info[] = [this.sequence()];
    while (this.s[this.i] === "|") {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    let exact: string[] | null = [];
    const req: string[] = [];
    let reqOk = true;
    for (const b of branches) {
      if (exact && b.exact && exact.length + b.exact.length <= MAX_EXACT) exact.push(...b.exact);
      else exact = null;
      const r = reqOf(b);
      if (r) req.push(...r);
      else reqOk = false;
    }
    return { exact: exact && [...new Set(exact)], req: reqOk ? [...new Set(req)] : null };
  }

  sequence(): Info {
    let cur: string[] | null = [""];
    let best: string[] | null = null;
    let allExact = true;
    const flush = () => {
      if (cur && !(cur.length === 1 && cur[0] === "")) best = better(best, cur.includes("") ? null : cur);
    };
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {
      const a = this.quantified();
      if (a.exact && cur) {
        const prod: string[] = [];
        let ok = cur.length * a.exact.length <= MAX_EXACT;
        if (ok) {
          outer: for (const x of cur) {
            for (const y of a.exact) {
              if (x.length + y.length > MAX_LEN) {
                ok = false;
                break outer;
              }
              prod.push(x + y);
            }
          }
        }
        if (ok) cur = [...new Set(prod)];
        else {
          flush();
          cur = a.exact;
          allExact = false;
        }
      } else {
        flush();
        best = better(best, reqOf(a));
        cur = [""];
        allExact = false;
      }
    }
    flush();
    return { exact: allExact ? cur : null, req: best };
  }

  quantified(): Info {
    const a = this.atom();
    const s = this.s;
    const c = s[this.i];
    let out = a;
    if (c === "?" || c === "*" || c === "+") {
      this.i++;
      out = c === "?" ? { exact: a.exact && a.exact.length < MAX_EXACT ? [...new Set([...a.exact, ""])] : null, req: null } : c === "*" ? NONE : { exact: null, req: reqOf(a) };
    } else if (c === "{") {
      const m = /^\{(\d*)(,?)(\d*)\}/.exec(s.slice(this.i, this.i + 12));
      if (!m) throw new Error("quantifier");
      this.i += m[0].length;
      const lo = Number(m[1] || 0);
      out = lo === 0 ? NONE : { exact: null, req: reqOf(a) };
    } else return a;
    if (s[this.i] === "?") this.i++; // lazy
    return out;
  }

  private char(code: number): Info {
    if (this.ic) {
      if (code >= 65 && code <= 90) code += 32;
      else if (code >= 128 && String.fromCharCode(code).toLowerCase() !== String.fromCharCode(code).toUpperCase()) return NONE; // a cased letter beyond ASCII
    }
    return { exact: [String.fromCharCode(code)], req: null };
  }

  atom(): Info {
    const s = this.s;
    const c = s[this.i];
    if (c === "(") {
      this.i++;
      let zeroWidth = false;
      if (s.startsWith("?:", this.i)) this.i += 2;
      else if (s.startsWith("?=", this.i) || s.startsWith("?!", this.i)) (this.i += 2), (zeroWidth = true);
      else if (s.startsWith("?<=", this.i) || s.startsWith("?<!", this.i)) (this.i += 3), (zeroWidth = true);
      else if (s.startsWith("?<", this.i)) {
        const close = s.indexOf(">", this.i);
        if (close < 0) throw new Error("group name");
        this.i = close + 1;
      } else if (s[this.i] === "?") throw new Error("group");
      const inner = this.alternation();
      if (s[this.i] !== ")") throw new Error("unclosed group");
      this.i++;
      return zeroWidth ? EMPTY : inner;
    }
    if (c === "[") return this.cls();
    if (c === "\\") return this.escape();
    if (c === "^" || c === "$") {
      this.i++;
      return EMPTY;
    }
    if (c === ".") {
      this.i++;
      return NONE;
    }
    if (c === "*" || c === "+" || c === "?" || c === "{" || c === ")" || c === "|" || c === undefined) throw new Error("syntax");
    this.i++;
    return this.char(s.charCodeAt(this.i - 1));
  }

  private escapeCode(): number | null {
    const s = this.s;
    const n = s[this.i + 1];
    if (n === undefined) throw new Error("escape");
    if (n === "u" && /^[0-9a-fA-F]{4}$/.test(s.slice(this.i + 2, this.i + 6))) {
      this.i += 6;
      return parseInt(s.slice(this.i - 4, this.i), 16);
    }
    if (n === "x" && /^[0-9a-fA-F]{2}$/.test(s.slice(this.i + 2, this.i + 4))) {
      this.i += 4;
      return parseInt(s.slice(this.i - 2, this.i), 16);
    }
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11, "0": 0 };
    if (n in simple) {
      this.i += 2;
      return simple[n];
    }
    if (/[A-Za-z0-9]/.test(n)) {
      // \d \w \s \b \p{…} \1 …: a class, an assertion or a back-reference
      if (n === "p" || n === "P") {
        const close = s.indexOf("}", this.i);
        if (s[this.i + 2] !== "{" || close < 0) throw new Error("property");
        this.i = close + 1;
      } else if (/\d/.test(n)) {
        const m = /^\d+/.exec(s.slice(this.i + 1))!;
        this.i += 1 + m[0].length;
      } else if (n === "c") this.i += 3;
      else if (n === "k") {
        const close = s.indexOf(">", this.i);
        if (close < 0) throw new Error("named reference");
        this.i = close + 1;
      } else this.i += 2;
      return null;
    }
    this.i += 2;
    return n.charCodeAt(0);
  }

  private escape(): Info {
    const n = this.s[this.i + 1];
    if (n === "b" || n === "B") {
      this.i += 2;
      return EMPTY;
    }
    const code = this.escapeCode();
    return code === null ? NONE : this.char(code);
  }

  private cls(): Info {
    const s = this.s;
    this.i++;
    let negated = false;
    if (s[this.i] === "^") {
      negated = true;
      this.i++;
    }
    const chars = new Set<string>();
    let known = !negated;
    let first = true;
    while (this.i < s.length && (s[this.i] !== "]" || first)) {
      first = false;
      let lo: number | null;
      if (s[this.i] === "\\") lo = this.escapeCode();
      else lo = s.charCodeAt(this.i++);
      let hi = lo;
      if (s[this.i] === "-" && this.i + 1 < s.length && s[this.i + 1] !== "]") {
        this.i++;
        if (s[this.i] === "\\") hi = this.escapeCode();
        else hi = s.charCodeAt(this.i++);
      }
      if (lo === null || hi === null || hi - lo > 12) {
        known = false;
        continue;
      }
      for (let x = lo; x <= hi && known; x++) {
        const one = this.char(x);
        if (!one.exact) known = false;
        else chars.add(one.exact[0]);
      }
    }
    if (s[this.i] !== "]") throw new Error("unclosed class");
    this.i++;
    return known && chars.size > 0 && chars.size <= 12 ? { exact: [...chars], req: null } : NONE;
  }
}

/** Lower case for the prefilter: what an ASCII letter of a case-insensitive pattern can match, as that letter. */
let lastIn = "";
let lastOut = "";
export function foldForGate(s: string): string {
  if (s === lastIn) return lastOut;
  let out = s.toLowerCase();
  // under "iu" the long s and the Kelvin sign match "s" and "k"
  if (out.includes("\u017f")) out = out.replace(/\u017f/g, "s");
  lastIn = s;
  lastOut = out;
  return out;
}

const CHECK = typeof process !== "undefined" && process.env?.FW_GATE_CHECK === "1";

/** A regex and its prefilter; `test` and `exec` answer exactly as the regex's own do. */
export class Gated {
  readonly literals: string[] | null;
  private readonly folded: boolean;
  /** Many literals: one automaton pass instead of a search for each. */
  private readonly set: LiteralSet | null;

  /** `minLength`: the shortest literal worth a search (shorter ones occur in most texts). */
  constructor(
    readonly re: RegExp,
    minLength = 3,
  ) {
    this.literals = requiredLiterals(re.source, re.flags, minLength);
    this.folded = re.ignoreCase;
    this.set = this.literals && this.literals.length > 16 ? new LiteralSet(this.literals) : null;
  }

  /** False only when no match is possible. */
  mayMatch(s: string): boolean {
    const lits = this.literals;
    if (lits === null) return true;
    const t = this.folded ? foldForGate(s) : s;
    let may = false;
    if (this.set !== null) may = this.set.any(t);
    else for (let i = 0; i < lits.length && !may; i++) may = t.includes(lits[i]);
    if (!may && CHECK) this.check(s);
    return may;
  }

  /** FW_GATE_CHECK=1: every "cannot match" is verified against the regex itself. */
  check(s: string): void {
    const re = new RegExp(this.re.source, this.re.flags.replace(/[gy]/g, ""));
    if (re.test(s)) throw new Error(`gate: /${this.re.source.slice(0, 60)}…/ matches a text without its literals`);
  }

  test(s: string): boolean {
    if (!this.mayMatch(s)) {
      if (this.re.global || this.re.sticky) this.re.lastIndex = 0;
      return false;
    }
    return this.re.test(s);
  }

  exec(s: string): RegExpExecArray | null {
    if (!this.mayMatch(s)) {
      if (this.re.global || this.re.sticky) this.re.lastIndex = 0;
      return null;
    }
    return this.re.exec(s);
  }
}

export const gated = (re: RegExp, minLength = 3): Gated => new Gated(re, minLength);

/** Several gated regexes tried on the same text: one automaton pass over it says which may match. */
export class GateSet {
  private readonly set: LiteralSet;
  /** For each literal of the set, the gates it opens. */
  private readonly users: number[][];
  /** Gates that cannot be told by the set: always open. */
  private readonly open: number[];
  private readonly folded: boolean;
  private readonly out: Uint8Array;
  private readonly gates: Gated[];

  constructor(gates: Gated[]) {
    this.gates = gates;
    // one case mode for the whole set: the folded text when any ignores case (a case-sensitive literal is then not told)
    this.folded = gates.some((g) => g.re.ignoreCase);
    const usable = (g: Gated) => g.literals !== null && g.re.ignoreCase === this.folded;
    this.set = new LiteralSet(gates.flatMap((g) => (usable(g) ? g.literals! : [])));
    this.users = this.set.literals.map(() => []);
    this.open = [];
    gates.forEach((g, k) => {
      if (!usable(g)) this.open.push(k);
      else for (const l of new Set(g.literals!)) this.users[this.set.indexOf(l)].push(k);
    });
    this.out = new Uint8Array(gates.length);
  }

  /** out[k] is 1 unless gate k's regex cannot match `s`; reused by the next call. */
  scan(s: string): Uint8Array {
    const { set, users, open, out } = this;
    set.scan(this.folded ? foldForGate(s) : s);
    out.fill(0);
    for (let j = 0; j < open.length; j++) out[open[j]] = 1;
    const hits = set.hits;
    for (let h = 0; h < set.hitCount; h++) {
      const u = users[hits[h]];
      for (let j = 0; j < u.length; j++) out[u[j]] = 1;
    }
    if (CHECK) for (let k = 0; k < out.length; k++) if (out[k] === 0) this.gates[k].check(s);
    return out;
  }
}

/**
 * A GateSet whose regexes have names: `scan(s)` fills one reused object, `may.name` false when that regex
 * cannot match `s`. For a pass that tries many whole-clause regexes of which most match nothing.
 */
export class NamedGates<K extends string> {
  private readonly set: GateSet;
  private readonly names: K[];
  private readonly may: Record<K, boolean>;

  constructor(res: Record<K, RegExp | Gated>) {
    this.names = Object.keys(res) as K[];
    this.set = new GateSet(this.names.map((k) => (res[k] instanceof Gated ? (res[k] as Gated) : gated(res[k] as RegExp))));
    this.may = Object.fromEntries(this.names.map((k) => [k, true])) as Record<K, boolean>;
  }

  /** The answer object is the same on every call: read it before the next scan. */
  scan(s: string): Readonly<Record<K, boolean>> {
    const out = this.set.scan(s);
    const { names, may } = this;
    for (let i = 0; i < names.length; i++) may[names[i]] = out[i] === 1;
    return may;
  }
}
