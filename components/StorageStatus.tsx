import { useEffect, useState } from 'preact/hooks';

/** What the browser says about Quotemark's storage; null fields where it won't say. */
export interface StorageInfo {
  /** True when the browser marked our storage persistent (it won't evict it under storage pressure). */
  persisted: boolean | null;
  /** Bytes used by the extension's origin (IndexedDB and the rest), as navigator.storage.estimate() reports. */
  usage: number | null;
}

/** "512 B", "1.4 KB", "3.2 MB", "1.1 GB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

/**
 * Reads persistence and usage once. Where persistence is not yet granted and this is a window (the popup; Chrome's
 * service worker has no `persist()`), asks for it: browsers grant or refuse silently (Chrome by heuristics, Firefox
 * already grants it to extensions with `unlimitedStorage`), so this never prompts on every popup open.
 */
export function useStorageInfo(): StorageInfo | null {
  const [info, setInfo] = useState<StorageInfo | null>(null);
  useEffect(() => {
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    if (!storage) return setInfo({ persisted: null, usage: null });
    void (async () => {
      let persisted = (await storage.persisted?.().catch(() => null)) ?? null;
      if (persisted === false && typeof storage.persist === 'function') {
        persisted = await storage.persist().catch(() => false);
      }
      const estimate = await storage.estimate?.().catch(() => null);
      setInfo({ persisted, usage: estimate?.usage ?? null });
    })();
  }, []);
  return info;
}

/** One footer line: whether storage is persistent, and how much is used. */
export function StorageStatusLine({ info }: { info: StorageInfo | null }) {
  if (!info) return null;
  const persistence =
    info.persisted === true
      ? 'Storage: persistent (the browser won’t clear it to free space)'
      : info.persisted === false
        ? 'Storage: not marked persistent (export a backup now and then)'
        : 'Storage: persistence unknown';
  const used = info.usage !== null ? ` · ${formatBytes(info.usage)} used` : '';
  return (
    <p class="muted" style={{ fontSize: '12px', margin: '10px 0 0' }} data-testid="storage-status">
      {persistence}
      {used}
    </p>
  );
}

/** The popup's storage footer (connected: reads navigator.storage itself). */
export function StorageStatus() {
  return <StorageStatusLine info={useStorageInfo()} />;
}
