import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';

let harness: Harness | undefined;
afterEach(async () => { await harness?.close(); harness = undefined; });

describe('Discord start-up', () => {
  it('logs in over the gateway to ready without the privileged MessageContent intent', async () => {
    harness = await startHarness();
    expect(harness.adapter.state()).toBe('running');
    expect(harness.fake.readyCount).toBe(1);
    expect(harness.adapter.client.guilds.cache.has(harness.fake.guildId)).toBe(true);
    const intents = harness.fake.identifies[0]!.intents;
    expect(intents & (1 << 15)).toBe(0);
    expect(harness.fake.requests.every((r) => !r.authorization || r.authorization === `Bot ${harness!.fake.token}`)).toBe(true);
  });
});
