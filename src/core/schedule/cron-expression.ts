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
  // Both set: node-cron, which fires the ticks, wants both ("0 0 1 * mon" is a Monday the 1st), not either as classic cron.
  return dom && dow;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Days searched before giving up (e.g. "0 0 31 2 *" never comes): about five years. */
const SEARCH_DAYS = 5 * 366;

/** Minutes `timeZone` is ahead of UTC at instant `ms`. */
function offsetMinutes(ms: number, timeZone: string): number {
  const clock = wallClock(ms, timeZone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / MINUTE_MS);
}

function sameWallClock(a: WallClock, b: WallClock): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second;
}

/**
 * The instant node-cron fires a wall-clock time at: of the two instants a DST fall-back gives one local time, the later
 * (node-cron reads the offset at the time read as UTC, which is past the change). Mirrors its localTimeToTimestamp.
 */
function firingInstant(clock: WallClock, timeZone: string): number {
  const guess = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  const first = guess - offsetMinutes(guess, timeZone) * MINUTE_MS;
  const second = guess - offsetMinutes(first, timeZone) * MINUTE_MS;
  if (second === first || sameWallClock(wallClock(first, timeZone), clock)) return first;
  return sameWallClock(wallClock(second, timeZone), clock) ? second : Math.max(first, second);
}

function matchesAt(fields: CronFields, clock: WallClock): boolean {
  return dayMatches(fields, clock) && fields.hours.has(clock.hour) && fields.minutes.has(clock.minute) && fields.seconds.has(clock.second);
}

const ascending = (values: ReadonlySet<number>): number[] => [...values].sort((a, b) => a - b);

/**
 * The first instant strictly after `afterMs` (epoch ms) at which `fields` fires in `timeZone`, or null when none comes
 * within about five years. Found as node-cron, which fires the ticks, finds it, so /status and the catch-up name the
 * instant a tick really comes: local times in order from the local time of `afterMs`, each at the instant node-cron
 * gives it. So a local time a DST gap removes never fires, and one a fall-back repeats fires once, at its second instant.
 */
export function nextRun(fields: CronFields, timeZone: string, afterMs: number): number | null {
  const base = Math.floor(afterMs / 1000) * 1000;
  const from = wallClock(base, timeZone);
  const fromSecondOfDay = from.hour * 3600 + from.minute * 60 + from.second;
  const hours = ascending(fields.hours);
  const minutes = ascending(fields.minutes);
  const seconds = ascending(fields.seconds);
  for (let dayIndex = 0; dayIndex < SEARCH_DAYS; dayIndex++) {
    const date = new Date(Date.UTC(from.year, from.month - 1, from.day) + dayIndex * DAY_MS);
    const day: WallClock = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: 0, minute: 0, second: 0, weekday: date.getUTCDay() };
    if (!dayMatches(fields, day)) continue;
    for (const hour of hours) {
      if (dayIndex === 0 && hour < from.hour) continue;
      for (const minute of minutes) {
        for (const second of seconds) {
          if (dayIndex === 0 && hour * 3600 + minute * 60 + second <= fromSecondOfDay) continue;
          const at = firingInstant({ ...day, hour, minute, second }, timeZone);
          if (at > base && matchesAt(fields, wallClock(at, timeZone))) return at;
        }
      }
    }
  }
  return null;
}
