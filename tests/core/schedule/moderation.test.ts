import { describe, expect, it } from 'vitest';
import { findCommand } from '../../../src/core/commands.js';
import type { Incoming } from '../../../src/core/ports.js';
import { replyToPlainText } from '../../../src/core/reply.js';
import { createModeration } from '../../../src/core/schedule/moderation.js';
import { createFixture } from './schedule-fixture.js';

const MODERATOR_COMMANDS = ['abonnieren', 'abbestellen', 'zeitplan', 'pause', 'fortsetzen', 'status', 'eilmeldung', 'jetzt'];

function setup() {
  const fixture = createFixture();
  const moderation = createModeration({ scheduler: fixture.scheduler, store: fixture.store, clock: fixture.clock });
  const incoming = (isModerator: boolean, options?: Record<string, string | number | boolean>): Incoming => ({
    platform: 'telegram', chatId: '-100', userId: isModerator ? 'mod' : 'reader', userName: isModerator ? 'Mia' : 'Leo', locale: 'de',
    text: '', isModerator, command: options ? { name: 'x', args: '', options } : undefined,
  });
  const run = async (name: string, args = '', isModerator = true, options?: Record<string, string | number | boolean>) =>
    replyToPlainText(await moderation.run(findCommand(name)!, args, incoming(isModerator, options)));
  return { ...fixture, run };
}

describe('moderator commands', () => {
  it.each(MODERATOR_COMMANDS)('refuses /%s politely to a non-moderator, changes nothing, and audits the attempt', async (name) => {
    const { run, store } = setup();
    const text = await run(name, 'täglich 08:00', false);
    expect(text).toBe(`Entschuldigung, „/${name}“ dürfen nur Moderatorinnen und Moderatoren verwenden.`);
    expect(await store.listSubscriptions()).toEqual([]);
    const [entry] = await store.listAudit(1);
    expect(entry).toMatchObject({ action: name, userId: 'reader', channelId: '-100', platform: 'telegram' });
    expect(entry?.details).toMatch(/^refused/);
  });

  it('/abonnieren subscribes with the default schedule, or the given one, and tells the next run', async () => {
    const { run, store } = setup();
    expect(await run('abonnieren')).toMatch(/^Abonniert: Eilmeldungen kommen stündlich zur vollen Stunde \(0 \* \* \* \*, Zeitzone Europe\/Berlin\)\. Nächster Lauf: 25\.11\.2026, 09:00:00\./);
    expect(await run('abonnieren', 'täglich 08:00')).toMatch(/schon abonniert/);
    expect((await store.getSubscription('telegram', '-100'))?.cron).toBe('0 * * * *');
  });

  it('/abonnieren acts on the channel option when the platform passes one', async () => {
    const { run, store } = setup();
    await run('abonnieren', '', true, { kanal: '-200', zeitplan: 'werktags 07:30' });
    expect((await store.getSubscription('telegram', '-200'))?.cron).toBe('30 7 * * 1-5');
    expect(await store.getSubscription('telegram', '-100')).toBeNull();
  });

  it('/zeitplan changes the schedule, and an invalid one gets a German error with an example and changes nothing', async () => {
    const { run, store } = setup();
    expect(await run('zeitplan', 'täglich 08:00')).toMatch(/kein Abonnement/);
    await run('abonnieren');
    expect(await run('zeitplan', 'werktags 07:30')).toMatch(/^Neuer Zeitplan: werktags um 07:30 Uhr/);
    const error = await run('zeitplan', 'jeden zweiten Dienstag');
    expect(error).toMatch(/^Den Zeitplan „jeden zweiten Dienstag“ verstehe ich nicht/);
    expect(error).toContain('täglich 08:00');
    expect(await run('zeitplan', '')).toMatch(/Bitte gib einen Zeitplan an/);
    expect((await store.getSubscription('telegram', '-100'))?.cron).toBe('30 7 * * 1-5');
    expect(await run('zeitplan', '*/2 * * * * *')).toMatch(/alle 2 Sekunden/);
  });

  it('/pause and /fortsetzen pause and resume, and say so when already in that state', async () => {
    const { run, store } = setup();
    await run('abonnieren');
    expect(await run('pause')).toMatch(/^Pausiert/);
    expect(await run('pause')).toMatch(/schon pausiert/);
    expect((await store.getSubscription('telegram', '-100'))?.paused).toBe(true);
    expect(await run('fortsetzen')).toMatch(/^Fortgesetzt/);
    expect(await run('fortsetzen')).toMatch(/laufen bereits/);
  });

  it('/jetzt queues the next item at once, and says when nothing is left', async () => {
    const { run, scheduler, article, store } = setup();
    await run('abonnieren');
    expect(await run('jetzt')).toMatch(/keine weitere Eilmeldung/);
    await scheduler.syncItems([article]);
    expect(await run('jetzt')).toMatch(/unterwegs/);
    expect((await store.deliveryCounts()).pending).toBe(1);
  });

  it('/status shows schedule in words and cron, timezone, next run, counts and the last error', async () => {
    const { run, scheduler, article, store } = setup();
    await scheduler.syncItems([article]);
    await run('abonnieren', 'täglich 08:00');
    await run('jetzt');
    const sub = await store.getSubscription('telegram', '-100');
    await store.saveSubscription({ ...sub!, disabledReason: 'Forbidden: bot was kicked', lastError: 'Forbidden: bot was kicked' });
    const text = await run('status');
    expect(text).toContain('Zeitplan: täglich um 08:00 Uhr (0 8 * * *)');
    expect(text).toContain('Zeitzone: Europe/Berlin');
    expect(text).toContain('Nächster Lauf: keiner');
    expect(text).toContain('Zugestellt: 0, ausstehend: 9, fehlgeschlagen: 0');
    expect(text).toContain('abgeschaltet, weil die Plattform ablehnt: Forbidden: bot was kicked');
    expect(text).toContain('Letzter Fehler: Forbidden: bot was kicked');
    await run('fortsetzen');
    expect(await run('status')).toContain('Nächster Lauf: 26.11.2026, 08:00:00');
  });

  it('/abbestellen unsubscribes and says when there was nothing to unsubscribe', async () => {
    const { run, store } = setup();
    expect(await run('abbestellen')).toMatch(/kein Abonnement/);
    await run('abonnieren');
    expect(await run('abbestellen')).toMatch(/^Abbestellt/);
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it('/eilmeldung queues an item, "sofort" sends it to every subscription, and empty text is refused', async () => {
    const { run, store } = setup();
    await run('abonnieren');
    await run('abonnieren', '', true, { kanal: '-300' });
    expect(await run('eilmeldung', 'Pressekonferenz um 15 Uhr')).toMatch(/eingereiht/);
    expect((await store.deliveryCounts()).pending).toBe(0);
    expect(await run('eilmeldung', 'Kanzler tritt zurück sofort')).toBe('Eilmeldung geht sofort an 2 Abonnements.');
    expect(await run('eilmeldung', '', true, { text: 'Via Option', sofort: true })).toMatch(/sofort an 2/);
    expect(await run('eilmeldung', 'sofort')).toMatch(/Bitte gib den Text/);
    expect((await store.deliveryCounts()).pending).toBe(4);
  });

  it('audits every moderator action with who, what, when and where', async () => {
    const { run, store, clock } = setup();
    await run('abonnieren', 'stündlich');
    await run('zeitplan', 'kaputt');
    const entries = await store.listAudit(10);
    expect(entries.map((e) => [e.action, e.userId, e.userName, e.channelId, e.at])).toEqual([
      ['zeitplan', 'mod', 'Mia', '-100', clock.now()], ['abonnieren', 'mod', 'Mia', '-100', clock.now()],
    ]);
    expect(entries[0]?.details).toMatch(/^rejected \(schedule.invalid\)/);
    expect(entries[1]?.details).toBe('ok: stündlich');
  });
});
