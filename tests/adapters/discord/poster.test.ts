import { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordPoster, nonceFor } from '../../../src/adapters/discord/poster.js';
import { PermanentPostError, TransientPostError } from '../../../src/core/errors.js';
import type { OutgoingPost } from '../../../src/core/ports.js';
import { REFUSALS, startFakeDiscord, type FakeDiscord } from '../../fakes/discord-fake.js';
import { validateMessage } from '../../fakes/discord-validate.js';

let fake: FakeDiscord;
let rest: REST;
beforeEach(async () => {
  fake = await startFakeDiscord();
  rest = new REST({ api: fake.api, retries: 1, timeout: 2000 }).setToken(fake.token);
});
afterEach(async () => { await fake.close(); });

const post = (deliveryId: string, text = 'Putin besucht Nordkorea.'): OutgoingPost => ({
  deliveryId, itemId: 'a1', reply: { blocks: [{ kind: 'heading', text: 'Eilmeldung: Putin in Pjöngjang' }, { kind: 'text', text }], citations: [], buttons: [] },
});

describe('Discord Poster', () => {
  it('posts an embed with a nonce, enforce_nonce and no pings', async () => {
    const poster = createDiscordPoster({ rest });
    const { messageId } = await poster.post(fake.channelIds[0]!, post('delivery-1', '@everyone <@&123456789012345678> schaut her'));
    const sent = fake.posted[0]!;
    expect(sent.message.id).toBe(messageId);
    expect(validateMessage(sent.body)).toEqual([]);
    expect(sent.body).toMatchObject({ nonce: nonceFor('delivery-1'), enforce_nonce: true, allowed_mentions: { parse: [], replied_user: false } });
    expect(String(sent.body.nonce).length).toBeLessThanOrEqual(25);
    expect((sent.body.embeds as Array<{ title: string }>)[0]!.title).toBe('Eilmeldung: Putin in Pjöngjang');
    expect(JSON.stringify(sent.body.embeds)).not.toMatch(/@everyone|<@&\d+>/);
    expect(poster.limits.perSecond).toBe(50);
  });

  it('does not post twice when a delivery is retried', async () => {
    const poster = createDiscordPoster({ rest });
    const first = await poster.post(fake.channelIds[0]!, post('delivery-7'));
    const again = await poster.post(fake.channelIds[0]!, post('delivery-7'));
    expect(again.messageId).toBe(first.messageId);
    expect(fake.posted).toHaveLength(1);
  });

  it.each([
    ['50013', REFUSALS.missingPermissions, /Missing Permissions/],
    ['50001', REFUSALS.missingAccess, /Missing Access/],
    ['10003', REFUSALS.unknownChannel, /Unknown Channel/],
  ])('turns %s into a permanent error with the reason', async (_code, refusal, reason) => {
    fake.refuse(fake.channelIds[1]!, refusal);
    const error = await createDiscordPoster({ rest }).post(fake.channelIds[1]!, post('d')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentPostError);
    expect((error as PermanentPostError).code).toBe(refusal.code);
    expect((error as Error).message).toMatch(reason);
  });

  it('waits out a 429 and posts once the rate limit has passed', async () => {
    fake.rateLimit(`/channels/${fake.channelIds[0]}/messages`, 0.2, 1);
    const started = Date.now();
    await createDiscordPoster({ rest }).post(fake.channelIds[0]!, post('d-429'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(fake.requests.filter((r) => r.path.endsWith('/messages')).map((r) => r.status)).toEqual([429, 200]);
    expect(fake.posted).toHaveLength(1);
  });

  it('reports a network failure as transient', async () => {
    const dead = new REST({ api: 'http://127.0.0.1:9/api', retries: 0, timeout: 500 }).setToken(fake.token);
    const error = await createDiscordPoster({ rest: dead }).post(fake.channelIds[0]!, post('d')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientPostError);
  });
});
