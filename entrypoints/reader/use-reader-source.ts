import { useEffect, useState } from 'preact/hooks';
import { send, sendToTab } from '@/utils/messaging/client';
import { sanitizeArticleHtml } from '@/utils/reader/sanitize';
import type { ArticleSnapshot } from '@/utils/types';

export interface ReaderSource {
  /** The article to show (undefined while loading). */
  snapshot: ArticleSnapshot | undefined;
  /** True when the live tab is there (highlights made here are placed on it too). */
  live: boolean;
  error: string | null;
}

/**
 * Where the reader's article comes from: the live tab (its HTML, through Readability here, sanitised and saved as
 * the page's snapshot) or, with no tab, the snapshot saved last time.
 */
export function useReaderSource(tabId: number | null, pageUrl: string | null): ReaderSource {
  const [source, setSource] = useState<ReaderSource>({ snapshot: undefined, live: false, error: null });
  useEffect(() => {
    void (async () => {
      if (tabId !== null) {
        const info = await sendToTab(tabId, { type: 'tab.info' });
        const snap = await sendToTab(tabId, { type: 'tab.snapshot' });
        if (info.ok && snap.ok && info.data.pageUrl) {
          const { extractArticle } = await import('@/utils/extract');
          const doc = new DOMParser().parseFromString(snap.data.html, 'text/html');
          const base = doc.createElement('base');
          base.href = snap.data.url;
          doc.head.prepend(base);
          const article = extractArticle(doc);
          if (!article) return setSource({ snapshot: undefined, live: true, error: 'No article found on this page.' });
          const snapshot: ArticleSnapshot = {
            pageUrl: info.data.pageUrl,
            url: snap.data.url,
            title: article.title,
            byline: article.byline,
            siteName: article.siteName,
            publishedTime: article.publishedTime,
            lang: article.lang,
            html: sanitizeArticleHtml(article.html),
            text: article.text,
            savedAt: Date.now(),
          };
          setSource({ snapshot, live: true, error: null });
          await send({ type: 'snapshot.save', snapshot });
          return;
        }
        if (!pageUrl) return setSource({ snapshot: undefined, live: false, error: 'That tab can’t be read.' });
      }
      if (!pageUrl) return setSource({ snapshot: undefined, live: false, error: 'No page to show.' });
      const stored = await send({ type: 'snapshot.get', pageUrl });
      if (stored.ok && stored.data) setSource({ snapshot: stored.data, live: false, error: null });
      else setSource({ snapshot: undefined, live: false, error: 'No saved copy of this article.' });
    })();
  }, [tabId, pageUrl]);
  return source;
}
