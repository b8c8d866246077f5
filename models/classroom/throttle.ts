/**
 * A token bucket per connection: a burst of `capacity` messages, then `perSecond` a second.
 * A client that floods is refused its surplus; other connections have buckets of their own.
 * Time is handed in, so tests step it instead of waiting.
 */
export interface Throttle {
  /** True when a message may pass at time `now` (ms). */
  take(now: number): boolean;
  /** Messages refused since the last call (reported once, not per message). */
  drainRefused(): number;
}

export const DEFAULT_THROTTLE = { capacity: 30, perSecond: 10 } as const;

export function createThrottle(opts: { capacity: number; perSecond: number } = DEFAULT_THROTTLE): Throttle {
  let tokens = opts.capacity;
  let last: number | null = null;
  let refused = 0;
  return {
    take(now) {
      if (last !== null && now > last) tokens = Math.min(opts.capacity, tokens + ((now - last) / 1000) * opts.perSecond);
      last = last === null ? now : Math.max(last, now);
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      refused += 1;
      return false;
    },
    drainRefused() {
      const n = refused;
      refused = 0;
      return n;
    },
  };
}
