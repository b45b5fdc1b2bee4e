/**
 * The pino root logger: JSON lines on stderr (stdout stays clean for answers), with every
 * configured secret scrubbed from each line, wherever it appears (messages, error URLs).
 */
import { pino, type Logger } from 'pino';

/** Replaces each secret (>= 6 chars) in `text` with "[REDACTED]". */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let clean = text;
  for (const secret of secrets) if (secret.length >= 6) clean = clean.split(secret).join('[REDACTED]');
  return clean;
}

export function createLogger(level: string, secrets: readonly (string | undefined)[]): Logger {
  const known = secrets.filter((secret): secret is string => Boolean(secret));
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['token', '*.token', 'config.TELEGRAM_BOT_TOKEN', 'config.DISCORD_TOKEN', 'headers.authorization'], censor: '[REDACTED]' },
      hooks: { streamWrite: (line) => scrubSecrets(line, known) },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}
export type { Logger };
