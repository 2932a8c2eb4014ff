import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FacetLists, StorePush } from '@/entrypoints/notes/library-store';
import { measure } from '@/entrypoints/notes/measure';
import { PREVIEW_ARTICLES, recentRead } from '@/entrypoints/notes/read-preview';
import { createLibraryClient, type LibraryClient } from '@/entrypoints/notes/worker-client';
import {
  buildIndex,
  createSearcher,
  type Filters,
  type LibraryView,
  runQuery,
  type SortKey,
  toView,
} from '@/utils/library';

const NO_FACETS: FacetLists = { sites: [], tags: [], speakers: [] };

/** The preview as a view: the latest articles, complete, shown until the worker's first answer. */
async function readPreview(articles: number): Promise<LibraryView> {
  const { annotations, pages } = await recentRead();
  const index = buildIndex(annotations, pages);
  const query = { text: '', filters: {}, sort: 'newest' as const };
  return toView(index, runQuery(index, createSearcher(index), query), {
    ...query,
    pages: 1,
    pageSize: articles,
    watch: [],
  });
}

/** The notes page's library state: what is shown, the query behind it, and the client that answers it. */
export interface Library {
  /** The latest answer (the preview until the worker's first answer). */
  view: LibraryView | null;
  /** False while only the preview is shown. */
  complete: boolean;
  facets: FacetLists;
  error: string | null;
  /** When the shown view arrived from the worker (performance.now()), to time its rendering. */
  viewAt: number;
  /** The client, once it exists (import and export wait for it). */
  whenClient: () => Promise<LibraryClient>;
  text: string;
  filters: Filters;
  sort: SortKey;
  setText: (text: string) => void;
  setFilters: (filters: Filters) => void;
  setSort: (sort: SortKey) => void;
  more: () => void;
}

/**
 * Shows a preview read on the page (plain IndexedDB), then hands the library to the worker (LibraryStore): every
 * keystroke, filter or "Load more" asks it for one page of articles; every database change (Dexie liveQuery there)
 * pushes new facets and a new view. `watch` lists the ids of deleted-with-undo annotations, whose return the page needs to know about.
 */
export function useLibrary(pageSize: number, watch: string[]): Library {
  const [preview, setPreview] = useState<LibraryView | null | undefined>(undefined);
  const [client, setClient] = useState<LibraryClient | null>(null);
  const [view, setView] = useState<LibraryView | null>(null);
  const [facetLists, setFacets] = useState<FacetLists>(NO_FACETS);
  const [error, setError] = useState<string | null>(null);
  const [text, setTextNow] = useState('');
  const [filters, setFiltersNow] = useState<Filters>({});
  const [sort, setSortNow] = useState<SortKey>('newest');
  const [pages, setPages] = useState(1);
  const viewAt = useRef(0);
  const ready = useRef<{ promise: Promise<LibraryClient>; resolve: (c: LibraryClient) => void } | null>(null);
  if (!ready.current) {
    let resolve!: (c: LibraryClient) => void;
    ready.current = { promise: new Promise((ok) => (resolve = ok)), resolve };
  }

  useEffect(() => {
    readPreview(PREVIEW_ARTICLES).then(setPreview, () => setPreview(null));
  }, []);

  // The worker starts once the preview is on screen, so the two don't compete for the first frame.
  const previewDone = preview !== undefined;
  useEffect(() => {
    if (!previewDone) return;
    let unsubscribe = () => {};
    const onPush = (push: StorePush) => {
      if (push.type === 'error') return setError(push.message);
      if (push.type === 'view') {
        viewAt.current = performance.now();
        return setView(push.view);
      }
      const now = performance.now();
      measure('notes:read', now - push.timings.read - push.timings.index - push.timings.facets, now);
      measure('notes:index', now - push.timings.index - push.timings.facets, now);
      measure('notes:facets', now - push.timings.facets, now);
      performance.clearMarks('notes:update');
      performance.mark('notes:update', { detail: push.timings });
      setFacets(push.facets);
    };
    void createLibraryClient().then((c) => {
      unsubscribe = c.subscribe(onPush);
      setClient(c);
      ready.current?.resolve(c);
    });
    return () => unsubscribe();
  }, [previewDone]);

  const watchKey = watch.join(' ');
  // A layout effect: the request leaves right after the keystroke's render, not after the next frame.
  useLayoutEffect(() => {
    if (!client) return;
    void client.view({ text, filters, sort, pages, pageSize, watch }).then((r) => {
      if (!r) return;
      const now = performance.now();
      measure('notes:query', now - r.ms, now);
      viewAt.current = now;
      setView(r.view);
    });
  }, [client, text, filters, sort, pages, pageSize, watchKey]);

  return {
    view: view ?? preview ?? null,
    complete: view !== null,
    viewAt: viewAt.current,
    facets: facetLists,
    error,
    whenClient: () => ready.current!.promise,
    text,
    filters,
    sort,
    setText: (value) => {
      setTextNow(value);
      setPages(1);
    },
    setFilters: (next) => {
      setFiltersNow(next);
      setPages(1);
    },
    setSort: (next) => {
      setSortNow(next);
      setPages(1);
    },
    more: () => setPages((n) => n + 1),
  };
}
