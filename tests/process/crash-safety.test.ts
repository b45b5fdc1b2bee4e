/**
 * Process-level crash safety: the real bot, its SQLite outbox and node-cron. SIGKILL during
 * delivery, restart on the same DATA_DIR, and every (item, channel) arrives exactly once,
 * apart from at most the one post that was in flight at the kill (documented in the README).
 */
import { describe, expect, it } from 'vitest';
import { countPosts, seedItemTexts, startBot, tempFolders } from './bot-process.js';

const texts = seedItemTexts();
const delivered = (output: string): number => countPosts(output, texts).filter((count) => count > 0).length;

describe('crash safety (real process)', () => {
  it('after SIGKILL during a per-second schedule and a restart, every item arrives once, at most one repeats', async () => {
    const folders = tempFolders();
    const first = startBot(folders);
    first.child.stdin.write('/abonnieren\n/zeitplan */1 * * * * *\n');
    await first.waitFor((output) => delivered(output) >= 3, 20_000);
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const second = startBot(folders);
    const both = (): string => first.output() + second.output();
    await second.waitFor(() => delivered(both()) === texts.length, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // nothing more may arrive
    const stopAt = Date.now();
    second.child.kill('SIGTERM');
    const exit = await second.exited;
    expect(exit.code).toBe(0);
    expect(exit.atMs - stopAt).toBeLessThan(10_000);

    const counts = countPosts(both(), texts);
    expect(counts.every((count) => count >= 1)).toBe(true);
    expect(counts.filter((count) => count > 1).length).toBeLessThanOrEqual(1);
    expect(Math.max(...counts)).toBeLessThanOrEqual(2);
    expect(countPosts(second.output(), texts).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(texts.length - 3 + 1);
  }, 70_000);

  it('the console bar: an item every two seconds, then a restart carries on without re-posting', async () => {
    const folders = tempFolders();
    const runs: string[] = [];
    for (let run = 0; run < 2; run++) {
      const bot = startBot(folders);
      bot.child.stdin.write('/abonnieren\n/zeitplan */2 * * * * *\n');
      await bot.waitFor((output) => output.includes('Neuer Zeitplan: alle 2 Sekunden'), 20_000);
      await new Promise((resolve) => setTimeout(resolve, 9_000));
      const endAt = Date.now();
      bot.child.stdin.end();
      const exit = await bot.exited;
      expect(exit.code).toBe(0);
      expect(exit.atMs - endAt).toBeLessThan(10_000);
      runs.push(bot.output());
    }
    const [one, two] = runs.map((output) => countPosts(output!, texts));
    expect(one!.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3);
    expect(two!.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3);
    const total = one!.map((count, index) => count + two![index]!);
    expect(total.every((count) => count <= 1)).toBe(true);
    expect(runs[1]).toContain('schon abonniert');
  }, 70_000);
});
