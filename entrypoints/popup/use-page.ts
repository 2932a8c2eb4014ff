import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Article } from '@/utils/extract';
import { send, sendToTab } from '@/utils/messaging/client';
import { pageSupport } from '@/utils/page-kind';
import type { SpeakerGroup } from '@/utils/quotes';

export interface PageState {
  tabId: number | null;
  /** Canonical URL of the page (null until known). */
  pageUrl: string | null;
  url: string;
  title: string;
  /** undefined while extracting, null when there is no article. */
  article: Article | null | undefined;
  /** Why Quotemark can't work on this tab, or null. */
  unsupported: string | null;
  /** What Quotemark can't do on this page though it can highlight there (e.g. a JSON document has no article). */
  notice: string | null;
  /** Quotations found in the article text, grouped by speaker (empty without an article). */
  quotes: SpeakerGroup[];
}

async function activeTab(): Promise<{ id: number | null; title: string }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id ?? null, title: tab?.title ?? '' };
}

/** Parses the page's HTML in the popup and runs Readability on it (loaded on demand, off the content script). */
async function extract(html: string, url: string): Promise<Article | null> {
  const { extractArticle } = await import('@/utils/extract');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
  return extractArticle(doc);
}

/** Finds the tab, asks its content script for the page's canonical URL, and extracts the article. */
export function usePage(tabIdParam: number | null): [PageState, (pageUrl: string) => void] {
  const [state, setState] = useState<PageState>({
    tabId: tabIdParam,
    pageUrl: null,
    url: '',
    title: '',
    article: undefined,
    unsupported: null,
    notice: null,
    quotes: [],
  });

  useEffect(() => {
    void (async () => {
      const tab = tabIdParam !== null ? { id: tabIdParam, title: '' } : await activeTab();
      if (tab.id === null) return setState((s) => ({ ...s, unsupported: 'No tab to annotate.' }));
      const info = await sendToTab(tab.id, { type: 'tab.info' });
      if (!info.ok) {
        return setState((s) => ({
          ...s,
          tabId: tab.id,
          article: null,
          unsupported:
            'Quotemark can’t run on this page: the browser keeps extensions off its own pages (settings, new tab, the extension store) and PDFs. A page opened before Quotemark was installed works once reloaded.',
        }));
      }
      const { supported, notice } = pageSupport(info.data.contentType ?? 'text/html', info.data.annotatable ?? true);
      if (!supported) return setState((s) => ({ ...s, tabId: tab.id, article: null, unsupported: notice }));
      setState((s) => ({
        ...s,
        tabId: tab.id,
        pageUrl: info.data.pageUrl,
        url: info.data.url,
        title: tab.title,
        notice,
      }));
      // A JSON (or other data) document has no article to look for.
      if (notice) return setState((s) => ({ ...s, article: null, title: s.title || info.data.url }));
      const snap = await sendToTab(tab.id, { type: 'tab.snapshot' });
      const article = snap.ok ? await extract(snap.data.html, snap.data.url).catch(() => null) : null;
      setState((s) => ({ ...s, article, title: s.title || article?.title || info.data.url }));
      if (article) {
        const { detectQuotes, groupBySpeaker } = await import('@/utils/quotes');
        setState((s) => ({ ...s, quotes: groupBySpeaker(detectQuotes(article.text)) }));
      }
    })();
  }, [tabIdParam]);

  // Store Readability's metadata with the page once the page has notes (not for every page the popup is opened on).
  const remember = (pageUrl: string) => {
    const a = state.article;
    if (!a) return;
    void send({
      type: 'page.meta',
      pageUrl,
      seenUrl: state.url,
      // Cut to the lengths the background accepts: an overlong byline must not lose the whole record.
      meta: {
        title: a.title.slice(0, 2000),
        byline: a.byline?.slice(0, 1000) ?? null,
        siteName: a.siteName?.slice(0, 500) ?? null,
        publishedTime: a.publishedTime?.slice(0, 100) ?? null,
        lang: a.lang?.slice(0, 50) ?? null,
        excerpt: a.excerpt?.slice(0, 5000) ?? null,
      },
    });
  };
  return [state, remember];
}
