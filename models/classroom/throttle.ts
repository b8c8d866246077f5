/**
 * A token bucket per connection: a burst of `capacity` messages, then `perSecond` a second.
 * A client that floods is refused its surplus; other connections have buckets of their own.
 * Time is handed in, so tests step it instead of waiting.
 */
export interface Throttle {
  /**
   * Whether a message may pass at time `now` (ms): 'pass', or 'first' for the first refusal since
   * the last message that passed (the one to tell the client about), then 'drop'.
   */
  take(now: number): 'pass' | 'first' | 'drop';
  /** Messages refused since the last call. */
  drainRefused(): number;
}

export const DEFAULT_THROTTLE = { capacity: 30, perSecond: 10 } as const;

export function createThrottle(opts: { capacity: number; perSecond: number } = DEFAULT_THROTTLE): Throttle {
  let tokens = opts.capacity;
  let last: number | null = null;
  let refused = 0;
  let told = false;
  return {
    take(now) {
      if (last !== null && now > last) tokens = Math.min(opts.capacity, tokens + ((now - last) / 1000) * opts.perSecond);
      last = last === null ? now : Math.max(last, now);
      if (tokens >= 1) {
        tokens -= 1;
        told = false;
        return 'pass';
      }
      refused += 1;
      if (told) return 'drop';
      told = true;
      return 'first';
    },
    drainRefused() {
      const n = refused;
      refused = 0;
      return n;
    },
  };
}
