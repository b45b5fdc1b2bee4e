import { describe, expect, it } from 'vitest';
import { createRateKeeper, RateKeeperClosedError } from '../../../src/core/schedule/rate-keeper.js';
import { createSteppingClock } from './fake-clock.js';

describe('rate keeper', () => {
  it('never lets more than perSecond sends into any sliding second', async () => {
    const clock = createSteppingClock();
    const keeper = createRateKeeper({ perSecond: 30 }, clock);
    const sentAt: number[] = [];
    const all = Array.from({ length: 95 }, (_, i) => keeper.run(`chat-${i}`, async () => { sentAt.push(clock.now()); }));
    await clock.advance(5_000);
    await Promise.all(all);
    expect(sentAt).toHaveLength(95);
    for (const t of sentAt) expect(sentAt.filter((s) => s > t - 1000 && s <= t).length).toBeLessThanOrEqual(30);
    expect(sentAt.at(-1)! - sentAt[0]!).toBe(3000);
  });

  it('keeps the gap per chat without holding up other chats', async () => {
    const clock = createSteppingClock();
    const keeper = createRateKeeper({ perSecond: 30, perChatIntervalMs: 1000 }, clock);
    const log: Array<[string, number]> = [];
    const start = clock.now();
    const send = (chat: string) => keeper.run(chat, async () => { log.push([chat, clock.now() - start]); });
    const jobs = [send('a'), send('a'), send('b')];
    await clock.advance(2_000);
    await Promise.all(jobs);
    expect(log).toEqual([['a', 0], ['b', 0], ['a', 1000]]);
  });

  it('caps sends per chat and minute', async () => {
    const clock = createSteppingClock();
    const keeper = createRateKeeper({ perSecond: 100, perGroupPerMinute: 20 }, clock);
    const times: number[] = [];
    const start = clock.now();
    const jobs = Array.from({ length: 21 }, () => keeper.run('group', async () => { times.push(clock.now() - start); }));
    await clock.advance(61_000);
    await Promise.all(jobs);
    expect(times.slice(0, 20).every((t) => t === 0)).toBe(true);
    expect(times[20]).toBe(60_000);
  });

  it('holds every send during a retry-after pause', async () => {
    const clock = createSteppingClock();
    const keeper = createRateKeeper({ perSecond: 30 }, clock);
    keeper.pauseUntil(clock.now() + 3000);
    let sent = false;
    const job = keeper.run('x', async () => { sent = true; });
    await clock.advance(2_999);
    expect(sent).toBe(false);
    await clock.advance(1);
    await job;
    expect(sent).toBe(true);
  });

  it('rejects waiters when closed', async () => {
    const clock = createSteppingClock();
    const keeper = createRateKeeper({ perSecond: 1 }, clock);
    await keeper.run('x', async () => {});
    const waiting = keeper.run('y', async () => {});
    keeper.close();
    await expect(waiting).rejects.toBeInstanceOf(RateKeeperClosedError);
  });
});
