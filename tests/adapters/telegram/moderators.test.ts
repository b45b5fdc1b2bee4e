import { afterEach, describe, expect, it } from 'vitest';
import type { ModeratorCommands } from '../../../src/core/bot.js';
import type { Incoming } from '../../../src/core/ports.js';
import { ANNA, channelPostUpdate, GROUP, JOHN, messageUpdate, startHarness, visibleText, type Harness } from './harness.js';

let harness: Harness | undefined;
afterEach(async () => { await harness?.stop(); harness = undefined; });

/** A moderation fake that records what it was asked to do. */
function recordingModeration(): ModeratorCommands & { runs: { name: string; args: string; incoming: Incoming }[] } {
  const runs: { name: string; args: string; incoming: Incoming }[] = [];
  return {
    runs,
    async run(command, args, incoming) {
      runs.push({ name: command.name, args, incoming });
      return { blocks: [{ kind: 'text', text: `Abonniert: ${incoming.command?.options?.kanal ?? incoming.chatId}` }], citations: [], buttons: [] };
    },
  };
}

const CHANNEL = { id: -1009876543210, type: 'channel' as const, title: 'Eilmeldungen', username: 'eilkanal' };
const sentTo = (chatId: number) => (call: { method: string; ok: boolean; payload: Record<string, unknown> }) =>
  call.method === 'sendMessage' && call.ok && call.payload['chat_id'] === chatId;

describe('telegram moderator commands', () => {
  it('lets a group administrator subscribe the group, checked with getChatMember', async () => {
    const moderation = recordingModeration();
    harness = await startHarness({ moderation });
    harness.fake.setMember(GROUP.id, ANNA.id, 'administrator');
    harness.fake.pushUpdate(messageUpdate('/abonnieren täglich 08:00', ANNA, GROUP));
    const reply = await harness.fake.waitForCall(sentTo(GROUP.id));
    expect(visibleText(reply)).toBe(`Abonniert: ${GROUP.id}`);
    expect(moderation.runs).toHaveLength(1);
    expect(moderation.runs[0]).toMatchObject({ name: 'abonnieren', args: 'täglich 08:00', incoming: { chatId: String(GROUP.id), isModerator: true } });
    expect(harness.fake.callsTo('getChatMember')[0]?.payload).toMatchObject({ chat_id: GROUP.id, user_id: ANNA.id });
  });

  it('refuses a member politely and never runs the command', async () => {
    const moderation = recordingModeration();
    harness = await startHarness({ moderation });
    harness.fake.pushUpdate(messageUpdate('/abonnieren', JOHN, GROUP));
    const reply = await harness.fake.waitForCall(sentTo(GROUP.id));
    expect(visibleText(reply)).toBe('Sorry, only moderators may use "/abonnieren".'); // John's client is English
    expect(moderation.runs).toEqual([]);
  });

  it('asks getChatMember once for a burst of commands (cached)', async () => {
    const moderation = recordingModeration();
    harness = await startHarness({ moderation });
    harness.fake.setMember(GROUP.id, ANNA.id, 'creator');
    harness.fake.pushUpdate(messageUpdate('/status', ANNA, GROUP));
    harness.fake.pushUpdate(messageUpdate('/pause', ANNA, GROUP));
    await harness.fake.waitForCall((c) => sentTo(GROUP.id)(c) && harness!.sent().length === 2);
    expect(moderation.runs.map((run) => run.name)).toEqual(['status', 'pause']);
    expect(harness.fake.callsTo('getChatMember')).toHaveLength(1);
  });

  it('runs a command posted in a channel as the channel, and answers into the channel', async () => {
    const moderation = recordingModeration();
    harness = await startHarness({ moderation });
    harness.fake.addChat(CHANNEL);
    harness.fake.pushUpdate(channelPostUpdate('/abonnieren', CHANNEL));
    const reply = await harness.fake.waitForCall(sentTo(CHANNEL.id));
    expect(moderation.runs[0]?.incoming).toMatchObject({ chatId: String(CHANNEL.id), isModerator: true });
    expect(visibleText(reply)).toBe(`Abonniert: ${CHANNEL.id}`);
  });

  it('lets a channel admin subscribe the channel from a private chat by @username', async () => {
    const moderation = recordingModeration();
    harness = await startHarness({ moderation });
    harness.fake.addChat(CHANNEL);
    harness.fake.setMember(CHANNEL.id, ANNA.id, 'administrator');
    harness.fake.pushUpdate(messageUpdate('/abonnieren @eilkanal stündlich', ANNA));
    const reply = await harness.fake.waitForCall(sentTo(ANNA.id));
    expect(visibleText(reply)).toBe(`Abonniert: ${CHANNEL.id}`);
    expect(moderation.runs[0]).toMatchObject({ args: 'stündlich', incoming: { isModerator: true, chatId: String(CHANNEL.id), command: { options: { kanal: String(CHANNEL.id) } } } });
  });

  it('refuses to subscribe a channel by id for someone who does not administer it', async () => {
    const moderation = recordingModeration();
    harness = await startHarness({ moderation });
    harness.fake.addChat(CHANNEL);
    harness.fake.pushUpdate(messageUpdate(`/abonnieren ${CHANNEL.id}`, JOHN));
    const reply = await harness.fake.waitForCall(sentTo(JOHN.id));
    expect(visibleText(reply)).toMatch(/^Sorry, only moderators may use/);
    expect(moderation.runs).toEqual([]);
  });

  it('says so when the named channel cannot be found', async () => {
    harness = await startHarness({ moderation: recordingModeration() });
    harness.fake.pushUpdate(messageUpdate('/abonnieren @gibtsnicht', ANNA));
    const reply = await harness.fake.waitForCall(sentTo(ANNA.id));
    expect(visibleText(reply)).toContain('Den Kanal „@gibtsnicht“ finde ich nicht');
  });
});
