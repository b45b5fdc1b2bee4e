import { Api } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTelegramPoster } from '../../../src/adapters/telegram/poster.js';
import { createThrottle } from '../../../src/adapters/telegram/throttle.js';
import { ChannelMovedError, PermanentPostError, TransientPostError } from '../../../src/core/errors.js';
import type { OutgoingPost } from '../../../src/core/ports.js';
import { systemClock } from '../../../src/system-clock.js';
import { startFakeTelegram, type FakeTelegram } from '../../fakes/telegram-api-server.js';
import { createFakeClock } from '../../helpers/stories.js';

let fake: FakeTelegram;
beforeEach(async () => { fake = await startFakeTelegram(); });
afterEach(async () => { await fake.close(); });

const CHAT = -1001111111111;
const post = (text: string, deliveryId = 'd1'): OutgoingPost => ({
  deliveryId, itemId: 'i1', reply: { blocks: [{ kind: 'heading', text: 'Eilmeldung' }, { kind: 'text', text }], citations: [], buttons: [] },
});
const poster = () => createTelegramPoster({ api: new Api(fake.token, { apiRoot: fake.apiRoot }), token: fake.token, clock: systemClock });

describe('telegram poster', () => {
  it('posts an item as valid HTML and returns the message id', async () => {
    const result = await poster().post(String(CHAT), post('Putin & Kim <treffen sich>'));
    const [call] = fake.callsTo('sendMessage');
    expect(call?.ok).toBe(true);
    expect(call?.payload).toMatchObject({ chat_id: CHAT, parse_mode: 'HTML', text: '<b>Eilmeldung</b>\n\nPutin &amp; Kim &lt;treffen sich&gt;' });
    expect(result.messageId).toBe('1');
  });

  it('waits out a 429 for retry_after and then succeeds', async () => {
    fake.failNext('sendMessage', { code: 429, retryAfter: 1 });
    const result = await poster().post(String(CHAT), post('Eins'));
    const calls = fake.callsTo('sendMessage');
    expect(calls.map((call) => call.ok)).toEqual([false, true]);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(950);
    expect(result.messageId).toBe('1');
  });

  it('hands a long retry_after back to the worker as a TransientPostError with the wait', async () => {
    fake.failNext('sendMessage', { code: 429, retryAfter: 120 });
    const error = await poster().post(String(CHAT), post('Eins')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientPostError);
    expect((error as TransientPostError).retryAfterMs).toBe(120_000);
  });

  it('reports a blocked or kicked bot (403) as permanent, without the token in the message', async () => {
    fake.failNext('sendMessage', { code: 403, description: 'Forbidden: bot was kicked from the supergroup chat' });
    const error = await poster().post(String(CHAT), post('Eins')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentPostError);
    expect((error as Error).message).toContain('kicked');
    expect((error as Error).message).not.toContain(fake.token);
  });

  it('reports a migrated group with its new supergroup id', async () => {
    fake.failNext('sendMessage', { code: 400, migrateToChatId: -1002222222222 });
    const error = await poster().post('-4444', post('Eins')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelMovedError);
    expect((error as ChannelMovedError).newChannelId).toBe('-1002222222222');
  });

  it('treats a network failure as transient and never leaks the token', async () => {
    const dead = createTelegramPoster({ api: new Api(fake.token, { apiRoot: 'http://127.0.0.1:9' }), token: fake.token, clock: systemClock });
    const error = await dead.post(String(CHAT), post('Eins')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientPostError);
    expect((error as Error).message).not.toContain(fake.token);
  });

  it('splits an over-long item below 4096 chars per message', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Absatz ${i}: ${'Nordkorea & Russland '.repeat(12)}`).join('\n');
    await poster().post(String(CHAT), post(long));
    const calls = fake.callsTo('sendMessage');
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.every((call) => call.ok && String(call.payload['text']).length <= 4096)).toBe(true);
  });
});

describe('telegram throttle', () => {
  it('spaces messages to one chat by a second and across chats by 1/30 s', async () => {
    const clock = createFakeClock();
    const throttle = createThrottle({ perSecond: 30, perChatIntervalMs: 1000, perGroupPerMinute: 20 }, clock);
    const times: Record<string, number[]> = {};
    const send = (chat: string) => throttle.acquire(chat).then(() => { (times[chat] ??= []).push(clock.now()); });
    const all = [send('1'), send('1'), send('2'), send('3')];
    const flush = async () => { for (let k = 0; k < 5; k++) await Promise.resolve(); };
    await flush();
    for (let i = 0; i < 40; i++) { clock.advance(1); await flush(); }
    for (let i = 0; i < 40; i++) { clock.advance(50); await flush(); }
    await Promise.all(all);
    const start = createFakeClock().now();
    const [first, second] = times['1']!.map((t) => t - start);
    expect(first).toBe(0);
    expect(second).toBeGreaterThanOrEqual(1000);
    expect(second).toBeLessThan(1100);
    expect(times['2']![0]! - start).toBeGreaterThanOrEqual(33);
    expect(times['3']![0]! - start).toBeGreaterThanOrEqual(66);
  });

  it('after a 429 pause lets waiting messages go one by one, not in a burst', async () => {
    const clock = createFakeClock();
    const throttle = createThrottle({ perSecond: 30 }, clock);
    const start = clock.now();
    const times: number[] = [];
    const all = Array.from({ length: 10 }, (_, i) => throttle.acquire(String(i)).then(() => { times.push(clock.now() - start); }));
    const flush = async () => { for (let k = 0; k < 5; k++) await Promise.resolve(); };
    await flush();
    throttle.pauseAll(1000);
    for (let i = 0; i < 200; i++) { clock.advance(10); await flush(); }
    await Promise.all(all);
    const afterPause = times.filter((t) => t >= 1000);
    expect(afterPause.length).toBeGreaterThanOrEqual(9);
    const gaps = afterPause.slice(1).map((t, i) => t - afterPause[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(30);
  });

  it('lets at most 20 messages a minute into one group', async () => {
    const clock = createFakeClock();
    const throttle = createThrottle({ perSecond: 30, perChatIntervalMs: 1000, perGroupPerMinute: 20 }, clock);
    const start = clock.now();
    const times: number[] = [];
    const all = Array.from({ length: 21 }, () => throttle.acquire('-100555').then(() => { times.push(clock.now() - start); }));
    for (let i = 0; i < 70; i++) { clock.advance(1000); for (let k = 0; k < 5; k++) await Promise.resolve(); }
    await Promise.all(all);
    expect(times.filter((t) => t < 60_000)).toHaveLength(20);
    expect(times[20]).toBeGreaterThanOrEqual(60_000);
  });
});
