/**
 * A pure cron parser and next-run calculator (5 fields, or 6 with leading seconds), in an
 * IANA time zone. The core needs it for /status ("next run") and to make up ticks missed
 * while the bot was down; node-cron fires the live ticks but persists nothing.
 */

/** The matching values of each field; `dom`/`dow` wildcards matter for the OR rule of cron. */
export interface CronFields {
  seconds: ReadonlySet<number>;
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  daysOfMonth: ReadonlySet<number>;
  months: ReadonlySet<number>;
  /** 0 = Sunday … 6 = Saturday (7 is folded into 0). */
  daysOfWeek: ReadonlySet<number>;
  domWildcard: boolean;
  dowWildcard: boolean;
  /** True when the expression has a seconds field (6 fields). */
  hasSeconds: boolean;
}

/** Thrown for an expression cron cannot run; the message (German, shown to moderators) names the bad field. */
export class CronSyntaxError extends Error {
  override readonly name = 'CronSyntaxError';
  constructor(readonly expression: string, readonly field: string, detail: string) {
    super(`${field}: ${detail}`);
  }
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface FieldSpec { name: string; min: number; max: number; names?: string[]; namesFrom?: number; weekday?: boolean }
const SPECS: FieldSpec[] = [
  { name: 'Sekunde', min: 0, max: 59 },
  { name: 'Minute', min: 0, max: 59 },
  { name: 'Stunde', min: 0, max: 23 },
  { name: 'Tag im Monat', min: 1, max: 31 },
  { name: 'Monat', min: 1, max: 12, names: MONTH_NAMES, namesFrom: 1 },
  { name: 'Wochentag', min: 0, max: 7, names: DAY_NAMES, namesFrom: 0, weekday: true },
];

function parseValue(raw: string, spec: FieldSpec, expression: string): number {
  const lower = raw.toLowerCase();
  const named = spec.names?.indexOf(lower) ?? -1;
  if (named >= 0) return named + (spec.namesFrom ?? 0);
  if (!/^\d+$/.test(raw)) throw new CronSyntaxError(expression, spec.name, `„${raw}“ ist keine Zahl`);
  const value = Number(raw);
  if (value < spec.min || value > spec.max) {
    throw new CronSyntaxError(expression, spec.name, `${value} liegt nicht zwischen ${spec.min} und ${spec.max}`);
  }
  return value;
}

function parseField(text: string, spec: FieldSpec, expression: string): Set<number> {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [range = '', stepText, extra] = part.split('/');
    if (extra !== undefined || range === '') throw new CronSyntaxError(expression, spec.name, `„${part}“ ist kein gültiger Teil`);
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) < 1) throw new CronSyntaxError(expression, spec.name, `„/${stepText}“ ist keine gültige Schrittweite`);
      step = Number(stepText);
    }
    let from: number;
    let to: number;
    if (range === '*') {
      from = spec.min;
      to = spec.weekday ? 6 : spec.max;
    } else if (range.includes('-')) {
      const [a = '', b = '', more] = range.split('-');
      if (more !== undefined) throw new CronSyntaxError(expression, spec.name, `„${range}“ ist kein gültiger Bereich`);
      from = parseValue(a, spec, expression);
      to = parseValue(b, spec, expression);
      if (from > to) throw new CronSyntaxError(expression, spec.name, `der Bereich „${range}“ läuft rückwärts`);
    } else {
      from = parseValue(range, spec, expression);
      to = stepText === undefined ? from : (spec.weekday ? 6 : spec.max);
    }
    for (let value = from; value <= to; value += step) values.add(spec.weekday && value === 7 ? 0 : value);
  }
  return values;
}

/** Parses a 5- or 6-field cron expression; throws CronSyntaxError naming the bad field. */
export function parseCron(expression: string): CronFields {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5 && parts.length !== 6) {
    throw new CronSyntaxError(expression, 'Ausdruck', `hat ${parts.length} Felder; Cron braucht 5 (oder 6 mit Sekunden)`);
  }
  const hasSeconds = parts.length === 6;
  const fields = hasSeconds ? parts : ['0', ...parts];
  const sets = fields.map((text, index) => parseField(text, SPECS[index] as FieldSpec, expression));
  const [seconds, minutes, hours, daysOfMonth, months, daysOfWeek] = sets as [Set<number>, Set<number>, Set<number>, Set<number>, Set<number>, Set<number>];
  return {
    seconds, minutes, hours, daysOfMonth, months, daysOfWeek, hasSeconds,
    domWildcard: fields[3] === '*' || fields[3] === '?',
    dowWildcard: fields[5] === '*' || fields[5] === '?',
  };
}

/** True when `expression` parses; never throws. */
export function isValidCron(expression: string): boolean {
  try {
    parseCron(expression);
    return true;
  } catch {
    return false;
  }
}

interface WallClock { year: number; month: number; day: number; hour: number; minute: number; second: number; weekday: number }

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** Wall-clock parts of instant `ms` in `timeZone`. */
export function wallClock(ms: number, timeZone: string): WallClock {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(new Date(ms))) parts[part.type] = part.value;
  return {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour),
    minute: Number(parts.minute), second: Number(parts.second), weekday: WEEKDAYS[parts.weekday ?? 'Sun'] ?? 0,
  };
}

function dayMatches(fields: CronFields, clock: WallClock): boolean {
  if (!fields.months.has(clock.month)) return false;
  const dom = fields.daysOfMonth.has(clock.day);
  const dow = fields.daysOfWeek.has(clock.weekday);
  if (fields.domWildcard && fields.dowWildcard) return true;
  if (fields.domWildcard) return dow;
  if (fields.dowWildcard) return dom;
  return dom || dow;
}

const MINUTE_MS = 60_000;
/** Searching further than this finds nothing (e.g. "0 0 31 2 *"), in ms: about 5 years. */
const SEARCH_LIMIT_MS = 5 * 366 * 24 * 3_600_000;

/**
 * The first instant strictly after `afterMs` (epoch ms) at which `fields` fires in `timeZone`,
 * or null when none comes within about five years. Skips local times a DST gap removes.
 */
export function nextRun(fields: CronFields, timeZone: string, afterMs: number): number | null {
  // Work on whole seconds: candidate seconds start at the next full second after afterMs.
  let t = Math.floor(afterMs / 1000) * 1000 + 1000;
  const limit = afterMs + SEARCH_LIMIT_MS;
  while (t <= limit) {
    const clock = wallClock(t, timeZone);
    if (!dayMatches(fields, clock)) {
      // Jump to the next local hour boundary; hour steps stay safe across DST changes.
      t += (60 - clock.minute) * MINUTE_MS - clock.second * 1000;
      continue;
    }
    if (!fields.hours.has(clock.hour)) {
      t += (60 - clock.minute) * MINUTE_MS - clock.second * 1000;
      continue;
    }
    if (!fields.minutes.has(clock.minute)) {
      t += MINUTE_MS - clock.second * 1000;
      continue;
    }
    let second = -1;
    for (let s = clock.second; s < 60; s++) {
      if (fields.seconds.has(s)) { second = s; break; }
    }
    if (second >= 0) return t + (second - clock.second) * 1000;
    t += MINUTE_MS - clock.second * 1000;
  }
  return null;
}
