/** Number words of English news copy, and the vague amounts FORMAT.md says must stay null. */

export const UNITS: Record<string, number> = {
  zero: 0, no: 0, a: 1, an: 1, one: 1, single: 1, lone: 1, two: 2, both: 2, pair: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const SCALES: Record<string, number> = { hundred: 100, thousand: 1000 };

/** "a dozen" is 12 and "two dozen" 24, but "dozens" stays vague. */
export const DOZEN = 12;

/** Words that give a count no number: FORMAT.md wants null for these. */
export const VAGUE = [
  "several", "many", "scores", "dozens", "hundreds", "thousands", "some", "few", "a few", "numerous", "multiple",
  "a number of", "a large number of", "countless", "more",
];

/** Qualifiers before a number; the number itself is what counts ("at least 12" gives 12). */
export const QUALIFIERS = [
  "at least", "at most", "more than", "over", "nearly", "almost", "about", "around", "approximately", "roughly",
  "up to", "as many as", "some", "no fewer than", "not less than", "less than", "fewer than", "an estimated", "a total of",
  "close to",
];
