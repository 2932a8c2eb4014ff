import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AnnotationCard } from '@/components/AnnotationCard';
import { formatDate } from '@/components/ArticleHeader';
import { ReaderSettings, type ReaderTheme } from '@/components/reader/ReaderSettings';
import { useChanges } from '@/components/use-changes';
import { useReaderSource } from '@/entrypoints/reader/use-reader-source';
import { anchorAll, describeRange } from '@/utils/anchoring';
import { paintOf } from '@/utils/highlight/colors';
import { createPainter } from '@/utils/highlight/paint';
import { send, sendToTab } from '@/utils/messaging/client';
import { sanitizeArticleHtml } from '@/utils/reader/sanitize';
import type { Annotation, TextQuoteSelector } from '@/utils/types';

const stored = (key: string, fallback: string) => localStorage.getItem(key) ?? fallback;

/**
 * The reader view: the article as Readability extracted it, sanitised, in good typography, with the page's notes
 * beside it. The same stored selectors anchor here and on the live page; a highlight made here is placed on the live
 * tab first (so it is stored with the live page's selectors), then shows here.
 */
export function ReaderApp({ tabId, pageUrl }: { tabId: number | null; pageUrl: string | null }) {
  const { snapshot, live, error } = useReaderSource(tabId, pageUrl);
  const url = snapshot?.pageUrl ?? null;
  const version = useChanges(url);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [placed, setPlaced] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState('');
  const [theme, setTheme] = useState<ReaderTheme>(() => stored('quotemark.reader.theme', 'light') as ReaderTheme);
  const [size, setSize] = useState(() => Number(stored('quotemark.reader.size', '19')));
  const body = useRef<HTMLElement>(null);
  const ranges = useRef(new Map<string, Range>());
  const painter = useMemo(() => createPainter(document), []);
  // Sanitised once more here: the snapshot may come from the database, which an import could have written.
  const html = useMemo(() => (snapshot ? sanitizeArticleHtml(snapshot.html) : ''), [snapshot]);

  useEffect(() => {
    localStorage.setItem('quotemark.reader.theme', theme);
    localStorage.setItem('quotemark.reader.size', String(size));
  }, [theme, size]);
  useEffect(() => {
    if (!url) return;
    void send({ type: 'page.annotations', pageUrl: url }).then((r) => r.ok && setAnnotations(r.data));
  }, [url, version]);
  useEffect(() => {
    if (body.current) body.current.innerHTML = html; // sanitised above (DOMPurify)
  }, [html]);
  useEffect(() => {
    const root = body.current;
    if (!root || !html) return;
    const results = anchorAll(
      root,
      annotations.map((a) => a.selectors),
    );
    ranges.current = new Map();
    results.forEach((r, i) => {
      if (r.range) ranges.current.set(annotations[i].id, r.range);
    });
    painter.paint(
      annotations
        .filter((a) => ranges.current.has(a.id))
        .map((a) => ({ range: ranges.current.get(a.id)!, paint: paintOf(a) })),
    );
    setPlaced(new Set(ranges.current.keys()));
  }, [annotations, html, painter]);

  const highlight = async () => {
    const sel = document.getSelection();
    const root = body.current;
    if (
      !root ||
      !sel ||
      sel.isCollapsed ||
      !sel.toString().trim() ||
      !root.contains(sel.getRangeAt(0).commonAncestorContainer)
    ) {
      return setMessage('Select some text in the article first.');
    }
    if (!live || tabId === null) return setMessage('Open the live page to add highlights: this is a saved copy.');
    const quote = describeRange(root, sel.getRangeAt(0)).find(
      (s): s is TextQuoteSelector => s.type === 'TextQuoteSelector',
    );
    if (!quote) return setMessage('Select some text in the article first.');
    const r = await sendToTab(tabId, {
      type: 'tab.highlightText',
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      kind: 'highlight',
    });
    setMessage(r.ok ? 'Highlighted here and on the page.' : r.error);
    if (r.ok) sel.removeAllRanges();
  };
  const goTo = (id: string) => {
    const range = ranges.current.get(id);
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    painter.focus(range ?? null);
  };

  if (!snapshot)
    return (
      <p role="status" style={{ padding: '2rem' }}>
        {error ?? 'Reading the article…'}
      </p>
    );
  const meta = [
    ...new Set([snapshot.byline, snapshot.siteName, formatDate(snapshot.publishedTime)].filter(Boolean)),
  ].join(' · ');
  return (
    <div class="reader" data-theme={theme} style={{ fontSize: `${size}px` }}>
      <main class="article" lang={snapshot.lang ?? undefined}>
        <h1>{snapshot.title}</h1>
        <p class="byline">{meta}</p>
        <section ref={body} aria-label="Article" />
      </main>
      <aside aria-label="Notes">
        <ReaderSettings theme={theme} size={size} onTheme={setTheme} onSize={setSize} />
        <div class="row no-print">
          <button type="button" class="primary" onClick={() => void highlight()}>
            Highlight selection
          </button>
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
        </div>
        <p role="status" class="muted no-print">
          {message}
        </p>
        <h2 style={{ fontSize: '14px' }}>Notes ({annotations.length})</h2>
        <ul>
          {annotations.map((a) => (
            <AnnotationCard
              key={a.id}
              annotation={a}
              onGo={placed.has(a.id) ? () => goTo(a.id) : undefined}
              onSave={(patch) => send({ type: 'annotation.update', id: a.id, patch })}
              onDelete={() => void send({ type: 'annotation.delete', id: a.id })}
              note={placed.has(a.id) ? undefined : 'Not found in this copy of the article.'}
            />
          ))}
        </ul>
      </aside>
    </div>
  );
}
