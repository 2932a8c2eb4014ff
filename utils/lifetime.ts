/**
 * How long a content script may act. When the extension is reloaded, updated or removed, a content script already on
 * a page keeps running, but its extension APIs are gone (`runtime.id` is undefined): it must stop listening and leave
 * the page alone. `alive` tells whether the APIs are still there; the lifetime ends the first time it says no.
 */
export interface Lifetime {
  readonly isValid: boolean;
  /** Runs `callback` once, when the lifetime is found over. */
  onInvalidated(callback: () => void): void;
}

export function createLifetime(alive: () => boolean): Lifetime {
  const callbacks: (() => void)[] = [];
  let over = false;
  return {
    get isValid() {
      if (!over && !alive()) {
        over = true;
        for (const callback of callbacks.splice(0)) callback();
      }
      return !over;
    },
    onInvalidated(callback) {
      if (over) callback();
      else callbacks.push(callback);
    },
  };
}

/**
 * Calls `callback` after each client-side navigation (the URL changed without a page load). The Navigation API reports
 * it before `location` changes, so the callback runs on the next task; without the API, the URL is polled every second.
 */
export function onUrlChange(lifetime: Lifetime, callback: () => void): void {
  let last = location.href;
  const changed = (next: string) => {
    if (next === last || !lifetime.isValid) return;
    last = next;
    setTimeout(() => lifetime.isValid && callback(), 0);
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    const listener = (e: Event) => changed((e as Event & { destination: { url: string } }).destination.url);
    navigation.addEventListener('navigate', listener);
    lifetime.onInvalidated(() => navigation.removeEventListener('navigate', listener));
  } else {
    const timer = setInterval(() => changed(location.href), 1000);
    lifetime.onInvalidated(() => clearInterval(timer));
  }
}
