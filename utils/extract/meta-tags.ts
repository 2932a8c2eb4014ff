/**
 * Small readers shared by the metadata modules (DOM read-only, no extension APIs).
 */

/** The first non-blank value (whitespace collapsed) that passes `ok`, or null. */
export function first(
  values: Array<string | null | undefined>,
  ok: (v: string) => boolean = () => true,
): string | null {
  for (const value of values) {
    const clean = value?.replace(/\s+/g, ' ').trim();
    if (clean && ok(clean)) return clean;
  }
  return null;
}

/** Every meta tag's content under each of its keys (property, name, itemprop, http-equiv), lower-cased; first wins. */
export function readMetaTags(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content');
    if (!content?.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      for (const key of (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !map.has(key)) map.set(key, content);
      }
    }
  }
  return map;
}
