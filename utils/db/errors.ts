/**
 * Turns a storage failure into a sentence a reader can act on. Quota errors (disk full, storage evicted) get their
 * own message: the write did not happen and nothing stored before it was touched.
 */
export function describeStorageError(e: unknown): string {
  const name = (e as { name?: string; inner?: { name?: string } } | null)?.name ?? '';
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Not saved: your disk (or the browser’s storage quota) is full. Free some space and try again — nothing already saved was changed.';
  }
  const message = e instanceof Error ? e.message : String(e);
  return `Not saved: ${message}`;
}
