import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLifetime, onUrlChange } from '@/utils/lifetime';

describe('createLifetime', () => {
  it('stays valid while the extension is alive, then ends once and runs each callback once', () => {
    let alive = true;
    const lifetime = createLifetime(() => alive);
    const ended = vi.fn();
    lifetime.onInvalidated(ended);
    expect(lifetime.isValid).toBe(true);
    expect(ended).not.toHaveBeenCalled();
    alive = false;
    expect(lifetime.isValid).toBe(false);
    expect(lifetime.isValid).toBe(false);
    expect(ended).toHaveBeenCalledTimes(1);
    alive = true; // an ended lifetime never comes back
    expect(lifetime.isValid).toBe(false);
    const late = vi.fn();
    lifetime.onInvalidated(late);
    expect(late).toHaveBeenCalledTimes(1);
  });
});

describe('onUrlChange', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('follows the Navigation API: calls back on the next task for a new URL only, and stops with the lifetime', () => {
    vi.useFakeTimers();
    const navigation = new EventTarget();
    vi.stubGlobal('navigation', navigation);
    vi.stubGlobal('location', { href: 'https://news.example/a' });
    let alive = true;
    const lifetime = createLifetime(() => alive);
    const changed = vi.fn();
    onUrlChange(lifetime, changed);
    const navigate = (url: string) =>
      navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));

    navigate('https://news.example/a'); // same URL (a reload or a same-document no-op)
    vi.runAllTimers();
    expect(changed).not.toHaveBeenCalled();
    navigate('https://news.example/b');
    expect(changed).not.toHaveBeenCalled(); // `location` has not changed yet while the event dispatches
    vi.runAllTimers();
    expect(changed).toHaveBeenCalledTimes(1);

    alive = false;
    navigate('https://news.example/c');
    vi.runAllTimers();
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('polls the URL once a second where there is no Navigation API', () => {
    vi.useFakeTimers();
    vi.stubGlobal('navigation', undefined);
    const location = { href: 'https://news.example/a' };
    vi.stubGlobal('location', location);
    const changed = vi.fn();
    onUrlChange(
      createLifetime(() => true),
      changed,
    );
    vi.advanceTimersByTime(3000);
    expect(changed).not.toHaveBeenCalled();
    location.href = 'https://news.example/b';
    vi.advanceTimersByTime(1000);
    vi.runOnlyPendingTimers();
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
