/**
 * Number words for statistic values ("Thirty-eight police personnel", "two hundred", "1.45 million").
 * Written for Frontier Watch; plain English.
 */
export const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, a: 1, an: 1,
};

export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1_000, lakh: 100_000, lac: 100_000, lakhs: 100_000, million: 1_000_000, crore: 10_000_000, billion: 1_000_000_000,
};

/** Fixed quantities that are exact by convention. "Dozens", "scores" and "hundreds" are vague and give no number. */
export const FIXED: Record<string, number> = { dozen: 12, "a dozen": 12, "half a dozen": 6, "a score": 20 };
