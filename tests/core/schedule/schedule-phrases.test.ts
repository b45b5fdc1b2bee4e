import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import { describeCron, scheduleToCron } from '../../../src/core/schedule/schedule-phrases.js';

describe('schedule phrases', () => {
  it('turns the German phrases into cron', () => {
    expect(scheduleToCron('stündlich')).toBe('0 * * * *');
    expect(scheduleToCron('Täglich 08:00')).toBe('0 8 * * *');
    expect(scheduleToCron('werktags 7:30')).toBe('30 7 * * 1-5');
    expect(scheduleToCron('*/2 * * * * *')).toBe('*/2 * * * * *');
    expect(scheduleToCron(' */15  * * * * ')).toBe('*/15 * * * *');
  });

  it('refuses what cron cannot run with a German error and an example', () => {
    for (const bad of ['täglich 25:00', 'täglich', 'manchmal', '61 * * * *']) {
      try {
        scheduleToCron(bad);
        expect.unreachable(bad);
      } catch (error) {
        expect(error).toBeInstanceOf(UserError);
        expect((error as UserError).code).toBe('schedule.invalid');
      }
    }
  });

  it('lets the cron runner veto an expression', () => {
    expect(() => scheduleToCron('0 8 * * *', () => false)).toThrow(UserError);
  });

  it('describes schedules in words', () => {
    expect(describeCron('0 * * * *', 'de')).toBe('stündlich zur vollen Stunde');
    expect(describeCron('0 8 * * *', 'de')).toBe('täglich um 08:00 Uhr');
    expect(describeCron('30 7 * * 1-5', 'de')).toBe('werktags um 07:30 Uhr');
    expect(describeCron('*/2 * * * * *', 'de')).toBe('alle 2 Sekunden');
    expect(describeCron('*/15 * * * *', 'en')).toBe('every 15 minutes');
    expect(describeCron('5 4 1 * *', 'de')).toBe('nach eigenem Cron-Ausdruck');
  });
});
