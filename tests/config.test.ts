import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, ConfigError, configSchema, loadConfig } from '../src/config.js';
import { scrubSecrets } from '../src/logger.js';

describe('config', () => {
  it('starts with defaults when nothing is set (the console bot)', () => {
    const config = loadConfig({});
    expect(config.TIMEZONE).toBe('Europe/Berlin');
    expect(config.DATA_DIR).toBe('./data');
    expect(config.TELEGRAM_BOT_TOKEN).toBeUndefined();
  });

  it('names every bad key at once, with the fix, and never echoes a secret value', () => {
    let error: unknown;
    try {
      loadConfig({ HTTP_PORT: 'abc', TIMEZONE: 'Mars/Olympus', TELEGRAM_BOT_TOKEN: 'not-a-token-secret-value', DISCORD_TOKEN: 'x'.repeat(30) });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = (error as Error).message;
    for (const key of ['HTTP_PORT', 'TIMEZONE', 'TELEGRAM_BOT_TOKEN', 'DISCORD_APPLICATION_ID']) expect(text).toContain(key);
    expect(text).toContain('@BotFather');
    expect(text).not.toContain('not-a-token-secret-value');
    expect(text).not.toContain('x'.repeat(30));
  });

  it('treats empty values as unset, so a copied .env.example starts the console bot', () => {
    const example = Object.fromEntries(readFileSync(new URL('../.env.example', import.meta.url), 'utf8')
      .split('\n').filter((line) => /^[A-Z_]+=/.test(line)).map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]));
    expect(() => loadConfig(example)).not.toThrow();
  });

  it('.env.example lists exactly the keys of the schema', () => {
    const keys = readFileSync(new URL('../.env.example', import.meta.url), 'utf8')
      .split('\n').filter((line) => /^[A-Z_]+=/.test(line)).map((line) => line.split('=')[0]);
    expect(keys.sort()).toEqual(Object.keys(configSchema().shape).sort());
  });

  it('knows the keys of the schema without building it', () => {
    expect([...CONFIG_KEYS].sort()).toEqual(Object.keys(configSchema().shape).sort());
  });

  it('gives the schema\'s defaults when nothing is set, without the schema', () => {
    expect(loadConfig({})).toEqual(configSchema().parse({}));
    expect(loadConfig({ UNRELATED: 'x', QUESTION_MAX_CHARS: ' ' })).toEqual(configSchema().parse({}));
  });

  it('requires the secret, the port and the token in Telegram webhook mode', () => {
    expect(() => loadConfig({ TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg' })).toThrow(/TELEGRAM_BOT_TOKEN[\s\S]*HTTP_PORT[\s\S]*TELEGRAM_WEBHOOK_SECRET/);
  });
});

describe('scrubSecrets', () => {
  it('removes a token wherever it appears in a log line', () => {
    const token = '123456:ABCDEFGHIJKLMNOPQRSTUV';
    expect(scrubSecrets(`POST https://api.telegram.org/bot${token}/sendMessage failed`, [token]))
      .toBe('POST https://api.telegram.org/bot[REDACTED]/sendMessage failed');
  });
});
