/** Query parameters that only track where a click came from: they never change what a page says. */
const TRACKING = [
  /^utm_/i, /^fbclid$/i, /^gclid$/i, /^dclid$/i, /^gbraid$/i, /^wbraid$/i, /^msclkid$/i, /^mc_cid$/i, /^mc_eid$/i,
  /^igshid$/i, /^yclid$/i, /^_ga$/i, /^_gl$/i, /^ref$/i, /^ref_src$/i, /^ref_url$/i, /^cmpid$/i, /^ocid$/i,
  /^smid$/i, /^s_cid$/i, /^share$/i, /^source$/i, /^fromrss$/i, /^rss$/i, /^xtor$/i, /^__twitter_impression$/i,
];

/**
 * The identity form of a URL: lower-case scheme and host, no default port, no fragment, no tracking
 * parameters, remaining parameters sorted, no trailing slash on a non-root path. Returns null for
 * what is not an http(s) URL.
 */
export function canonicalUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  u.hash = "";
  u.username = "";
  u.password = "";
  const kept = [...u.searchParams.entries()].filter(([k]) => !TRACKING.some((re) => re.test(k)));
  kept.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  u.search = "";
  for (const [k, v] of kept) u.searchParams.append(k, v);
  if (u.pathname.length > 1 && u.pathname.endsWith("/")) u.pathname = u.pathname.replace(/\/+$/, "");
  // URL already lower-cases the host and drops default ports.
  return u.toString();
}
