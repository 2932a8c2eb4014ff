import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../utils/quotes';
import { demoArticle } from '../../eval/quote-fixtures';
import { matches, normalizeText, speakerRight } from '../../eval/score';

// The default demo article (shared/fixtures/istanbul-talks.html), through Readability, against its hand labels.
const article = demoArticle();
const found = detectQuotes(article.text);
const spansOf = (quote: string) => {
  const at = article.text.indexOf(quote);
  return at < 0 ? [] : [[at, at + quote.length] as [number, number]];
};

describe('the demo article', () => {
  it.each(article.items.filter((l) => l.kind !== 'reported').map((l) => [l.quote, l]))(
    'finds “%s” with its speaker',
    (_quote, label) => {
      const hit = found.find((d) => d.kind !== 'reported' && normalizeText(d.quote) === normalizeText(label.quote));
      expect(hit, 'quote found').toBeDefined();
      expect(hit?.speaker).toBe(label.speaker);
      expect(hit?.kind).toBe(label.kind);
    },
  );

  it('finds nothing else in quotation marks', () => {
    const extra = found.filter(
      (d) => d.kind !== 'reported' && !article.items.some((l) => matches(d, l, spansOf(l.quote))),
    );
    expect(extra).toEqual([]);
  });

  it('finds the reported claims with their speakers', () => {
    for (const label of article.items.filter((l) => l.kind === 'reported')) {
      const hit = found.find((d) => matches(d, label, spansOf(label.quote)));
      expect(hit, label.quote).toBeDefined();
      expect(hit && speakerRight(hit, label), label.quote).toBe(true);
    }
  });
});
