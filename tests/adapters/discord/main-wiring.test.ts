/**
 * The whole program (src/main.ts) against the fake Discord: it starts the Discord adapter
 * when DISCORD_TOKEN and DISCORD_APPLICATION_ID are set, answers /frage from the real
 * article with the real QA engine, and never logs the token.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord-fake.js';
import { validateMessage } from '../../fakes/discord-validate.js';
import { ROOT } from '../../helpers/run-process.js';

let child: ChildProcess | undefined;
let fake: FakeDiscord | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await fake?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  child = undefined; fake = undefined; dataDir = undefined;
});

describe('main with Discord configured', () => {
  it('registers commands and answers /frage from the article within 3 s', async () => {
    fake = await startFakeDiscord();
    dataDir = mkdtempSync(join(tmpdir(), 'newsbot-discord-'));
    let log = '';
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LOG_LEVEL: 'info', DATA_DIR: dataDir, HTTP_PORT: '', TELEGRAM_BOT_TOKEN: '',
        DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guildId, DISCORD_REST_API: fake.api },
    });
    child.stdout!.on('data', (chunk: Buffer) => { log += chunk.toString(); });
    child.stderr!.on('data', (chunk: Buffer) => { log += chunk.toString(); });
    await fake.waitFor(() => fake!.readyCount > 0 && fake!.commands.guild.get(fake!.guildId), 20_000);
    const id = fake.interact({ type: 2, data: { id: '800000000000000001', name: 'frage', type: 1, options: [{ type: 3, name: 'text', value: 'Wer hat das Foto gemacht?' }] } });
    const response = await fake.waitFor(() => fake!.responses.find((r) => r.interactionId === id), 5000);
    expect(response.type).toBe(4);
    expect(response.ms).toBeLessThan(3000);
    expect(validateMessage(response.data)).toEqual([]);
    expect(JSON.stringify(response.data!.embeds)).toContain('picture alliance');
    expect(fake.problems).toEqual([]);
    expect(log).not.toContain(fake.token);
  }, 40_000);
});
