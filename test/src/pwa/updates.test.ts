import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OFFLINE_READY_MS, updates } from '../../../src/pwa/updates';

describe('the service worker notices', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    updates.dismiss();
    vi.useRealTimers();
  });

  it('"works without a network" leaves on its own, so it never covers the lower-left buttons for long', () => {
    updates.offlineReady();
    expect(updates.get().offlineReady).toBe(true);
    vi.advanceTimersByTime(OFFLINE_READY_MS - 1);
    expect(updates.get().offlineReady).toBe(true);
    vi.advanceTimersByTime(1);
    expect(updates.get().offlineReady).toBe(false);
  });

  it('"a new version is ready" waits for the user: it never leaves or reloads on its own', () => {
    const apply = vi.fn(async () => {});
    updates.needRefresh(apply);
    vi.advanceTimersByTime(10 * 60_000);
    expect(updates.get().needRefresh).toBe(true);
    expect(apply).not.toHaveBeenCalled();
  });
});
