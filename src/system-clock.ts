/** The real Clock: wall time and Node timers (unref'd, so they never keep the process alive alone). */
import type { Clock, TimerHandle } from './core/ports.js';

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(fn, ms) {
    const timer = setTimeout(fn, ms);
    timer.unref();
    return { id: timer };
  },
  clearTimer(handle: TimerHandle) {
    clearTimeout(handle.id as NodeJS.Timeout);
  },
};
