import type { Article } from '@/utils/extract';

export interface ArticleHeaderProps {
  /** undefined while extracting; null when the page has no article. */
  article: Article | null | undefined;
  /** Title to fall back on when there is no article (the tab's title). */
  fallbackTitle: string;
  /** Why there is no article, when known (replaces the generic "No article found" sentence). */
  noArticle?: string | null;
}

/** Formats an ISO-ish date for display; falls back to the raw text when it isn't a date. */
export function formatDate(value: string | null): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/**
 * At most `max` characters of page-supplied text, with an ellipsis when cut: a hostile page's 100k-character byline
 * would otherwise take seconds to lay out. (The stored page record is capped likewise by utils/messaging/schema.)
 */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The article as Readability sees it: title, byline, outlet, date — or a plain "no article" note. */
export function ArticleHeader({ article, fallbackTitle, noArticle }: ArticleHeaderProps) {
  if (article === undefined) return <p class="muted">Reading the article…</p>;
  if (article === null) {
    return (
      <header>
        <h1 style={{ fontSize: '15px', margin: '0 0 4px' }}>{clip(fallbackTitle, 2000)}</h1>
        <p class="muted" style={{ margin: 0 }}>
          {noArticle ?? 'No article found on this page. You can still highlight any text on it.'}
        </p>
      </header>
    );
  }
  const date = formatDate(article.publishedTime);
  return (
    <header>
      <h1 style={{ fontSize: '15px', margin: '0 0 4px' }} lang={article.lang ?? undefined}>
        {clip(article.title, 2000)}
      </h1>
      <p class="muted" style={{ margin: 0 }}>
        {clip([...new Set([article.byline, article.siteName, date].filter(Boolean))].join(' · '), 1000)}
      </p>
    </header>
  );
}
