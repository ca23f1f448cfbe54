import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import zlib from "node:zlib";
import { HostPolicy } from "./address-policy.js";
import { USER_AGENT } from "./user-agent.js";

export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
export const DEFAULT_FETCH_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

export interface FetchOptions {
  /** Hosts or addresses allowed although private/loopback/link-local (--allow-host). */
  policy?: HostPolicy;
  /** Whole request, redirects included. */
  timeoutMs?: number;
  /** Largest body accepted, after decompression. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Accepted media types ("text/html", "application/pdf", ...); a missing Content-Type is accepted. */
  accept?: readonly string[];
  /** Extra request headers (conditional requests: If-None-Match, If-Modified-Since). */
  headers?: Record<string, string>;
}

export interface FetchResult {
  /** The URL finally read, after redirects. */
  url: string;
  status: number;
  /** Media type without parameters, lower-case; "" when the server sent none. */
  contentType: string;
  charset: string | null;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  redirects: string[];
}

export type FetchErrorCode = "bad_url" | "refused" | "timeout" | "too_large" | "redirects" | "http" | "content_type" | "network";

/** A fetch that did not give a usable body; `message` says what happened and where. */
export class FetchError extends Error {
  constructor(readonly code: FetchErrorCode, message: string, readonly status?: number) {
    super(message);
    this.name = "FetchError";
  }
}

/**
 * GET with the safety rules of the project: http(s) only, every hop's host resolved and checked against the
 * address policy at connect time (so DNS answers and redirects cannot reach a private address), at most
 * `maxRedirects` redirects, one deadline for the whole request, a body cap enforced while streaming, and a
 * Content-Type check. A 304 is returned as a result (conditional requests), other non-2xx are errors.
 */
export async function safeFetch(rawUrl: string, options: FetchOptions = {}): Promise<FetchResult> {
  const policy = options.policy ?? new HostPolicy();
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  const redirects: string[] = [];
  let url = parseHttpUrl(rawUrl);
  for (;;) {
    const res = await requestOnce(url, policy, options, deadline, timeoutMs);
    if (res.redirect) {
      if (redirects.length >= maxRedirects) throw new FetchError("redirects", `${rawUrl}: more than ${maxRedirects} redirects`);
      let next: URL;
      try {
        next = new URL(res.redirect, url);
      } catch {
        throw new FetchError("bad_url", `${url}: redirect to an invalid URL "${res.redirect}"`);
      }
      if (next.protocol !== "http:" && next.protocol !== "https:") throw new FetchError("refused", `${url}: redirect to a non-http URL ${next.protocol}`);
      redirects.push(next.toString());
      url = next;
      continue;
    }
    return { ...res.result!, redirects };
  }
}

function parseHttpUrl(raw: string): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new FetchError("bad_url", `not a URL: "${raw}"`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new FetchError("bad_url", `${raw}: only http and https URLs are fetched`);
  return u;
}

/** A lookup that refuses any resolved address the policy does not allow. */
function guardedLookup(host: string, policy: HostPolicy): LookupFunction {
  return (hostname, opts, callback) => {
    dnsLookup(hostname, { ...opts, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, "", 0);
      for (const a of addresses) {
        const why = policy.check(host, a.address);
        if (why) return callback(Object.assign(new Error(why), { code: "EREFUSED_POLICY" }), "", 0);
      }
      if ((opts as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

interface Once {
  redirect?: string;
  result?: Omit<FetchResult, "redirects">;
}

function requestOnce(url: URL, policy: HostPolicy, options: FetchOptions, deadline: number, timeoutMs: number): Promise<Once> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) {
    const why = policy.check(host, host);
    if (why) return Promise.reject(new FetchError("refused", `${url}: ${why}`));
  }
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  const left = deadline - Date.now();
  if (left <= 0) return Promise.reject(new FetchError("timeout", `${url}: timed out after ${timeoutMs} ms`));
  const lib = url.protocol === "https:" ? https : http;
  return new Promise<Once>((resolve, reject) => {
    let settled = false;
    const fail = (e: FetchError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(e);
    };
    const timer = setTimeout(() => fail(new FetchError("timeout", `${url}: timed out after ${timeoutMs} ms`)), left);
    const req = lib.request(url, {
      method: "GET",
      lookup: guardedLookup(host, policy),
      headers: {
        "user-agent": USER_AGENT,
        accept: options.accept?.length ? [...options.accept, "*/*;q=0.1"].join(", ") : "*/*",
        "accept-encoding": "gzip, deflate, br",
        ...options.headers,
      },
    });
    req.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EREFUSED_POLICY") fail(new FetchError("refused", `${url}: ${e.message}`));
      else fail(new FetchError("network", `${url}: ${e.code ?? e.message}`));
    });
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304) {
        res.resume();
        const loc = res.headers.location;
        if (!loc) return fail(new FetchError("http", `${url}: HTTP ${status} without a Location header`, status));
        settled = true;
        clearTimeout(timer);
        return resolve({ redirect: loc });
      }
      const [type, ...params] = (res.headers["content-type"] ?? "").split(";");
      const contentType = type.trim().toLowerCase();
      const charset = params.map((p) => /charset\s*=\s*"?([^";\s]+)/i.exec(p)?.[1]).find(Boolean)?.toLowerCase() ?? null;
      if (status === 304) {
        res.resume();
        settled = true;
        clearTimeout(timer);
        return resolve({ result: { url: url.toString(), status, contentType, charset, headers: res.headers, body: Buffer.alloc(0) } });
      }
      if (status < 200 || status >= 300) {
        res.resume();
        return fail(new FetchError("http", `${url}: HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ""}`, status));
      }
      if (options.accept?.length && contentType && !options.accept.includes(contentType)) {
        res.resume();
        return fail(new FetchError("content_type", `${url}: unexpected Content-Type "${contentType}" (expected ${options.accept.join(", ")})`, status));
      }
      const declared = Number(res.headers["content-length"]);
      if (Number.isFinite(declared) && declared > maxBytes) {
        res.resume();
        return fail(new FetchError("too_large", `${url}: body of ${declared} bytes exceeds the ${maxBytes}-byte limit`, status));
      }
      const enc = String(res.headers["content-encoding"] ?? "").toLowerCase();
      const stream = enc === "gzip" || enc === "x-gzip" ? res.pipe(zlib.createGunzip())
        : enc === "deflate" ? res.pipe(zlib.createInflate())
        : enc === "br" ? res.pipe(zlib.createBrotliDecompress())
        : res;
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (c: Buffer) => {
        size += c.length;
        if (size > maxBytes) {
          fail(new FetchError("too_large", `${url}: body exceeds the ${maxBytes}-byte limit`, status));
          stream.destroy();
          return;
        }
        chunks.push(c);
      });
      stream.on("error", (e) => fail(new FetchError("network", `${url}: ${(e as Error).message}`, status)));
      res.on("aborted", () => fail(new FetchError("network", `${url}: connection closed before the body was complete`, status)));
      stream.on("end", () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ result: { url: url.toString(), status, contentType, charset, headers: res.headers, body: Buffer.concat(chunks) } });
      });
    });
    req.end();
  });
}

/** Body as text in its declared charset (UTF-8 when none is declared). */
export function bodyText(r: Pick<FetchResult, "body" | "charset">): string {
  try {
    return new TextDecoder(r.charset ?? "utf-8").decode(r.body);
  } catch {
    return new TextDecoder("utf-8").decode(r.body);
  }
}
