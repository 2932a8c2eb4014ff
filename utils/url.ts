/**
 * URL identity for pages (pure: no DOM, no extension APIs).
 *
 * Two visits to the same article must land on the same key, so annotations come back whatever link the reader
 * followed; two different pages must never share a key, so one page can't read another page's notes.
 */

/** Query keys that only identify a campaign, click or sharer, never the resource (compared case-insensitively). */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  // Ad and analytics click ids.
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'ysclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'igsh',
  'srsltid',
  'epik',
  'rb_clickid',
  '_ga',
  '_gl',
  // Newsletters and marketing automation.
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'vero_id',
  'vero_conv',
  'wt.mc_id',
  's_cid',
  'trk',
  // Share buttons and publishers' own campaign codes.
  'ref_src',
  'ref_url',
  'cmpid',
  'cmp',
  'ocid',
  'smid',
  'smtyp',
  'sr_share',
  'xtor',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
]);

/** Key prefixes of tracking families: Google/Matomo/Piwik campaigns, AT Internet (at_medium, at_campaign…),
 * comScore (ns_source…), HubSpot ads, Omeda "oly_" reader ids. */
export const TRACKING_PREFIXES: readonly string[] = ['utm_', 'pk_', 'mtm_', 'at_', 'ns_', 'hsa_', 'oly_'];

const WEB_PROTOCOLS = new Set(['http:', 'https:']);
const SAME_SITE_PREFIXES = ['www.', 'm.', 'amp.', 'mobile.'];

/** True when a query key (raw, possibly percent-encoded) names a tracking parameter. */
export function isTrackingParam(rawKey: string): boolean {
  const key = safeDecode(rawKey.replace(/\+/g, ' ')).trim().toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

/**
 * The one spelling of a URL that Quotemark stores.
 *
 * http(s): fragment dropped; tracking parameters dropped ({@link TRACKING_PARAMS}, {@link TRACKING_PREFIXES});
 * the remaining parameters sorted by key (stable, so repeated keys keep their order) with their original
 * encoding; empty query removed; host lower-cased (IDN to punycode), trailing dot and default port dropped;
 * user name and password dropped (never store credentials); percent-escapes upper-cased; path case, trailing
 * slash and a trailing `index.html` kept — the server may treat them differently, and a page's canonical link
 * is the right way to merge such spellings. Anything else (file:, about:, unparsable) comes back unchanged
 * minus its fragment.
 * Trade-off: dropping every fragment also merges old hash-bang (`#!/story/1`) routes into one page.
 */
export function normalizeUrl(url: string): string {
  const input = url.trim();
  // Trimmed again: text before a fragment may end in spaces ("a #b"), and the result must be a fixed point.
  const unfragmented = stripFragment(input).trimEnd();
  const parsed = parseUrl(input);
  if (!parsed || !WEB_PROTOCOLS.has(parsed.protocol)) return unfragmented;
  const host = parsed.hostname.replace(/\.+$/, '') || parsed.hostname;
  const port = parsed.port ? `:${parsed.port}` : '';
  const query = normalizeQuery(parsed.search);
  return `${parsed.protocol}//${host}${port}${upperEscapes(parsed.pathname)}${query}`;
}

/**
 * The key a page's annotations are stored under: its `<link rel=canonical>`, else its `og:url`, else the page URL,
 * always through {@link normalizeUrl}.
 *
 * A hint is taken only when it is an http(s) URL (relative ones resolved against `pageUrl`) on the page's own
 * site: the same host and port once a leading `www.`, `m.`, `amp.` or `mobile.` is stripped from both. A hostile
 * page could otherwise claim another site's canonical URL and be shown (and add to) that site's notes; the cost is
 * that syndicated copies (a wire story on a partner site) stay separate pages. A hint pointing at the site's root
 * from a deeper page is also refused: that is a common CMS misconfiguration that would pour every article into one.
 */
export function canonicalUrl(pageUrl: string, hints: { canonical?: string | null; ogUrl?: string | null }): string {
  const page = parseUrl(pageUrl.trim());
  if (page && WEB_PROTOCOLS.has(page.protocol)) {
    for (const hint of [hints.canonical, hints.ogUrl]) {
      const candidate = hint ? parseUrl(hint.trim(), page.href) : null;
      if (candidate && acceptableHint(page, candidate)) return normalizeUrl(candidate.href);
    }
  }
  return normalizeUrl(pageUrl);
}

/**
 * The host with one or more leading `www.`, `m.`, `amp.`, `mobile.` labels removed (never below two labels), for
 * same-site comparisons: `www.m.example.com` → `example.com`, `m.com` stays `m.com`.
 */
export function siteHost(hostname: string): string {
  let host = hostname.toLowerCase().replace(/\.+$/, '') || hostname;
  for (;;) {
    const prefix = SAME_SITE_PREFIXES.find((p) => host.startsWith(p) && host.slice(p.length).includes('.'));
    if (!prefix) return host;
    host = host.slice(prefix.length);
  }
}

function acceptableHint(page: URL, hint: URL): boolean {
  if (!WEB_PROTOCOLS.has(hint.protocol)) return false;
  // Explicit ports must agree; default ports (either scheme) count as equal, so an http→https upgrade is fine.
  if (siteHost(hint.hostname) !== siteHost(page.hostname) || hint.port !== page.port) return false;
  return !(hint.pathname === '/' && !hint.search && page.pathname !== '/');
}

function normalizeQuery(search: string): string {
  if (search.length <= 1) return '';
  const kept = search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(pair.split('=', 1)[0]))
    .map((pair) => {
      const cut = pair.indexOf('=');
      const key = upperEscapes(cut < 0 ? pair : pair.slice(0, cut));
      return { key, pair: cut < 0 ? key : `${key}=${upperEscapes(pair.slice(cut + 1))}` };
    });
  if (kept.length === 0) return '';
  kept.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return `?${kept.map((p) => p.pair).join('&')}`;
}

function stripFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

function upperEscapes(s: string): string {
  return s.replace(/%[0-9a-f]{2}/gi, (hex) => hex.toUpperCase());
}

function parseUrl(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
