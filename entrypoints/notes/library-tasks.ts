import { IMPORT_LIMITS, type ImportResult, importAnnotations } from '@/utils/export';
import type { Annotation, PageRecord } from '@/utils/types';

/**
 * Reading and checking an import file, as plain async functions: import-worker.ts runs them off the main thread;
 * worker-client.ts falls back to running them on the page when no worker starts.
 */

/** A checked file as the page needs it: counts and problems to show, and the valid records as one JSON text. */
export interface PreparedImport {
  format: ImportResult['format'];
  errors: ImportResult['errors'];
  /** Valid annotations. */
  count: number;
  /**
   * `{ annotations, pages }` as JSON texts of at most PART_CHARS each, sent to the background as they are
   * (`annotations.importJson`, one message per part). Held as Blobs: handing tens of megabytes of strings from the
   * worker to the page would copy them all on the page's main thread at once; a Blob crosses as a handle, and each
   * part is read as text just before it is sent.
   */
  parts: Blob[];
}

/**
 * Characters per import message: far under Chrome's 64 MiB message cap, and small enough that reading a part and
 * handing it to `runtime.sendMessage` (which serialises it on the page's main thread) stays a short task (~30 ms;
 * 8 million took ~60 ms per part).
 */
export const PART_CHARS = 4_000_000;
/** Records per import message (the background accepts up to 100,000). */
const PART_RECORDS = 50_000;

/**
 * The records as `{ annotations, pages }` JSON texts of at most `maxChars` each (a single record longer than that
 * gets a part of its own), annotations first, then pages; at least one part.
 */
export function splitPayload(
  annotations: readonly Annotation[],
  pages: readonly PageRecord[],
  maxChars = PART_CHARS,
): string[] {
  const parts: string[] = [];
  let current = { annotations: [] as string[], pages: [] as string[], size: 0 };
  const flush = () => {
    parts.push(`{"annotations":[${current.annotations.join(',')}],"pages":[${current.pages.join(',')}]}`);
    current = { annotations: [], pages: [], size: 0 };
  };
  const add = (kind: 'annotations' | 'pages', json: string) => {
    const count = current.annotations.length + current.pages.length;
    if (count > 0 && (current.size + json.length > maxChars || count >= PART_RECORDS)) flush();
    current[kind].push(json);
    current.size += json.length + 1;
  };
  for (const a of annotations) add('annotations', JSON.stringify(a));
  for (const p of pages) add('pages', JSON.stringify(p));
  flush();
  return parts;
}

const CHUNK = 4 * 1024 * 1024;
/** UTF-8 takes at most 3 bytes per UTF-16 unit: a bigger file cannot be within the importer's limit. */
const MAX_BYTES = IMPORT_LIMITS.input * 3;

/** Reads a file in chunks (reporting bytes read), then checks every record with utils/export's importer. */
export async function runImport(
  file: Blob,
  onProgress: (loaded: number, total: number) => void,
  onChecking: () => void,
): Promise<ImportResult> {
  if (file.size > MAX_BYTES) {
    const message = `too large (${Math.round(file.size / 1e6)} MB; the limit is ${IMPORT_LIMITS.input / 1e6} million characters)`;
    return { format: null, annotations: [], pages: [], errors: [{ where: 'file', message, text: `file: ${message}` }] };
  }
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  for (let at = 0; at < file.size; at += CHUNK) {
    parts.push(decoder.decode(await file.slice(at, at + CHUNK).arrayBuffer(), { stream: true }));
    onProgress(Math.min(file.size, at + CHUNK), file.size);
  }
  parts.push(decoder.decode());
  onChecking();
  return importAnnotations(parts.join(''));
}

/** Reads and checks a file (see runImport) and serialises its valid records once, where the work was done. */
export async function prepareImport(
  file: Blob,
  onProgress: (loaded: number, total: number) => void,
  onChecking: () => void,
): Promise<PreparedImport> {
  const result = await runImport(file, onProgress, onChecking);
  const count = result.annotations.length;
  const parts = count > 0 ? splitPayload(result.annotations, result.pages).map((p) => new Blob([p])) : [];
  return { format: result.format, errors: result.errors, count, parts };
}
