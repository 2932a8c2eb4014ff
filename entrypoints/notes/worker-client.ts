import type { ExportFile, StorePush } from '@/entrypoints/notes/library-store';
import type { PreparedImport } from '@/entrypoints/notes/library-tasks';
import type { ExportFormat } from '@/utils/export';
import type { LibraryQuery, LibraryView, ViewRequest } from '@/utils/library';

/** Jobs the notes page sends its worker. */
export type WorkerRequest =
  | { id: number; type: 'view'; request: ViewRequest }
  | { id: number; type: 'ids'; query: LibraryQuery }
  | { id: number; type: 'export'; format: ExportFormat; query: LibraryQuery | null; now: number };

/** What the worker answers (progress first, then one `done` or `error`), or pushes unasked (`id` 0). */
export type WorkerReply =
  | { id: number; type: 'progress'; loaded: number; total: number }
  | { id: number; type: 'checking' }
  | { id: number; type: 'done'; result: unknown }
  | { id: number; type: 'error'; message: string }
  | { id: 0; push: StorePush };

/** Progress callbacks of an import. */
export interface ImportProgress {
  onProgress: (loaded: number, total: number) => void;
  onChecking: () => void;
}

/** The notes page's handle on its library (in the worker, or on the page when no worker can start). */
export interface LibraryClient {
  /**
   * One page of articles for `request`. While one view is being computed, later requests wait and only the newest
   * is sent (typing faster than searching coalesces); superseded requests resolve to null.
   */
  view(request: ViewRequest): Promise<{ view: LibraryView; ms: number } | null>;
  ids(query: LibraryQuery): Promise<string[]>;
  exportFile(format: ExportFormat, query: LibraryQuery | null, now: number): Promise<ExportFile>;
  /** Reads and checks an import file in a worker of its own (on the page if no worker starts). */
  parseImport(file: Blob, progress: ImportProgress): Promise<PreparedImport>;
  /** Facets and fresh views after each database change. */
  subscribe(listener: (push: StorePush) => void): () => void;
}

type Call = <T>(request: WorkerRequest, progress?: ImportProgress) => Promise<T>;

function coalesced(call: Call): LibraryClient['view'] {
  let busy = false;
  let waiting: { request: ViewRequest; resolve: (v: { view: LibraryView; ms: number } | null) => void } | null = null;
  let nextId = 1_000_000;
  const run = async (request: ViewRequest) => {
    busy = true;
    try {
      return await call<{ view: LibraryView; ms: number }>({ id: nextId++, type: 'view', request });
    } finally {
      busy = false;
      const next = waiting;
      waiting = null;
      if (next) void run(next.request).then(next.resolve, () => next.resolve(null));
    }
  };
  return (request) => {
    if (!busy) return run(request);
    waiting?.resolve(null);
    return new Promise((resolve) => {
      waiting = { request, resolve };
    });
  };
}

/** A client talking to library-worker.ts; falls back to an in-page LibraryStore when the worker cannot start. */
export async function createLibraryClient(): Promise<LibraryClient> {
  const listeners = new Set<(push: StorePush) => void>();
  const emit = (push: StorePush) => {
    for (const l of listeners) l(push);
  };
  const subscribe = (l: (push: StorePush) => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./library-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  if (!worker) return inPage(emit, subscribe);

  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (r: never) => void; reject: (e: Error) => void; progress?: ImportProgress }
  >();
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if ('push' in reply) return emit(reply.push);
    const job = pending.get(reply.id);
    if (!job) return;
    if (reply.type === 'progress') job.progress?.onProgress(reply.loaded, reply.total);
    else if (reply.type === 'checking') job.progress?.onChecking();
    else {
      pending.delete(reply.id);
      if (reply.type === 'done') job.resolve(reply.result as never);
      else job.reject(new Error(reply.message));
    }
  };
  worker.onerror = (e) => {
    e.preventDefault();
    for (const job of pending.values()) job.reject(new Error('the library worker stopped'));
    pending.clear();
    emit({ type: 'error', message: 'The library worker stopped; reload the page.' });
  };
  const w = worker;
  const call: Call = (request, progress) =>
    new Promise((resolve, reject) => {
      pending.set(request.id, { resolve: resolve as (r: never) => void, reject, progress });
      w.postMessage(request);
    });
  return {
    view: coalesced(call),
    ids: (query) => call({ id: nextId++, type: 'ids', query }),
    exportFile: (format, query, now) => call({ id: nextId++, type: 'export', format, query, now }),
    parseImport: (file, progress) => parseInWorker(file, progress),
    subscribe,
  };
}

async function inPage(emit: (push: StorePush) => void, subscribe: LibraryClient['subscribe']): Promise<LibraryClient> {
  const [{ LibraryStore }, { prepareImport }, { QuotemarkDB }] = await Promise.all([
    import('@/entrypoints/notes/library-store'),
    import('@/entrypoints/notes/library-tasks'),
    import('@/utils/db/schema'),
  ]);
  const store = new LibraryStore(new QuotemarkDB(), emit);
  store.start();
  return {
    view: (request) => store.view(request),
    ids: (query) => store.ids(query),
    exportFile: (format, query, now) => store.exportFile(format, query, now),
    parseImport: (file, p) => prepareImport(file, p.onProgress, p.onChecking),
    subscribe,
  };
}

let importIds = 1;

/** One import in a fresh import worker (ended when done); on the page when no worker starts. */
async function parseInWorker(file: Blob, progress: ImportProgress): Promise<PreparedImport> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    const { prepareImport } = await import('@/entrypoints/notes/library-tasks');
    return prepareImport(file, progress.onProgress, progress.onChecking);
  }
  const id = importIds++;
  return new Promise<PreparedImport>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if ('push' in reply) return;
      if (reply.type === 'progress') return progress.onProgress(reply.loaded, reply.total);
      if (reply.type === 'checking') return progress.onChecking();
      worker.terminate();
      if (reply.type === 'done') resolve(reply.result as PreparedImport);
      else reject(new Error(reply.message));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      reject(new Error('the import worker stopped'));
    };
    worker.postMessage({ id, file });
  });
}
