/**
 * Test helper: real pages parsed with happy-dom the way Readability's own test suite sees them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

export const CORPUS = new URL('../../../../shared/corpus/pages/', import.meta.url);
export const DEMO = new URL('../../../../shared/fixtures/istanbul-talks.html', import.meta.url);

/** Readability's tests load every page at this URL; relative links in expected.html are resolved against it. */
export const PAGE_URL = 'http://fakehost/test/page.html';

/** Names of the corpus pages, sorted. */
export function corpusPages(): string[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** A corpus page's file as text. */
export function corpusFile(name: string, file: string): string {
  return readFileSync(new URL(`${name}/${file}`, CORPUS), 'utf8');
}

let window: Window | null = null;

/**
 * Parses `html` into a fresh Document whose URL is `url` (DOMParser: no scripts run, nothing is fetched).
 * happy-dom 21 drops everything after a `<style>` or `<script>` inside `<svg>` (capricorn86/happy-dom#2231; the
 * cnet page would lose its whole body), so those elements are removed from inline SVG first. Readability deletes
 * every `<style>` and `<script>` before it reads a page, so this changes nothing it sees.
 */
export function parsePage(html: string, url = PAGE_URL): Document {
  if (!window || window.location.href !== url) {
    window?.happyDOM.abort();
    window = new Window({ url });
  }
  const safe = html.replace(/<svg\b[\s\S]*?<\/svg>/gi, (svg) =>
    svg.replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ''),
  );
  return new window.DOMParser().parseFromString(safe, 'text/html') as unknown as Document;
}
