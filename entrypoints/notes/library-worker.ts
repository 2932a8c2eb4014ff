import { LibraryStore, type StorePush } from '@/entrypoints/notes/library-store';
import type { WorkerReply, WorkerRequest } from '@/entrypoints/notes/worker-client';
import { QuotemarkDB } from '@/utils/db/schema';

/**
 * The notes page's worker: holds the library (LibraryStore) and answers views, ids and exports, so the page's main
 * thread never reads, indexes or serialises 50,000 records.
 */
const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);
const store = new LibraryStore(new QuotemarkDB(), (push: StorePush) => post({ id: 0, push }));
store.start();

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const job = event.data;
  try {
    let result: unknown;
    if (job.type === 'view') result = await store.view(job.request);
    else if (job.type === 'ids') result = await store.ids(job.query);
    else result = await store.exportFile(job.format, job.query, job.now);
    post({ id: job.id, type: 'done', result });
  } catch (e) {
    post({ id: job.id, type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
