import { prepareImport } from '@/entrypoints/notes/library-tasks';
import type { WorkerReply } from '@/entrypoints/notes/worker-client';

/**
 * Reads and checks import files off the main thread, in a worker of its own so the library worker keeps answering
 * searches meanwhile. Posts progress, then the prepared import (counts, problems, records as one JSON text).
 */
const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async (event: MessageEvent<{ id: number; file: Blob }>) => {
  const { id, file } = event.data;
  try {
    const result = await prepareImport(
      file,
      (loaded, total) => post({ id, type: 'progress', loaded, total }),
      () => post({ id, type: 'checking' }),
    );
    post({ id, type: 'done', result });
  } catch (e) {
    post({ id, type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
