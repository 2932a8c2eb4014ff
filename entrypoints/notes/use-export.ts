import { useState } from 'preact/hooks';
import type { ExportScope } from '@/components/notes/ExportPanel';
import type { ExportFile } from '@/entrypoints/notes/library-store';
import { measure } from '@/entrypoints/notes/measure';
import type { LibraryClient } from '@/entrypoints/notes/worker-client';
import type { ExportFormat } from '@/utils/export';
import { EXPORT_FORMATS, type LibraryQuery } from '@/utils/library';

/** Saves a file through a Blob URL and an `<a download>` (no permission needed). */
function download(built: ExportFile): void {
  const url = URL.createObjectURL(built.file);
  const a = document.createElement('a');
  a.href = url;
  a.download = built.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Export for the notes page: the worker builds the file from the library it holds (the shown annotations in the
 * order shown, or everything); the page downloads it or copies it to the clipboard.
 */
export function useExport(
  whenClient: () => Promise<LibraryClient>,
  query: LibraryQuery,
): {
  status: string;
  busy: boolean;
  run: (format: ExportFormat, scope: ExportScope, to: 'download' | 'copy') => void;
} {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (format: ExportFormat, scope: ExportScope, to: 'download' | 'copy') => {
    const label = EXPORT_FORMATS.find((f) => f.format === format)?.label ?? format;
    setBusy(true);
    setStatus(`Preparing ${label}…`);
    try {
      const started = performance.now();
      const client = await whenClient();
      const built = await client.exportFile(format, scope === 'all' ? null : query, Date.now());
      measure(`notes:export-${format}`, started);
      performance.clearMarks(`notes:export-${format}-timings`);
      performance.mark(`notes:export-${format}-timings`, { detail: { build: built.build } });
      const what = format === 'claim-review' ? `${built.count} reviewed claims` : `${built.count} annotations`;
      if (to === 'download') {
        download(built);
        setStatus(`Saved ${built.filename} (${what}).`);
      } else {
        await navigator.clipboard.writeText(await built.file.text());
        setStatus(`Copied ${label} (${what}) to the clipboard.`);
      }
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return { status, busy, run: (f, s, t) => void run(f, s, t) };
}
