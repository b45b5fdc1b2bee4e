import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../../src/adapters/store/sqlite-store.js';
import { createFileUpdateLog, createStoreUpdateLog } from '../../../src/adapters/telegram/update-log.js';
import { startFakeTelegram } from '../../fakes/telegram-api-server.js';
import { ANNA, KIM_ANSWER, messageUpdate, settle, startHarness, visibleText, type Harness } from './harness.js';

let harness: Harness | undefined;
afterEach(async () => { await harness?.stop(); harness = undefined; });

const SECRET = 'geheim_123-abc';
const WEBHOOK = { url: 'https://bot.example.org/telegram/hook', secret: SECRET };

async function postUpdate(port: number, body: unknown, secret?: string) {
  return fetch(`http://127.0.0.1:${port}/telegram/hook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
    body: JSON.stringify(body),
  });
}

describe('telegram webhook mode', () => {
  it('registers the webhook with the secret and answers an update posted with it', async () => {
    harness = await startHarness({ webhook: WEBHOOK });
    expect(harness.fake.callsTo('setWebhook')[0]?.payload).toMatchObject({ url: WEBHOOK.url, secret_token: SECRET });
    expect(harness.fake.callsTo('getUpdates')).toEqual([]);
    const response = await postUpdate(harness.adapter.webhookPort()!, { update_id: 1, ...messageUpdate('Was bekommt Kim?', ANNA) }, SECRET);
    expect(response.status).toBe(200);
    const call = await harness.fake.waitForCall((c) => c.method === 'sendMessage');
    expect(visibleText(call)).toContain(KIM_ANSWER.text);
  });

  it('rejects an update with a wrong or missing secret with 401 and does nothing', async () => {
    harness = await startHarness({ webhook: WEBHOOK });
    const port = harness.adapter.webhookPort()!;
    expect((await postUpdate(port, { update_id: 2, ...messageUpdate('Was bekommt Kim?', ANNA) }, 'falsch')).status).toBe(401);
    expect((await postUpdate(port, { update_id: 3, ...messageUpdate('Was bekommt Kim?', ANNA) })).status).toBe(401);
    await settle(harness.fake);
    expect(harness.sent()).toEqual([]);
    expect(harness.asked).toEqual([]);
  });
});

describe('telegram restarts', () => {
  it('does not answer an update again when Telegram redelivers it after a restart', async () => {
    const fake = await startFakeTelegram();
    const file = join(mkdtempSync(join(tmpdir(), 'tg-log-')), 'telegram-updates.json');
    const first = await startHarness({ fake, updateLog: createFileUpdateLog(file) });
    const update = { update_id: 77, ...messageUpdate('Was bekommt Kim?', ANNA) };
    fake.pushUpdate(update);
    await fake.waitForCall((c) => c.method === 'sendMessage');
    await first.stop();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ids: [77] });

    harness = await startHarness({ fake, updateLog: createFileUpdateLog(file) });
    fake.pushUpdate(update); // redelivered: not confirmed before the crash
    const fresh = fake.pushUpdate(messageUpdate('Und was bekommt Putin?', ANNA));
    await fake.waitForCall((c) => c.method === 'sendMessage' && harness!.asked.length > 0);
    await settle(fake);
    expect(harness.asked).toEqual(['Und was bekommt Putin?']);
    expect(fake.callsTo('sendMessage')).toHaveLength(2);
    expect(fresh).toBeGreaterThan(77);
    await harness.stop();
    harness = undefined;
    await fake.close();
  });

  it('keeps handled updates in the database, taking in the update file of an earlier version once', async () => {
    const fake = await startFakeTelegram();
    const dir = mkdtempSync(join(tmpdir(), 'tg-store-'));
    const legacyFile = join(dir, 'telegram-updates.json');
    writeFileSync(legacyFile, JSON.stringify({ ids: [70] }));
    const firstStore = createSqliteStore({ dataDir: dir });
    const first = await startHarness({ fake, updateLog: createStoreUpdateLog(firstStore, 'telegram', { legacyFile }) });
    fake.pushUpdate({ update_id: 70, ...messageUpdate('Was bekommt Kim?', ANNA) }); // handled before the upgrade
    fake.pushUpdate({ update_id: 77, ...messageUpdate('Was bekommt Kim?', ANNA) });
    await fake.waitForCall((c) => c.method === 'sendMessage');
    await settle(fake);
    await first.stop();
    expect(first.asked).toEqual(['Was bekommt Kim?']);
    expect(existsSync(legacyFile)).toBe(false);
    expect(await firstStore.handledUpdates('telegram')).toEqual([70, 77]);
    await firstStore.close();

    const store = createSqliteStore({ dataDir: dir });
    harness = await startHarness({ fake, updateLog: createStoreUpdateLog(store, 'telegram', { legacyFile }) });
    fake.pushUpdate({ update_id: 77, ...messageUpdate('Was bekommt Kim?', ANNA) }); // redelivered after a crash
    fake.pushUpdate(messageUpdate('Und was bekommt Putin?', ANNA));
    await fake.waitForCall((c) => c.method === 'sendMessage' && harness!.asked.length > 0);
    await settle(fake);
    expect(harness.asked).toEqual(['Und was bekommt Putin?']);
    expect(fake.callsTo('sendMessage')).toHaveLength(2);
    await harness.stop();
    harness = undefined;
    await store.close();
    await fake.close();
  });
});
