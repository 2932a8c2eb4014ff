/**
 * Small text helpers shared by the export builders. Page content is hostile: everything that leaves through a
 * human-readable format (Markdown, CSV, file names) goes through `cleanText` first. JSON keeps strings as they are
 * (it is the lossless format).
 */

/** Any surrogate: text without one has nothing for toWellFormed to do (its fast path). */
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces lone UTF-16 surrogates with U+FFFD so the string can be encoded as UTF-8 or percent-encoded without
 * throwing (`encodeURIComponent` throws on them). Well-formed text is returned unchanged.
 */
export function toWellFormed(text: string): string {
  return SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '\uFFFD') : text;
}

/**
 * Bidi embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069). They can reorder what a reader sees
 * ("Trojan Source"), so human-readable exports drop them; the directional marks LRM/RLM/ALM, which reorder nothing,
 * are kept because right-to-left text uses them legitimately.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** C0 controls except tab and line feed, DEL, and C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Any character cleanText changes: CR, U+2028/2029/0085, control characters, bidi controls, surrogates. */
const NEEDS_CLEANING =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\r\u2028\u2029\u0085\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;

/**
 * Text fit for a human-readable export: CRLF/CR and Unicode line/paragraph separators become `\n`, lone surrogates
 * become U+FFFD, control characters and bidi overrides are removed. Lossy by design; JSON export does not use it.
 */
export function cleanText(text: string): string {
  // Fast path (most text): nothing to replace or remove, so the text comes back as it is.
  if (!NEEDS_CLEANING.test(text)) return text;
  return toWellFormed(text)
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(CONTROL_CHARS, '')
    .replace(BIDI_CONTROLS, '');
}

/** Recent isHttpUrl answers: an export asks about the same page URL once per annotation (URL parsing is costly). */
const httpUrlMemo = new Map<string, boolean>();
const MEMO_SIZE = 2000;

/** True only for absolute `http:`/`https:` URLs that the WHATWG URL parser accepts. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 8000) return false;
  let known = httpUrlMemo.get(value);
  if (known === undefined) {
    known = parsesAsHttp(value);
    if (httpUrlMemo.size >= MEMO_SIZE) httpUrlMemo.clear();
    httpUrlMemo.set(value, known);
  }
  return known;
}

function parsesAsHttp(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** ISO 8601 (UTC, milliseconds) for an epoch-milliseconds time, or undefined when it is not a valid date. */
export function isoTime(ms: number): string | undefined {
  if (!Number.isFinite(ms)) return undefined;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** `YYYY-MM-DD` (UTC) for an epoch-milliseconds time, or undefined when it is not a valid date. */
export function isoDay(ms: number): string | undefined {
  return isoTime(ms)?.slice(0, 10);
}

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}
