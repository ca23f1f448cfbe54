import type { SentenceSpan } from "./sentences.js";

/** A sentence opening with a quotation mark, after a dateline if any ("KABUL — “We …"). */
const OPEN = /^(?:[\p{Lu}][\p{Lu}\s.,'’/-]*\s*(?:—|–|-|:)\s*)?["“]/u;
const SPEECH_AFTER_CLOSE = /["”][,.]?\s*(?:[\p{L}'’.-]+\s+){0,8}?(?:said|says|told|added|adds|stated|declared|insisted|warned|wrote|posted|tweeted)\b/iu;

/**
 * Quotations running over several sentences, whose speaker is named only where the quote closes:
 * “We will not allow it. Our forces are ready,” the minister said. Returns, for each sentence inside
 * such a run, the index of the sentence that closes it and names the speaker.
 */
export function quoteRuns(text: string, spans: SentenceSpan[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i < spans.length; i++) {
    const s = text.slice(spans[i].start, spans[i].end);
    const open = OPEN.exec(s);
    if (!open || closes(s.slice(open[0].length))) continue;
    for (let j = i + 1; j < Math.min(spans.length, i + 6); j++) {
      const t = text.slice(spans[j].start, spans[j].end);
      if (OPEN.test(t)) break; // another quotation starts: the first was never closed with a speaker
      if (closes(t)) {
        if (SPEECH_AFTER_CLOSE.test(t)) for (let k = i; k < j; k++) out.set(k, j);
        break;
      }
    }
  }
  return out;
}

function closes(s: string): boolean {
  return s.includes("”") || (s.match(/"/g) ?? []).length % 2 === 1;
}
