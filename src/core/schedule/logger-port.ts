/** The slice of a pino logger the schedule uses; main.ts passes a pino child logger. */
export interface ScheduleLogger {
  debug(details: object, message?: string): void;
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
  error(details: object, message?: string): void;
}

/** Logs nothing (tests, benchmarks). */
export const silentLogger: ScheduleLogger = { debug() {}, info() {}, warn() {}, error() {} };
