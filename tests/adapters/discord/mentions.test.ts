import { afterEach, describe, expect, it } from 'vitest';
import { validateMessage } from '../../fakes/discord-validate.js';
import { startHarness, type Harness } from './harness.js';

let harness: Harness | undefined;
afterEach(async () => { await harness?.close(); harness = undefined; });

type Json = Record<string, unknown>;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Discord mentions, replies and DMs', () => {
  it('answers a message that @mentions the bot, as a reply that pings nobody', async () => {
    const h = (harness = await startHarness());
    const question = h.fake.say({ content: `<@${h.fake.botUser.id}> Was bekommt Kim?`, mention: true });
    const post = await h.fake.waitFor(() => h.fake.posted.find((p) => p.channelId === h.fake.channelIds[0]));
    expect(h.asked).toEqual(['Was bekommt Kim?']);
    expect(validateMessage(post.body)).toEqual([]);
    expect(post.body.message_reference).toMatchObject({ message_id: question.id });
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(JSON.stringify(post.body.embeds)).toContain('Quelle: Einleitung');
  });

  it('answers a reply to one of its own messages and a direct message', async () => {
    const h = (harness = await startHarness());
    h.fake.say({ content: 'Worum geht es?', dm: true });
    await h.fake.waitFor(() => h.fake.posted.find((p) => p.channelId === '600000000000000009'));
    const own = { id: '900000000000000001', channel_id: h.fake.channelIds[0], author: { id: h.fake.botUser.id, username: 'Newsbot', discriminator: '0', bot: true },
      content: '', timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [],
      attachments: [], embeds: [], pinned: false, type: 0 };
    h.fake.say({ content: 'Und was bekommt Putin?', replyTo: own });
    await h.fake.waitFor(() => h.asked.length === 2);
    expect(h.asked).toEqual(['Worum geht es?', 'Und was bekommt Putin?']);
  });

  it('stays silent on channel chatter that is not meant for it', async () => {
    const h = (harness = await startHarness());
    h.fake.say({ content: 'Was bekommt Kim?' });
    await pause(200);
    expect(h.asked).toEqual([]);
    expect(h.fake.posted).toEqual([]);
  });

  it('does not let a hostile mention ping @everyone', async () => {
    const h = (harness = await startHarness());
    h.fake.say({ content: `<@${h.fake.botUser.id}> @everyone <@&123456789012345678> hallo?`, mention: true });
    const post = await h.fake.waitFor(() => h.fake.posted[0]);
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect((post.body.content as string | undefined) ?? '').not.toContain('@everyone');
    expect(JSON.stringify(post.body.embeds as Json[])).not.toMatch(/@everyone|<@&\d+>/);
  });

  it('answers a DM even when the gateway leaves out channel_type', async () => {
    const h = (harness = await startHarness());
    h.fake.say({ content: 'Wer hat das Foto gemacht?', dm: true, omitChannelType: true });
    await h.fake.waitFor(() => h.fake.posted.find((p) => p.channelId === '600000000000000009'));
    expect(h.asked).toEqual(['Wer hat das Foto gemacht?']);
  });
});
