import { useRef, useState } from 'preact/hooks';
import type { ImportState } from '@/components/notes/ImportPanel';
import type { PreparedImport } from '@/entrypoints/notes/library-tasks';
import type { LibraryClient } from '@/entrypoints/notes/worker-client';
import { importOutcome, summarizeImport } from '@/utils/library';
import { send } from '@/utils/messaging/client';

/**
 * The import flow: read and check the file off the main thread (with progress), let the reader review every
 * problem, then send the valid records to the background, which stores them in one transaction.
 */
export function useImport(whenClient: () => Promise<LibraryClient>): {
  state: ImportState;
  onFile: (file: File) => void;
  onConfirm: () => void;
  onCancel: () => void;
} {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const parsed = useRef<PreparedImport | null>(null);

  const onFile = async (file: File) => {
    const name = file.name;
    parsed.current = null;
    setState({ step: 'reading', name, loaded: 0, total: file.size });
    try {
      const client = await whenClient();
      const result = await client.parseImport(file, {
        onProgress: (loaded, total) => setState({ step: 'reading', name, loaded, total }),
        onChecking: () => setState({ step: 'checking', name }),
      });
      parsed.current = result;
      setState({ step: 'review', name, summary: summarizeImport(result) });
    } catch (e) {
      setState({ step: 'failed', message: `Could not read ${name}: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  const onConfirm = async () => {
    const result = parsed.current;
    if (!result || result.count === 0 || state.step !== 'review') return;
    const { name } = state;
    // Part after part; the background stores them together, in one transaction, when the last arrives.
    const importId = crypto.randomUUID();
    const parts = result.parts.length;
    setState({ step: 'saving', name, count: result.count, sent: 0, parts });
    const started = performance.now();
    let r: Awaited<ReturnType<typeof send<'annotations.importJson'>>> = { ok: false, error: 'nothing to send' };
    for (const [part, blob] of result.parts.entries()) {
      const sent = performance.now();
      const payload = await blob.text();
      // A task of its own for sendMessage's serialising, apart from decoding the part: two short tasks, not one long.
      await new Promise((ok) => setTimeout(ok));
      r = await send({ type: 'annotations.importJson', payload, importId, part, parts });
      performance.measure('notes:import-part', { start: sent, end: performance.now() });
      if (!r.ok) break;
      setState({ step: 'saving', name, count: result.count, sent: part + 1, parts });
    }
    performance.measure('notes:import-save', { start: started, end: performance.now() });
    parsed.current = null;
    if (!r.ok) return setState({ step: 'failed', message: `Nothing was imported: ${r.error}` });
    setState({ step: 'done', message: importOutcome(result.count, r.data) });
  };

  const onCancel = () => {
    parsed.current = null;
    setState({ step: 'idle' });
  };
  return { state, onFile: (f) => void onFile(f), onConfirm: () => void onConfirm(), onCancel };
}
