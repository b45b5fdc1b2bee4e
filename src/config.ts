/**
 * The one configuration schema over process.env. Start-up fails fast and names every
 * bad key with its fix. `.env.example` lists exactly these keys.
 */
import { z } from 'zod';

const optionalText = z.string().trim().min(1).optional();
const port = z.coerce.number().int().min(1).max(65535);
const url = z.string().trim().url().refine((value) => !value.endsWith('/'), 'must not end with a slash');

export const ConfigSchema = z
  .object({
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Folder of article exports (*.txt); re-scanned while running. */
    CONTENT_DIR: optionalText,
    /** Folder for the SQLite database. */
    DATA_DIR: z.string().trim().min(1).default('./data'),
    /** Serves /healthz and /metrics when set. */
    HTTP_PORT: port.optional(),
    DEFAULT_SCHEDULE: z.string().trim().min(1).default('stündlich'),
    TIMEZONE: z.string().trim().min(1).default('Europe/Berlin')
      .refine((zone) => { try { new Intl.DateTimeFormat('de-DE', { timeZone: zone }); return true; } catch { return false; } },
        'is not an IANA time zone such as Europe/Berlin'),
    /** Items a subscription receives per tick. */
    BATCH_SIZE: z.coerce.number().int().min(1).max(20).default(1),
    QUESTION_MAX_CHARS: z.coerce.number().int().min(20).max(4000).default(500),
    /** Questions one user may ask per QUESTION_RATE_WINDOW_SECONDS. */
    QUESTION_RATE_LIMIT: z.coerce.number().int().min(1).default(5),
    QUESTION_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(30),
    TELEGRAM_BOT_TOKEN: z.string().trim().regex(/^\d+:[\w-]{20,}$/, 'looks like 123456:ABC-DEF… (from @BotFather)').optional(),
    TELEGRAM_API_ROOT: url.optional(),
    TELEGRAM_WEBHOOK_URL: url.optional(),
    TELEGRAM_WEBHOOK_SECRET: z.string().trim().regex(/^[A-Za-z0-9_-]{1,256}$/, 'may hold only A-Z, a-z, 0-9, _ and - (1-256 chars)').optional(),
    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: z.string().trim().regex(/^\d{15,22}$/, 'is the numeric Application ID from the Developer Portal').optional(),
    DISCORD_GUILD_ID: z.string().trim().regex(/^\d{15,22}$/, 'is a numeric server id (Developer Mode: right-click the server, Copy ID)').optional(),
    DISCORD_REST_API: url.optional(),
  })
  .superRefine((config, ctx) => {
    if (config.DISCORD_TOKEN && !config.DISCORD_APPLICATION_ID) {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'is required when DISCORD_TOKEN is set' });
    }
    if (config.TELEGRAM_WEBHOOK_URL && !config.TELEGRAM_BOT_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['TELEGRAM_BOT_TOKEN'], message: 'is required when TELEGRAM_WEBHOOK_URL is set' });
    }
    if (config.TELEGRAM_WEBHOOK_URL && !config.HTTP_PORT) {
      ctx.addIssue({ code: 'custom', path: ['HTTP_PORT'], message: 'is required in webhook mode (the port the webhook listens on)' });
    }
    if (config.TELEGRAM_WEBHOOK_URL && !config.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_SECRET'], message: 'is required in webhook mode (checked on every update)' });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

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
  const result = ConfigSchema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'} ${issue.message}`));
}
