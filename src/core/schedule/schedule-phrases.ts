/**
 * Schedule phrases moderators type ("stündlich", "täglich 08:00", "werktags 07:30", or cron
 * with 5 or 6 fields) turned into cron, and cron described back in words for /status.
 */
import { UserError } from '../errors.js';
import { message } from '../messages.js';
import type { Locale } from '../ports.js';
import { CronSyntaxError, parseCron } from './cron-expression.js';

/** An extra check of the cron runner (node-cron's `validate`), passed in by main.ts. */
export type CronValidator = (expression: string) => boolean;

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

function fold(text: string): string {
  return text.trim().toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
}

function invalid(input: string, reason: string, cause?: unknown): UserError {
  return new UserError('schedule.invalid', { input, reason }, { cause });
}

/**
 * Turns a schedule phrase into a cron expression; throws a UserError (`schedule.invalid`,
 * with an example) for anything cron cannot run, so the caller changes nothing.
 */
export function scheduleToCron(input: string, validate?: CronValidator): string {
  const text = input.trim().replace(/\s+/g, ' ');
  const folded = fold(text);
  if (folded === 'stuendlich' || folded === 'hourly') return '0 * * * *';
  const phrase = /^(taeglich|daily|werktags|weekdays) (.+)$/.exec(folded);
  if (phrase) {
    const time = TIME.exec(phrase[2] ?? '');
    if (!time) throw invalid(input, `„${phrase[2]}“ ist keine Uhrzeit wie 08:00`);
    const days = phrase[1] === 'werktags' || phrase[1] === 'weekdays' ? '1-5' : '*';
    return `${Number(time[2])} ${Number(time[1])} * * ${days}`;
  }
  if (/^(taeglich|daily|werktags|weekdays)$/.test(folded)) throw invalid(input, 'die Uhrzeit fehlt, etwa „täglich 08:00“');
  try {
    parseCron(text);
  } catch (error) {
    const reason = error instanceof CronSyntaxError ? error.message : 'kein gültiger Cron-Ausdruck';
    throw invalid(input, reason, error);
  }
  if (validate && !validate(text)) throw invalid(input, 'der Cron-Dienst lehnt den Ausdruck ab');
  return text;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** The cron expression in words ("täglich um 08:00 Uhr", "alle 2 Sekunden"). */
export function describeCron(cron: string, locale: Locale): string {
  const parts = cron.trim().split(/\s+/);
  if (parts.length === 6) {
    const [sec, ...rest] = parts;
    const every = /^\*\/(\d+)$/.exec(sec ?? '');
    if (rest.every((part) => part === '*')) {
      if (sec === '*') return message(locale, 'schedule.everySeconds', { n: 1 });
      if (every) return message(locale, 'schedule.everySeconds', { n: Number(every[1]) });
    }
    if (sec === '0') return describeCron(rest.join(' '), locale);
    return message(locale, 'schedule.custom');
  }
  const [minute = '', hour = '', dom, month, dow] = parts;
  const everyMinutes = /^\*\/(\d+)$/.exec(minute);
  if (hour === '*' && dom === '*' && month === '*' && dow === '*') {
    if (minute === '0') return message(locale, 'schedule.hourly');
    if (minute === '*') return message(locale, 'schedule.everyMinutes', { n: 1 });
    if (everyMinutes) return message(locale, 'schedule.everyMinutes', { n: Number(everyMinutes[1]) });
  }
  if (/^\d+$/.test(minute) && /^\d+$/.test(hour) && dom === '*' && month === '*') {
    const time = `${pad(Number(hour))}:${pad(Number(minute))}`;
    if (dow === '*') return message(locale, 'schedule.daily', { time });
    if (dow === '1-5') return message(locale, 'schedule.weekdays', { time });
  }
  return message(locale, 'schedule.custom');
}

/** An instant as local date and time in `timeZone`, e.g. "19.06.2024, 08:00:00". */
export function formatInstant(ms: number, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    timeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).format(new Date(ms));
}
