import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ChangedBroadcast } from '@/utils/messaging/protocol';

/**
 * A counter that goes up whenever the background reports a write to `pageUrl`'s annotations (any page when null):
 * put it in an effect's dependencies to re-fetch.
 */
export function useChanges(pageUrl: string | null): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const listener = (message: unknown) => {
      const m = message as Partial<ChangedBroadcast> | null;
      if (m?.type === 'changed' && (pageUrl === null || m.pageUrl === pageUrl)) setVersion((n) => n + 1);
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [pageUrl]);
  return version;
}
