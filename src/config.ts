/**
 * The one configuration schema over process.env. Start-up fails fast and names every
 * bad key with its fix. `.env.example` lists exactly these keys.
 */
import * as z from 'zod';

/** What an unset key reads as: the schema's defaults, and the whole configuration when nothing is set. */
const DEFAULTS = {
  DATA_DIR: './data',
  DEFAULT_SCHEDULE: 'stündlich',
  TIMEZONE: 'Europe/Berlin',
  BATCH_SIZE: 1,
  QUESTION_MAX_CHARS: 500,
  QUESTION_RATE_LIMIT: 5,
  QUESTION_RATE_WINDOW_SECONDS: 30,
} as const;

/** The keys of the schema, known without building it (see configSchema). */
export const CONFIG_KEYS: readonly string[] = ['LOG_LEVEL', 'CONTENT_DIR', 'DATA_DIR', 'HTTP_PORT', 'DEFAULT_SCHEDULE', 'TIMEZONE', 'BATCH_SIZE',
  'QUESTION_MAX_CHARS', 'QUESTION_RATE_LIMIT', 'QUESTION_RATE_WINDOW_SECONDS', 'TELEGRAM_BOT_TOKEN', 'TELEGRAM_API_ROOT', 'TELEGRAM_WEBHOOK_URL',
  'TELEGRAM_WEBHOOK_SECRET', 'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_REST_API'];

function buildConfigSchema() {
  const optionalText = z.string().trim().min(1).optional();
  const port = z.coerce.number({ error: 'must be a port number from 1 to 65535' }).int().min(1).max(65535);
  const url = z.string().trim().url().refine((value) => !value.endsWith('/'), 'must not end with a slash');
  return z
    .object({
      /** Unset: `info` with a platform token, `warn` for the console bot (its chat shares the terminal). */
      LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
      /** Folder of article exports (*.txt); re-scanned while running. */
      CONTENT_DIR: optionalText,
      /** Folder for the SQLite database. */
      DATA_DIR: z.string().trim().min(1).default(DEFAULTS.DATA_DIR),
      /** Serves /healthz and /metrics when set. */
      HTTP_PORT: port.optional(),
      DEFAULT_SCHEDULE: z.string().trim().min(1).default(DEFAULTS.DEFAULT_SCHEDULE),
      /** Checked only when set: the default needs no ICU look-up, so `ask` starts faster. */
      TIMEZONE: z.string().trim().min(1)
        .refine((zone) => { try { new Intl.DateTimeFormat('de-DE', { timeZone: zone }); return true; } catch { return false; } },
          'is not an IANA time zone such as Europe/Berlin')
        .optional().transform((zone) => zone ?? DEFAULTS.TIMEZONE),
      /** Items a subscription receives per tick. */
      BATCH_SIZE: z.coerce.number().int().min(1).max(20).default(DEFAULTS.BATCH_SIZE),
      QUESTION_MAX_CHARS: z.coerce.number().int().min(20).max(4000).default(DEFAULTS.QUESTION_MAX_CHARS),
      /** Questions one user may ask per QUESTION_RATE_WINDOW_SECONDS. */
      QUESTION_RATE_LIMIT: z.coerce.number().int().min(1).default(DEFAULTS.QUESTION_RATE_LIMIT),
      QUESTION_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(DEFAULTS.QUESTION_RATE_WINDOW_SECONDS),
      TELEGRAM_BOT_TOKEN: z.string().trim().regex(/^\d+:[\w-]{20,}$/, 'looks like 123456:ABC-DEF… (from @BotFather)').optional(),
      TELEGRAM_API_ROOT: url.optional(),
      TELEGRAM_WEBHOOK_URL: url.optional(),
      TELEGRAM_WEBHOOK_SECRET: z.string().trim().regex(/^[A-Za-z0-9_-]{1,256}$/, 'may hold only A-Z, a-z, 0-9, _ and - (1-256 chars)').optional(),
      DISCORD_TOKEN: optionalText,
      DISCORD_APPLICATION_ID: z.string().trim().regex(/^\d{15,22}$/, 'is the numeric Application ID from the Developer Portal').optional(),
      DISCORD_GUILD_ID: z.string().trim().regex(/^\d{15,22}$/, 'is a numeric server id (Developer Mode: right-click the server, Copy ID)').optional(),
      DISCORD_REST_API: url.optional(),
    });
}

let schema: ReturnType<typeof buildConfigSchema> | undefined;

/**
 * The schema, built on first use: building zod's schemas is most of `ask`'s configuration cost (about 5 ms of
 * its start), and with no key set (the usual `ask` run) the configuration is the defaults, without the schema.
 */
export function configSchema(): ReturnType<typeof buildConfigSchema> {
  schema ??= buildConfigSchema();
  return schema;
}

/** Rules between keys, checked on the raw values so they are reported together with type errors. */
function crossKeyProblems(env: Record<string, string>): string[] {
  const problems: string[] = [];
  if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) problems.push('DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set');
  if (env.DISCORD_APPLICATION_ID && !env.DISCORD_TOKEN) problems.push('DISCORD_TOKEN is required when DISCORD_APPLICATION_ID is set');
  if (env.TELEGRAM_WEBHOOK_URL) {
    if (!env.TELEGRAM_BOT_TOKEN) problems.push('TELEGRAM_BOT_TOKEN is required when TELEGRAM_WEBHOOK_URL is set');
    if (!env.HTTP_PORT) problems.push('HTTP_PORT is required in webhook mode (the port the webhook listens on)');
    if (!env.TELEGRAM_WEBHOOK_SECRET) problems.push('TELEGRAM_WEBHOOK_SECRET is required in webhook mode (checked on every update)');
  }
  return problems;
}

export type Config = z.infer<ReturnType<typeof configSchema>>;

/** Raised when the environment does not fit the schema; the message lists every bad key. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nFix these variables (see .env.example) and start again.`);
  }
}

/** Parses the environment; empty strings count as unset. Never echoes a secret's value. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const known = Object.fromEntries(Object.entries(cleaned).filter(([key]) => CONFIG_KEYS.includes(key))) as Record<string, string>;
  // Nothing set: the schema's defaults, which pass every check (crossKeyProblems too), without building the schema.
  if (Object.keys(known).length === 0) return { ...DEFAULTS };
  const result = configSchema().safeParse(known);
  const problems = [
    ...(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'} ${issue.message}`)),
    ...crossKeyProblems(known),
  ];
  if (result.success && problems.length === 0) return result.data;
  throw new ConfigError(problems);
}
