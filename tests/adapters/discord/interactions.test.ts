import { afterEach, describe, expect, it } from 'vitest';
import type { ModeratorCommands } from '../../../src/core/bot.js';
import type { Reply } from '../../../src/core/reply.js';
import { validateChoices, validateMessage } from '../../fakes/discord-validate.js';
import { seedAnswer, startHarness, type Harness, type HarnessOptions } from './harness.js';

let harness: Harness | undefined;
afterEach(async () => { await harness?.close(); harness = undefined; });
const start = async (options: HarnessOptions = {}) => (harness = await startHarness(options));

type Json = Record<string, unknown>;
const frage = (value: string) => ({ id: '800000000000000001', name: 'frage', type: 1, options: [{ type: 3, name: 'text', value }] });
const news = (sub: string, options: Json[] = []) => ({ id: '800000000000000002', name: 'news', type: 1, options: [{ type: 1, name: sub, options }] });

async function responseTo(h: Harness, id: string) {
  return h.fake.waitFor(() => h.fake.responses.find((r) => r.interactionId === id));
}

describe('Discord slash commands', () => {
  it('answers /frage with a valid embed, the citation in the footer and working buttons, within 3 s', async () => {
    const h = await start();
    const id = h.fake.interact({ type: 2, data: frage('Was bekommt Kim?') });
    const response = await responseTo(h, id);
    expect(response.type).toBe(4);
    expect(response.ms).toBeLessThan(3000);
    expect(validateMessage(response.data)).toEqual([]);
    expect(h.asked).toEqual(['Was bekommt Kim?']);
    const embed = (response.data!.embeds as Json[])[0]!;
    expect(embed.description).toContain(seedAnswer().text.slice(0, 60));
    expect((embed.footer as Json).text).toMatch(/^Quelle: Einleitung \(lead\.p\d+\)$/);
    const buttons = ((response.data!.components as Json[])[0]!.components as Json[]);
    expect(buttons.map((b) => b.label)).toEqual(['Mehr aus diesem Abschnitt', 'Quelle']);
    expect(response.data!.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(response.data!.flags ?? 0).toBe(0);
  });

  it('frames the reply in English when the Discord client is English', async () => {
    const h = await start();
    const id = h.fake.interact({ type: 2, data: frage('Was bekommt Kim?'), locale: 'en-GB' });
    const response = await responseTo(h, id);
    const embed = (response.data!.embeds as Json[])[0]!;
    expect((embed.footer as Json).text).toMatch(/^Source: /);
    const labels = ((response.data!.components as Json[])[0]!.components as Json[]).map((b) => b.label);
    expect(labels).toEqual(['More from this section', 'Source']);
  });

  it('suggests questions while typing, within Discord\'s choice limits', async () => {
    const h = await start();
    const id = h.fake.interact({ type: 4, data: { ...frage(''), options: [{ type: 3, name: 'text', value: 'kim', focused: true }] } });
    const response = await responseTo(h, id);
    expect(response.type).toBe(8);
    expect(response.ms).toBeLessThan(3000);
    expect(validateChoices(response.data)).toEqual([]);
    expect(response.data!.choices).toEqual([{ name: 'Was bekommt Kim Jong Un von Wladimir Putin?', value: 'Was bekommt Kim Jong Un von Wladimir Putin?' }]);
  });

  it('offers the article\'s sections for /abschnitt', async () => {
    const h = await start();
    const id = h.fake.interact({ type: 4, data: { id: '800000000000000003', name: 'abschnitt', type: 1, options: [{ type: 3, name: 'abschnitt', value: '', focused: true }] } });
    const response = await responseTo(h, id);
    const choices = response.data!.choices as Json[];
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(String(choices[0]!.name)).toMatch(/^1\. /);
  });

  it('shows more of the section when "Mehr aus diesem Abschnitt" is clicked', async () => {
    const h = await start();
    const first = await responseTo(h, h.fake.interact({ type: 2, data: frage('Was bekommt Kim?') }));
    const button = ((first.data!.components as Json[])[0]!.components as Json[])[0]!;
    const original = h.fake.posted.at(-1)!.message;
    const id = h.fake.interact({ type: 3, data: { custom_id: button.custom_id, component_type: 2 }, message: original });
    const response = await responseTo(h, id);
    expect(response.type).toBe(4);
    expect(validateMessage(response.data)).toEqual([]);
    const embed = (response.data!.embeds as Json[])[0]!;
    expect(String(embed.description).length).toBeGreaterThan(seedAnswer().text.length);
    expect((embed.footer as Json).text).toContain('Einleitung');
  });

  it('answers the "Quelle" button with the article\'s source', async () => {
    const h = await start();
    const first = await responseTo(h, h.fake.interact({ type: 2, data: frage('Was bekommt Kim?') }));
    const button = ((first.data!.components as Json[])[0]!.components as Json[])[1]!;
    const id = h.fake.interact({ type: 3, data: { custom_id: button.custom_id, component_type: 2 }, message: h.fake.posted.at(-1)!.message });
    const response = await responseTo(h, id);
    expect(JSON.stringify(response.data!.embeds)).toContain('news.de');
  });

  it('refuses a moderator command to a member without Manage Server, ephemerally', async () => {
    const calls: string[] = [];
    const moderation: ModeratorCommands = { run: async (command) => { calls.push(command.name); return { blocks: [{ kind: 'text', text: 'ok' }], citations: [], buttons: [] }; } };
    const h = await start({ moderation });
    const refused = await responseTo(h, h.fake.interact({ type: 2, data: news('status'), moderator: false }));
    expect(refused.data!.flags).toBe(64);
    expect(JSON.stringify(refused.data!.embeds)).toContain('dürfen nur Moderatorinnen und Moderatoren');
    expect(calls).toEqual([]);
    const allowed = await responseTo(h, h.fake.interact({ type: 2, data: news('status'), moderator: true }));
    expect(JSON.stringify(allowed.data!.embeds)).toContain('ok');
    expect(calls).toEqual(['status']);
  });

  it('passes the channel option and arguments of /news subcommands to the core', async () => {
    const seen: Array<{ args: string; options: unknown; chatId: string }> = [];
    const moderation: ModeratorCommands = { run: async (_c, args, incoming) => {
      seen.push({ args, options: incoming.command?.options, chatId: incoming.chatId });
      return { blocks: [{ kind: 'text', text: 'ok' }], citations: [], buttons: [] };
    } };
    const h = await start({ moderation });
    await responseTo(h, h.fake.interact({ type: 2, moderator: true, data: news('abonnieren', [
      { type: 3, name: 'zeitplan', value: 'täglich 08:00' }, { type: 7, name: 'kanal', value: h.fake.channelIds[1] }]) }));
    await responseTo(h, h.fake.interact({ type: 2, moderator: true, data: news('eilmeldung', [
      { type: 3, name: 'text', value: 'Pressekonferenz um 15 Uhr' }, { type: 5, name: 'sofort', value: true }]) }));
    expect(seen[0]).toEqual({ args: 'täglich 08:00', options: { zeitplan: 'täglich 08:00', kanal: h.fake.channelIds[1] }, chatId: h.fake.channelIds[0] });
    expect(seen[1]!.args).toBe('Pressekonferenz um 15 Uhr sofort');
  });

  it('defers when the work is slow and edits the answer in afterwards', async () => {
    const moderation: ModeratorCommands = { run: () => new Promise<Reply>((resolve) => setTimeout(() =>
      resolve({ blocks: [{ kind: 'text', text: 'Jetzt gesendet.' }], citations: [], buttons: [] }), 300)) };
    const h = await start({ moderation, deferAfterMs: 50 });
    const id = h.fake.interact({ type: 2, moderator: true, data: news('jetzt') });
    const response = await responseTo(h, id);
    expect(response.type).toBe(5);
    const edit = await h.fake.waitFor(() => h.fake.requests.find((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original')));
    expect(edit.status).toBe(200);
    expect(JSON.stringify((edit.body as Json).embeds)).toContain('Jetzt gesendet.');
  });

  it('keeps a huge and hostile answer within every embed limit, pinging nobody', async () => {
    const hostile = `@everyone <@&123456789012345678> <@123456789012345678> **fett** ${'Sehr lange Antwort. '.repeat(600)}`;
    const h = await start({ answer: { ...seedAnswer(), text: hostile, citations: Array.from({ length: 300 }, (_, i) => ({ id: `s1.p${i}`, section: `Abschnitt ${i}`, text: 'x' })) } });
    const response = await responseTo(h, h.fake.interact({ type: 2, data: frage('@everyone was bekommt Kim?') }));
    expect(response.type).toBe(4);
    expect(h.fake.problems).toEqual([]);
    expect(validateMessage(response.data)).toEqual([]);
    const embed = (response.data!.embeds as Json[])[0]!;
    expect(String(embed.description)).not.toMatch(/@everyone|<@&?\d+>/);
    expect(String(embed.description)).toContain('\\*\\*fett\\*\\*');
    expect(response.data!.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('still acknowledges a question the core drops for asking too fast, ephemerally', async () => {
    const h = await start({ questionRate: { count: 1, windowMs: 60_000 } });
    const replies = [];
    for (const question of ['Eins?', 'Zwei?', 'Drei?']) replies.push(await responseTo(h, h.fake.interact({ type: 2, data: frage(question) })));
    expect(replies.map((r) => r.type)).toEqual([4, 4, 4]);
    expect(replies.slice(1).map((r) => r.data!.flags)).toEqual([64, 64]);
    expect(JSON.stringify(replies[1]!.data!.embeds)).toContain('sehr schnell');
    expect(JSON.stringify(replies[2]!.data!.embeds)).toContain('Bitte warte einen Moment');
  });

  it('counts Discord rate limits in the metrics', async () => {
    const h = await start();
    h.fake.rateLimit(`/channels/${h.fake.channelIds[0]}/messages`, 0.1, 1);
    await h.adapter.poster.post(h.fake.channelIds[0]!, { deliveryId: 'x', itemId: 'i', reply: { blocks: [{ kind: 'text', text: 'Eilmeldung' }], citations: [], buttons: [] } });
    expect(await h.metrics.render()).toContain('newsbot_discord_rate_limited_total{source="response"} 1');
  });
});
