import { afterEach, describe, expect, it, vi } from 'vitest';
import cron from 'node-cron';
import { nextRun, parseCron } from '../../../src/core/schedule/cron-expression.js';

// The core's nextRun (shown by /status, used by the catch-up after downtime) must name the instant at which node-cron,
// which fires the ticks, runs next: else /status shows a wrong time and a catch-up may run a tick node-cron runs too.
const EXPRESSIONS = ['30 2 * * *', '0 3 * * *', '*/15 * * * *', '0 * * * *', '45 1 * * *', '0 8 * * 1-5', '0 0 1 * mon', '0 12 13 * 5'];
const ZONES = ['Europe/Berlin', 'America/New_York', 'UTC'];
/** Around both DST changes of 2026 in Europe (29 March, 25 October) and the US (8 March, 1 November). */
const STARTS = ['2026-03-28T22:40:00Z', '2026-03-29T00:10:00Z', '2026-10-24T23:20:00Z', '2026-10-25T00:05:00Z', '2026-10-25T00:50:00Z',
  '2026-03-08T06:10:00Z', '2026-11-01T05:10:00Z', '2026-11-01T05:50:00Z', '2026-11-25T08:15:00Z'];

function nodeCronNext(expression: string, timezone: string, nowIso: string): string | null {
  vi.setSystemTime(new Date(nowIso));
  const task = cron.createTask(expression, () => {}, { timezone });
  // (getNextRun answers only for a started task; getNextRuns asks the same matcher from the system time.)
  const [next] = task.getNextRuns(1);
  return next ? next.toISOString() : null;
}

describe('nextRun agrees with node-cron', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('names the instant node-cron fires next, across DST changes', () => {
    vi.useFakeTimers();
    const disagreements: string[] = [];
    for (const timezone of ZONES) {
      for (const expression of EXPRESSIONS) {
        for (let start of STARTS) {
          // Follow each start through the next few runs, as a schedule does.
          for (let step = 0; step < 4; step++) {
            const expected = nodeCronNext(expression, timezone, start);
            const ours = nextRun(parseCron(expression), timezone, Date.parse(start));
            const got = ours === null ? null : new Date(ours).toISOString();
            if (got !== expected) disagreements.push(`${expression} ${timezone} after ${start}: ours ${got}, node-cron ${expected}`);
            if (!expected) break;
            start = expected;
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});
