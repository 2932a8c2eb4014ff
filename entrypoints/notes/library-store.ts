import { liveQuery } from 'dexie';
import type { QuotemarkDB } from '@/utils/db/schema';
import type { ExportFormat } from '@/utils/export';
import {
  buildExport,
  buildIndex,
  createResultCache,
  createSearcher,
  type Facet,
  facets,
  type LibraryIndex,
  type LibraryQuery,
  type LibraryResult,
  type LibraryView,
  libraryOrder,
  resultIds,
  toView,
  type ViewRequest,
} from '@/utils/library';

/** Facet lists of the whole library. */
export interface FacetLists {
  sites: Facet[];
  tags: Facet[];
  speakers: Facet[];
}

/** An export ready to save: the file as a Blob (handed between threads without copying the text). */
export interface ExportFile {
  file: Blob;
  filename: string;
  count: number;
  /** Milliseconds spent building the text. */
  build: number;
}

/** What the store tells the page without being asked. */
export type StorePush =
  | { type: 'view'; view: LibraryView; ms: number }
  | { type: 'facets'; facets: FacetLists; timings: { read: number; index: number; facets: number } }
  | { type: 'error'; message: string };

/**
 * The whole library in memory, where the notes page's worker keeps it: a Dexie liveQuery over every annotation and
 * page (so a write anywhere — the background, another tab — updates it), the search index rebuilt per snapshot, and
 * the current query's answer. The page asks for views (one page of articles), ids and exports; after each new
 * snapshot the store pushes fresh facets and a fresh view of the page's last request.
 */
export class LibraryStore {
  private index: LibraryIndex | null = null;
  private results: ((q: LibraryQuery) => LibraryResult) | null = null;
  private request: ViewRequest | null = null;
  private ready: Promise<void>;
  private markReady!: () => void;

  constructor(
    private readonly db: QuotemarkDB,
    private readonly push: (message: StorePush) => void,
  ) {
    this.ready = new Promise((ok) => {
      this.markReady = ok;
    });
  }

  /** Subscribes to the database; returns the unsubscribe function. */
  start(): () => void {
    const { db } = this;
    let read = 0;
    const sub = liveQuery(async () => {
      const started = performance.now();
      const snapshot = await db.transaction('r', db.annotations, db.pages, async () => ({
        annotations: await db.annotations.toArray(),
        pages: await db.pages.toArray(),
      }));
      read = performance.now() - started;
      return snapshot;
    }).subscribe({
      next: (snapshot) => {
        let t = performance.now();
        this.index = buildIndex(snapshot.annotations, snapshot.pages, this.index ?? undefined);
        this.results = createResultCache(this.index, createSearcher(this.index));
        const index = performance.now() - t;
        t = performance.now();
        const lists = facets(this.index);
        this.push({ type: 'facets', facets: lists, timings: { read, index, facets: performance.now() - t } });
        if (this.request) this.push({ type: 'view', ...this.timedView(this.request) });
        this.markReady();
      },
      error: (e: unknown) => this.push({ type: 'error', message: e instanceof Error ? e.message : String(e) }),
    });
    return () => sub.unsubscribe();
  }

  private timedView(request: ViewRequest): { view: LibraryView; ms: number } {
    const started = performance.now();
    const view = toView(this.index!, this.results!(request), request);
    return { view, ms: performance.now() - started };
  }

  /** One page of the answer to `request`, which also becomes the request re-answered after each change. */
  async view(request: ViewRequest): Promise<{ view: LibraryView; ms: number }> {
    this.request = request;
    await this.ready;
    return this.timedView(request);
  }

  /** Every matching annotation id, in the order shown. */
  async ids(query: LibraryQuery): Promise<string[]> {
    await this.ready;
    return resultIds(this.results!(query));
  }

  /** Builds an export from memory: the annotations matching `query` as shown, or everything (null). */
  async exportFile(format: ExportFormat, query: LibraryQuery | null, now: number): Promise<ExportFile> {
    await this.ready;
    const index = this.index!;
    const started = performance.now();
    const chosen = query
      ? this.results!(query).articles.flatMap((g) => g.annotations)
      : libraryOrder(index.notes.map((n) => n.annotation));
    const built = buildExport(format, chosen, [...index.pages.values()], now);
    const file = new Blob([built.text], { type: built.mime });
    return { file, filename: built.filename, count: built.count, build: performance.now() - started };
  }
}
