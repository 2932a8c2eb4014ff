import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { RETRY_DELAYS, send } from '@/utils/messaging/client';

const request = { type: 'page.load', url: 'https://news.example/a', hints: { canonical: null, ogUrl: null } } as const;
const undelivered = () => new Error('Could not establish connection. Receiving end does not exist.');

describe('send', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('sends again while the background is starting (the message was never delivered), then answers', async () => {
    vi.useFakeTimers();
    const answer = { ok: true, data: { pageUrl: 'https://news.example/a', annotations: [] } };
    const sendMessage = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockRejectedValueOnce(undelivered())
      .mockRejectedValueOnce(undelivered())
      .mockResolvedValueOnce(answer as never);
    const result = send(request);
    await vi.runAllTimersAsync();
    expect(await result).toEqual(answer);
    expect(sendMessage).toHaveBeenCalledTimes(3);
  });

  it('gives up after the last retry with the browser’s error, as data', async () => {
    vi.useFakeTimers();
    const sendMessage = vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(undelivered());
    const result = send(request);
    await vi.runAllTimersAsync();
    expect(await result).toEqual({ ok: false, error: undelivered().message });
    expect(sendMessage).toHaveBeenCalledTimes(RETRY_DELAYS.length + 1);
  });

  it('never resends a message that may have been delivered (the port closed before the answer)', async () => {
    const sendMessage = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockRejectedValue(new Error('The message port closed before a response was received.'));
    expect(await send(request)).toEqual({
      ok: false,
      error: 'The message port closed before a response was received.',
    });
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
