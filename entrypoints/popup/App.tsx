import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AnnotationCard } from '@/components/AnnotationCard';
import { ArticleHeader } from '@/components/ArticleHeader';
import { type KindVerdictFilter, matchesFilter, NotesFilter } from '@/components/NotesFilter';
import { QuotesPanel } from '@/components/QuotesPanel';
import { StorageStatus } from '@/components/StorageStatus';
import { UndoBar } from '@/components/UndoBar';
import { useChanges } from '@/components/use-changes';
import { usePage } from '@/entrypoints/popup/use-page';
import { send, sendToTab } from '@/utils/messaging/client';
import type { DetectedQuote } from '@/utils/quotes';
import type { Annotation } from '@/utils/types';

/** The toolbar popup: this article as Readability sees it, and every note on it in reading order. */
export function App({ tabId: tabParam }: { tabId: number | null }) {
  const [page, remember] = usePage(tabParam);
  const [annotations, setAnnotations] = useState<Annotation[] | null>(null);
  const [message, setMessage] = useState('');
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  const [shortcut, setShortcut] = useState('');
  const [pageUrl, setPageUrl] = useState<string | null>(null);
  const [filter, setFilter] = useState<KindVerdictFilter>({ kind: 'all', verdict: 'all' });
  const version = useChanges(pageUrl);
  const { tabId } = page;

  useEffect(() => setPageUrl(page.pageUrl), [page.pageUrl]);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'highlight-selection')?.shortcut ?? ''));
  }, []);
  useEffect(() => {
    if (!pageUrl) return;
    void send({ type: 'page.annotations', pageUrl }).then((r) => {
      if (!r.ok) return setMessage(r.error);
      setAnnotations(r.data);
      if (r.data.length > 0) remember(pageUrl);
    });
  }, [pageUrl, version, page.article]);

  const highlight = async () => {
    if (tabId === null) return;
    const r = await sendToTab(tabId, { type: 'tab.highlightSelection' });
    setMessage(r.ok ? 'Highlighted.' : r.error);
    if (r.ok) setPageUrl(r.data.pageUrl);
  };
  const remove = async (id: string) => {
    const r = await send({ type: 'annotation.delete', id });
    if (r.ok) setDeleted(r.data);
    else setMessage(r.error);
  };
  const undo = async () => {
    if (!deleted) return;
    const r = await send({ type: 'annotation.restore', annotation: deleted });
    if (r.ok) setDeleted(null);
    else setMessage(r.error);
  };

  // Detected quotes are found again on the live page through their article context (prefix/suffix).
  const annotateQuote = async (q: DetectedQuote, kind: 'quote' | 'claim') => {
    if (tabId === null || !page.article) return;
    const text = page.article.text;
    const r = await sendToTab(tabId, {
      type: 'tab.highlightText',
      exact: q.quote,
      prefix: text.slice(Math.max(0, q.start - 32), q.start),
      suffix: text.slice(q.end, q.end + 32),
      kind,
      speaker: q.speaker,
    });
    setMessage(r.ok ? (kind === 'claim' ? 'Marked as a claim.' : 'Highlighted as a quote.') : r.error);
    if (r.ok) setPageUrl(r.data.pageUrl);
  };

  const shown = annotations?.filter((a) => matchesFilter(a, filter)) ?? [];
  const placed = shown.filter((a) => a.anchor?.status !== 'orphan');
  const orphans = shown.filter((a) => a.anchor?.status === 'orphan');
  const card = (a: Annotation, go: boolean) => (
    <AnnotationCard
      key={a.id}
      annotation={a}
      onGo={
        go && tabId !== null
          ? () => void sendToTab(tabId, { type: 'tab.scrollTo', id: a.id }).then((r) => !r.ok && setMessage(r.error))
          : undefined
      }
      onSave={(patch) => send({ type: 'annotation.update', id: a.id, patch })}
      onDelete={() => void remove(a.id)}
    />
  );

  return (
    <main style={{ width: '380px', padding: '12px', boxSizing: 'border-box' }}>
      {page.unsupported ? (
        <p role="alert">{page.unsupported}</p>
      ) : (
        <>
          <ArticleHeader article={page.article} fallbackTitle={page.title || page.url} noArticle={page.notice} />
          <div class="row">
            <button type="button" class="primary" onClick={highlight}>
              Highlight selection
            </button>
            {shortcut && <span class="muted">Shortcut: {shortcut}</span>}
            {page.article && tabId !== null && (
              <button
                type="button"
                onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?tab=${tabId}`) })}
              >
                Reader view
              </button>
            )}
          </div>
          <p role="status" class="muted" style={{ minHeight: '1em', margin: '6px 0 0' }}>
            {message}
          </p>
          {deleted && <UndoBar message="Annotation deleted." onUndo={undo} />}
          <section aria-labelledby="notes-heading">
            <h2 id="notes-heading" style={{ fontSize: '13px', margin: '10px 0 0' }}>
              Notes on this page{annotations ? ` (${placed.length})` : ''}
            </h2>
            {annotations && annotations.length > 0 && <NotesFilter value={filter} onChange={setFilter} />}
            {annotations && annotations.length === 0 && (
              <p class="muted">No notes yet. Select text on the page and choose Highlight.</p>
            )}
            <ul style={{ padding: 0, margin: 0 }}>{placed.map((a) => card(a, true))}</ul>
          </section>
          {page.article && <QuotesPanel groups={page.quotes} onAnnotate={(q, k) => void annotateQuote(q, k)} />}
          {orphans.length > 0 && (
            <section aria-labelledby="orphans-heading">
              <h2 id="orphans-heading" style={{ fontSize: '13px', margin: '10px 0 0' }}>
                Not found on this page ({orphans.length})
              </h2>
              <ul style={{ padding: 0, margin: 0 }}>{orphans.map((a) => card(a, false))}</ul>
            </section>
          )}
        </>
      )}
      <div class="row">
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/notes.html') })}>
          All notes
        </button>
      </div>
      <StorageStatus />
    </main>
  );
}
