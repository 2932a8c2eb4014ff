import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** A live query's latest answer, or its error. */
export interface LiveResult<T> {
  value: T | undefined;
  error: string | null;
}

/**
 * Subscribes to a Dexie liveQuery while mounted (and while `enabled`): the value updates whenever a write anywhere —
 * this page, the background, another tab — touches what the querier read. Re-subscribes when `deps` change.
 */
export function useLiveQuery<T>(querier: () => Promise<T>, deps: readonly unknown[], enabled = true): LiveResult<T> {
  const [state, setState] = useState<LiveResult<T>>({ value: undefined, error: null });
  useEffect(() => {
    if (!enabled) return;
    const subscription = liveQuery(querier).subscribe({
      next: (value) => setState({ value, error: null }),
      error: (e: unknown) => setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) })),
    });
    return () => subscription.unsubscribe();
  }, [enabled, ...deps]);
  return state;
}
