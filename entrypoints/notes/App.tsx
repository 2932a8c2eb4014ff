import { useEffect, useLayoutEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleList } from '@/components/notes/ArticleList';
import { BackupPanel } from '@/components/notes/BackupPanel';
import { BulkDelete } from '@/components/notes/BulkDelete';
import { ExportPanel } from '@/components/notes/ExportPanel';
import { FilterBar } from '@/components/notes/FilterBar';
import { ImportPanel } from '@/components/notes/ImportPanel';
import { SearchBox } from '@/components/notes/SearchBox';
import { UndoBar } from '@/components/UndoBar';
import { markOnce, measure } from '@/entrypoints/notes/measure';
import { useBackup } from '@/entrypoints/notes/use-backup';
import { useEdits } from '@/entrypoints/notes/use-edits';
import { useExport } from '@/entrypoints/notes/use-export';
import { useImport } from '@/entrypoints/notes/use-import';
import { useLibrary } from '@/entrypoints/notes/use-library';
import { withGhosts } from '@/utils/library';

/** Articles per page of the list ("Load more" adds another). */
export const PAGE_SIZE = 30;

const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
const NONE: string[] = [];

/** The notes page: every annotation, searchable and filterable, edited in place, exported and imported. */
export function App() {
  const edits = useEdits();
  const lib = useLibrary(
    PAGE_SIZE,
    edits.ghosts.map((g) => g.annotation.id),
  );
  const { view, complete } = lib;
  const alive = new Set(view?.alive ?? NONE);
  useEffect(() => edits.settle(view?.alive ?? NONE), [view?.alive]);
  const query = { text: lib.text, filters: lib.filters, sort: lib.sort };
  const importer = useImport(lib.whenClient);
  const exporter = useExport(lib.whenClient, query);
  const backup = useBackup();

  useLayoutEffect(() => {
    if (view) markOnce('notes:first-render');
    if (complete) markOnce('notes:ready');
    if (complete) measure('notes:render', lib.viewAt);
  }, [view, complete]);

  const groups = withGhosts(view?.articles ?? [], edits.ghosts, (id) => alive.has(id));
  const summary = !complete
    ? 'Loading all notes…'
    : `${plural(view!.matched, 'annotation')} in ${plural(view!.articleCount, 'article')}${view!.narrowed ? ` (of ${view!.total.toLocaleString()})` : ''}`;

  return (
    <main class="notes">
      <header class="notes-head">
        <h1>Quotemark notes</h1>
        <ExportPanel
          shown={view?.matched ?? 0}
          total={view?.total ?? 0}
          narrowed={!!view?.narrowed}
          status={exporter.status}
          busy={exporter.busy || !complete}
          onExport={exporter.run}
        />
        <ImportPanel {...importer} />
      </header>
      <SearchBox value={lib.text} onInput={lib.setText} />
      <FilterBar
        filters={lib.filters}
        sort={lib.sort}
        facets={lib.facets}
        onFilters={lib.setFilters}
        onSort={lib.setSort}
      />
      <div class="row summary">
        <p id="summary" role="status" data-results-for={complete ? view?.text : undefined} style={{ margin: 0 }}>
          {summary}
        </p>
        {complete && (
          <BulkDelete
            count={view!.matched}
            onDelete={() =>
              void lib
                .whenClient()
                .then((c) => c.ids(query))
                .then(edits.removeMany)
            }
          />
        )}
      </div>
      {edits.bulk && (
        <UndoBar message={`Deleted ${plural(edits.bulk.length, 'annotation')}.`} onUndo={() => void edits.undoMany()} />
      )}
      {(edits.error || lib.error) && <p role="alert">{edits.error || lib.error}</p>}
      {complete && view!.total === 0 && (
        <p class="muted">
          No notes yet. Highlight text on any news page (select it, then choose Highlight), or import a file.
        </p>
      )}
      <ArticleList
        groups={groups}
        remaining={view?.remaining ?? 0}
        onMore={lib.more}
        onSave={edits.save}
        onDelete={(a) => {
          const at = groups.findIndex((g) => g.page.url === a.pageUrl);
          if (at >= 0) void edits.remove(a, groups[at].page, at);
        }}
        onUndo={(a) => void edits.undo(a)}
      />
      <BackupPanel {...backup} />
      <footer class="muted" style={{ marginTop: '24px', fontSize: '12px' }}>
        Quotemark {browser.runtime.getManifest().version} · everything stays in this browser.
      </footer>
    </main>
  );
}
