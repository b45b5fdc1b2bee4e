/** A fake clock for schedule tests: `advance` fires timers in time order, each at its own instant, letting promises settle between them. */
import type { Clock } from '../../../src/core/ports.js';

export interface SteppingClock extends Clock {
  advance(ms: number): Promise<void>;
  /** Timers not yet fired. */
  pending(): number;
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

export function createSteppingClock(start = Date.UTC(2026, 10, 25, 7, 0, 0)): SteppingClock {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimer(fn, ms) { const id = nextId++; timers.set(id, { at: now + Math.max(0, ms), fn }); return { id }; },
    clearTimer(handle) { timers.delete(handle.id as number); },
    pending: () => timers.size,
    async advance(ms) {
      const end = now + ms;
      await settle();
      for (;;) {
        const next = [...timers].sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
        if (!next || next[1].at > end) break;
        timers.delete(next[0]);
        now = Math.max(now, next[1].at);
        next[1].fn();
        await settle();
      }
      now = end;
      await settle();
    },
  };
}
