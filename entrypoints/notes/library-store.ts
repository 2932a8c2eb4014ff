import Dexie, { type ObservabilitySet } from 'dexie';
import type { QuotemarkDB } from '@/utils/db/schema';
import type { ExportFormat } from '@/utils/export';
import {
  buildExport,
  buildIndex,
  createResultCache,
  createSearcher,
  type Facet,
  facets,
  type LibraryChange,
  type LibraryIndex,
  type LibraryQuery,
  type LibraryResult,
  type LibraryView,
  libraryChange,
  libraryOrder,
  mergeChanges,
  needsFullRead,
  patchIndex,
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

/** How the store took in a database change: timings (ms) and how much it read (all, or some articles). */
export interface UpdateTimings {
  read: number;
  index: number;
  facets: number;
  /** Whole library read again (first read, bulk writes), or only the changed articles. */
  full: boolean;
  /** Annotations read from the database. */
  records: number;
}

/** What the store tells the page without being asked. */
export type StorePush =
  | { type: 'view'; view: LibraryView; ms: number }
  | { type: 'facets'; facets: FacetLists; timings: UpdateTimings }
  | { type: 'error'; message: string };

/**
 * The whole library in memory, where the notes page's worker keeps it. It reads everything once, then follows
 * Dexie's `storagemutated` events (a write anywhere — the background, another tab — reaches every context through
 * Dexie's BroadcastChannel): the articles of the changed annotations and pages are read again and re-indexed, and
 * only a bulk write (50+ records, or a range) reads everything again. After each change the store pushes a fresh
 * view of the page's last request, then fresh facets. The page asks for views (one page of articles), ids and exports.
 */
export class LibraryStore {
  private index: LibraryIndex | null = null;
  private results: ((q: LibraryQuery) => LibraryResult) | null = null;
  private request: ViewRequest | null = null;
  private ready: Promise<void>;
  private markReady!: () => void;
  /** Changes not yet taken in, and whether an update is running (updates run one at a time). */
  private pending: LibraryChange | null = null;
  private updating = false;

  constructor(
    private readonly db: QuotemarkDB,
    private readonly push: (message: StorePush) => void,
  ) {
    this.ready = new Promise((ok) => {
      this.markReady = ok;
    });
  }

  /** Reads the library and follows changes; returns the function that stops following. */
  start(): () => void {
    const onMutated = (parts: ObservabilitySet) => {
      const change = libraryChange(parts, this.db.name);
      if (change.annotations || change.pages) this.take(change);
    };
    // Listen before the first read, so a write committed during it is taken in afterwards.
    Dexie.on('storagemutated', onMutated);
    this.take({ annotations: 'all', pages: 'all' });
    return () => Dexie.on.storagemutated.unsubscribe(onMutated);
  }

  private take(change: LibraryChange): void {
    this.pending = mergeChanges(this.pending, change);
    if (!this.updating) void this.update();
  }

  private async update(): Promise<void> {
    this.updating = true;
    try {
      while (this.pending) {
        const change = this.pending;
        this.pending = null;
        const timings = !this.index || needsFullRead(change) ? await this.readAll() : await this.readSome(change);
        this.results = createResultCache(this.index!, createSearcher(this.index!));
        if (this.request) this.push({ type: 'view', ...this.timedView(this.request) });
        this.markReady();
        const t = performance.now();
        const lists = facets(this.index!);
        this.push({ type: 'facets', facets: lists, timings: { ...timings, facets: performance.now() - t } });
      }
    } catch (e) {
      this.push({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    } finally {
      this.updating = false;
    }
  }

  private async readAll(): Promise<Omit<UpdateTimings, 'facets'>> {
    const { db } = this;
    let t = performance.now();
    const snapshot = await db.transaction('r', db.annotations, db.pages, async () => ({
      annotations: await db.annotations.toArray(),
      pages: await db.pages.toArray(),
    }));
    const read = performance.now() - t;
    t = performance.now();
    this.index = buildIndex(snapshot.annotations, snapshot.pages, this.index ?? undefined);
    return { read, index: performance.now() - t, full: true, records: snapshot.annotations.length };
  }

  /** Reads again every article a changed annotation or page belongs to (before or after the change). */
  private async readSome(change: LibraryChange): Promise<Omit<UpdateTimings, 'facets'>> {
    const { db } = this;
    const index = this.index!;
    let t = performance.now();
    const ids = change.annotations instanceof Set ? [...change.annotations] : [];
    const urls = new Set(change.pages instanceof Set ? change.pages : []);
    const fresh = await db.transaction('r', db.annotations, db.pages, async () => {
      const found = await db.annotations.bulkGet(ids);
      ids.forEach((id, i) => {
        const before = index.byId.get(id)?.annotation.pageUrl;
        if (before) urls.add(before);
        if (found[i]) urls.add(found[i]!.pageUrl);
      });
      const list = [...urls];
      const [annotations, pages] = await Promise.all([
        db.annotations.where('pageUrl').anyOf(list).toArray(),
        db.pages.bulkGet(list),
      ]);
      return { annotations, pages: pages.filter((p) => p !== undefined) };
    });
    const read = performance.now() - t;
    t = performance.now();
    this.index = patchIndex(index, urls, fresh.annotations, fresh.pages);
    return { read, index: performance.now() - t, full: false, records: fresh.annotations.length };
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
