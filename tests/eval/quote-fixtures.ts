/**
 * Labeled articles for the quote detector: the shared demo article (its labels are read-only in
 * ../shared/fixtures) and our own fixtures in tests/fixtures/quotes (*.quotes.json, labeling rules in
 * each file's "note"), whose source is either a text file of ours or a corpus page's expected.html.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlToArticleText, readabilityText } from './article-text';

/** One labeled quotation. */
export interface LabeledQuote {
  kind: 'direct' | 'partial' | 'reported';
  quote: string;
  speaker: string | null;
  aliases?: string[];
}

/** An article and its labels. */
export interface LabeledArticle {
  name: string;
  text: string;
  items: LabeledQuote[];
  /** Quotes whose detection counts neither for nor against the detector. */
  ignore: string[];
  /** Labeled blind, after the detector was written (its first-run score is in the fixture's note). */
  heldOut: boolean;
}

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
/** Folder of our labeled fixtures. */
export const FIXTURES = here('../fixtures/quotes/');
/** The shared read-only folder (demo article, corpus). */
export const SHARED = here('../../../shared/');

/** The demo article's text (Readability output of the page) and its hand labels. */
export function demoArticle(): LabeledArticle {
  const html = readFileSync(`${SHARED}fixtures/istanbul-talks.html`, 'utf8');
  const labels = JSON.parse(readFileSync(`${SHARED}fixtures/istanbul-talks.quotes.json`, 'utf8'));
  return {
    name: 'istanbul-talks (demo)',
    text: readabilityText(html),
    items: labels.items,
    ignore: [],
    heldOut: false,
  };
}

/** Article text of a corpus page (its expected.html). */
export function corpusText(page: string): string {
  return htmlToArticleText(readFileSync(`${SHARED}corpus/pages/${page}/expected.html`, 'utf8'));
}

/** Every labeled article: the demo first, then ours in file-name order. */
export function labeledArticles(): LabeledArticle[] {
  const files = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.quotes.json'))
    .sort();
  const ours = files.map((f) => {
    const data = JSON.parse(readFileSync(FIXTURES + f, 'utf8'));
    const text = data.source.corpus
      ? corpusText(data.source.corpus)
      : readFileSync(FIXTURES + data.source.text, 'utf8').trim();
    const name = f.replace('.quotes.json', '');
    return { name, text, items: data.items, ignore: data.ignore ?? [], heldOut: data.heldOut === true };
  });
  return [demoArticle(), ...ours];
}
