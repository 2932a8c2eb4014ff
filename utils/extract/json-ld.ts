/**
 * The article node of a page's JSON-LD (DOM read-only, no extension APIs).
 */

/** The fields of a schema.org article node that Quotemark reads. */
export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  publisher: string | null;
  datePublished: string | null;
  description: string | null;
  inLanguage: string | null;
}

/** schema.org types that describe an article-like page (Article and its subtypes, postings, reports). */
const ARTICLE_TYPE = /(Article|Posting|^Report|^APIReference)$/;

/**
 * The first Article-like node (NewsArticle, BlogPosting, Report…) in the page's `application/ld+json` scripts,
 * looking inside arrays and `@graph`, or null.
 * Unlike Readability it does not insist on a schema.org `@context` and it reads `@graph`; unparsable scripts
 * (HTML-escaped JSON, stray CDATA) are skipped rather than repaired, and only the first article node counts —
 * the others on a page are usually related stories.
 */
export function readJsonLdArticle(doc: Document): JsonLdArticle | null {
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (!/^\s*application\/ld\+json\s*$/i.test(script.getAttribute('type') ?? '')) continue;
    const node = findArticle(parse(script.textContent ?? ''), 0);
    if (node) return toArticle(node);
  }
  return null;
}

type Json = Record<string, unknown>;

function parse(source: string): unknown {
  const body = source.replace(/^\s*(<!\[CDATA\[|<!--)/, '').replace(/(\]\]>|-->)\s*$/, '');
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

function findArticle(value: unknown, depth: number): Json | null {
  if (depth > 4 || !value || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const node = value as Json;
  const types = ([] as unknown[]).concat(node['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return node;
  return findArticle(node['@graph'], depth + 1);
}

function toArticle(node: Json): JsonLdArticle {
  const authors = ([] as unknown[])
    .concat(node.author ?? [])
    .map((a) => (typeof a === 'string' ? a : nameOf(a)))
    .filter((a): a is string => !!a && !/^https?:\/\//i.test(a));
  return {
    headline: str(node.headline) ?? str(node.name),
    authors,
    publisher: nameOf(node.publisher),
    datePublished: str(node.datePublished),
    description: str(node.description),
    inLanguage: str(node.inLanguage) ?? languageCode(node.inLanguage),
  };
}

function nameOf(value: unknown): string | null {
  if (Array.isArray(value)) return nameOf(value[0]);
  return value && typeof value === 'object' ? str((value as Json).name) : null;
}

/** schema.org Language objects carry the BCP 47 code in `alternateName` (`name` is "English"). */
function languageCode(value: unknown): string | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? str((value as Json).alternateName) : null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
