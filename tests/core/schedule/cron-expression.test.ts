import { describe, expect, it } from 'vitest';
import { CronSyntaxError, isValidCron, nextRun, parseCron } from '../../../src/core/schedule/cron-expression.js';

const berlin = 'Europe/Berlin';
const at = (iso: string): number => Date.parse(iso);
const next = (cron: string, afterIso: string, zone = berlin): string | null => {
  const ms = nextRun(parseCron(cron), zone, at(afterIso));
  return ms === null ? null : new Date(ms).toISOString();
};

describe('cron expressions', () => {
  it('fires hourly on the hour', () => {
    expect(next('0 * * * *', '2026-11-25T08:15:00Z')).toBe('2026-11-25T09:00:00.000Z');
  });

  it('fires a daily time in Berlin local time, winter and summer', () => {
    expect(next('0 8 * * *', '2026-11-25T08:00:00Z')).toBe('2026-11-26T07:00:00.000Z');
    expect(next('0 8 * * *', '2026-06-01T00:00:00Z')).toBe('2026-06-01T06:00:00.000Z');
  });

  it('skips the weekend for weekdays', () => {
    // Friday 2026-11-27 after 07:30 local -> Monday 2026-11-30 07:30 local.
    expect(next('30 7 * * 1-5', '2026-11-27T07:00:00Z')).toBe('2026-11-30T06:30:00.000Z');
  });

  it('skips a local time the spring DST gap removes', () => {
    // 2026-03-29 02:30 does not exist in Berlin; the next 02:30 is on 2026-03-30.
    expect(next('30 2 * * *', '2026-03-28T12:00:00Z')).toBe('2026-03-30T00:30:00.000Z');
  });

  it('fires a local time the autumn DST change repeats once, at its second instant, as node-cron does', () => {
    // 2026-10-25 02:30 happens twice in Berlin (00:30Z in summer time, 01:30Z in winter time); node-cron fires the second,
    // so /status names it and a catch-up after a restart at 00:45Z does not make it up as missed before node-cron runs it.
    expect(next('30 2 * * *', '2026-10-24T12:00:00Z')).toBe('2026-10-25T01:30:00.000Z');
    expect(next('30 2 * * *', '2026-10-25T01:30:00Z')).toBe('2026-10-26T01:30:00.000Z');
    // node-cron searches local times after the local time it starts at: started at 02:45 summer time, it waits for the next day.
    expect(next('30 2 * * *', '2026-10-25T00:45:00Z')).toBe('2026-10-26T01:30:00.000Z');
    // An hourly schedule skips the first pass of the repeated hour, as node-cron does: 02:00 comes at 01:00Z.
    expect(next('0 * * * *', '2026-10-24T23:30:00Z')).toBe('2026-10-25T01:00:00.000Z');
  });

  it('supports a seconds field', () => {
    expect(next('*/2 * * * * *', '2026-11-25T08:00:00.500Z')).toBe('2026-11-25T08:00:02.000Z');
    expect(next('*/2 * * * * *', '2026-11-25T08:00:02.000Z')).toBe('2026-11-25T08:00:04.000Z');
  });

  it('wants both day of month and day of week when both are set, as node-cron (not classic cron) fires them', () => {
    // The 1st of a month that is a Monday: after Sunday 2026-11-29 that is 1 February 2027, not Monday the 30th.
    expect(next('0 0 1 * mon', '2026-11-29T12:00:00Z', 'UTC')).toBe('2027-02-01T00:00:00.000Z');
  });

  it('returns null for a date that never comes', () => {
    expect(next('0 0 31 2 *', '2026-01-01T00:00:00Z', 'UTC')).toBeNull();
  });

  it('rejects bad expressions with the field named', () => {
    expect(isValidCron('61 * * * *')).toBe(false);
    expect(isValidCron('* * *')).toBe(false);
    expect(isValidCron('*/0 * * * *')).toBe(false);
    expect(() => parseCron('0 25 * * *')).toThrow(CronSyntaxError);
    expect(() => parseCron('0 25 * * *')).toThrow(/Stunde/);
    expect(isValidCron('0 8 * jan-mar sun')).toBe(true);
  });
});
