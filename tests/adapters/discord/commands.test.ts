import { afterEach, describe, expect, it } from 'vitest';
import { buildCommandPayload, commandsChanged } from '../../../src/adapters/discord/command-payload.js';
import { COMMANDS } from '../../../src/core/commands.js';
import { startFakeDiscord } from '../../fakes/discord-fake.js';
import { validateCommands } from '../../fakes/discord-validate.js';
import { startHarness, type Harness } from './harness.js';

const harnesses: Harness[] = [];
afterEach(async () => { for (const h of harnesses.splice(0).reverse()) await h.close(); });
const start = async (options: Parameters<typeof startHarness>[0] = {}) => { const h = await startHarness(options); harnesses.push(h); return h; };

type Json = Record<string, unknown>;

describe('Discord command registration', () => {
  it('registers valid German commands with English localisations to the configured guild', async () => {
    const { fake } = await start();
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]!.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    expect(fake.problems).toEqual([]);
    expect(validateCommands(puts[0]!.body)).toEqual([]);
    const registered = fake.commands.guild.get(fake.guildId)!;
    const names = registered.map((c) => c.name);
    expect(names).toEqual(['frage', 'zusammenfassung', 'abschnitte', 'abschnitt', 'quelle', 'hilfe', 'news']);
    const frage = registered.find((c) => c.name === 'frage')!;
    expect(frage.name_localizations).toEqual({ 'en-US': 'ask', 'en-GB': 'ask' });
    expect(frage.description_localizations).toMatchObject({ 'en-US': 'Ask a question about the article' });
    const text = (frage.options as Json[])[0]!;
    expect(text).toMatchObject({ type: 3, name: 'text', required: true, autocomplete: true, max_length: 500 });
    expect((registered.find((c) => c.name === 'abschnitt')!.options as Json[])[0]).toMatchObject({ autocomplete: true });
    for (const command of registered) {
      expect(String(command.description).length).toBeLessThanOrEqual(100);
      expect(command.name).toMatch(/^[-_\p{L}\p{N}]{1,32}$/u);
    }
  });

  it('groups every moderator command under /news with Manage Server as default permission', async () => {
    const { fake } = await start();
    const news = fake.commands.guild.get(fake.guildId)!.find((c) => c.name === 'news')!;
    expect(news.default_member_permissions).toBe('32');
    const subs = news.options as Json[];
    expect(subs.map((s) => s.name)).toEqual(['abonnieren', 'abbestellen', 'zeitplan', 'pause', 'fortsetzen', 'status', 'eilmeldung', 'jetzt']);
    expect(subs.every((s) => s.type === 1)).toBe(true);
    expect(subs.find((s) => s.name === 'abonnieren')!.name_localizations).toEqual({ 'en-US': 'subscribe', 'en-GB': 'subscribe' });
    const kanal = (subs.find((s) => s.name === 'pause')!.options as Json[])[0]!;
    expect(kanal).toMatchObject({ type: 7, name: 'kanal', required: false });
    const everyone = fake.commands.guild.get(fake.guildId)!.filter((c) => c.name !== 'news');
    expect(everyone.every((c) => c.default_member_permissions === null)).toBe(true);
  });

  it('does not register again on restart when nothing changed', async () => {
    const fake = await startFakeDiscord();
    try {
      await (await startHarness({ fake })).close();
      await (await startHarness({ fake })).close();
      const puts = fake.requests.filter((r) => r.method === 'PUT');
      const gets = fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/commands'));
      expect(puts).toHaveLength(1);
      expect(gets).toHaveLength(2);
      expect(gets[1]!.query.get('with_localizations')).toBe('true');
    } finally {
      await fake.close();
    }
  });

  it('registers globally when no guild is configured', async () => {
    const { fake } = await start({ global: true });
    expect(fake.requests.some((r) => r.method === 'PUT' && r.path === `/applications/${fake.applicationId}/commands`)).toBe(true);
    expect(fake.commands.global).toHaveLength(7);
  });

  it('notices a changed description as a change', () => {
    const wanted = buildCommandPayload();
    expect(commandsChanged(JSON.parse(JSON.stringify(wanted)), wanted)).toBe(false);
    const edited = buildCommandPayload(COMMANDS.map((c) => (c.name === 'hilfe' ? { ...c, description: 'Anders' } : c)));
    expect(commandsChanged(edited, wanted)).toBe(true);
  });

  it('the fake rejects what Discord would reject', () => {
    expect(validateCommands([{ name: 'Frage', description: '' }])).toHaveLength(2);
    expect(validateCommands([{ name: 'a', description: 'x'.repeat(101) }])).not.toEqual([]);
    expect(validateCommands([{ name: 'a', description: 'd', name_localizations: { english: 'b' } }])).not.toEqual([]);
  });
});
