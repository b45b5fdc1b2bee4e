import { describe, expect, it } from 'vitest';
import { buildCommandPayload } from '../../../src/adapters/discord/command-payload.js';
import { localeOf } from '../../../src/adapters/discord/incoming.js';
import { EMBED_LIMITS, escapeText, renderMessage } from '../../../src/adapters/discord/render.js';
import type { Reply } from '../../../src/core/reply.js';
import { validateCommands, validateMessage } from '../../fakes/discord-validate.js';

const long = (n: number) => 'Wort '.repeat(Math.ceil(n / 5)).slice(0, n);

describe('Discord embeds', () => {
  it('keeps title, description, footer and the 6000 total within Discord\'s limits', () => {
    const reply: Reply = {
      blocks: [{ kind: 'heading', text: long(400) }, { kind: 'text', text: long(3000) }, { kind: 'quote', text: long(3000) }, { kind: 'list', items: [long(900), long(900)] }],
      citations: Array.from({ length: 400 }, (_, i) => ({ id: `s${i}.p${i}`, section: `Abschnitt Nummer ${i}`, text: 'x' })),
      buttons: [],
    };
    const body = renderMessage(reply, 'de');
    const embed = body.embeds[0]!;
    expect(validateMessage(body)).toEqual([]);
    expect(embed.title!.length).toBeLessThanOrEqual(EMBED_LIMITS.title);
    expect(embed.description!.length).toBeLessThanOrEqual(EMBED_LIMITS.description);
    expect(embed.footer!.text.length).toBeLessThanOrEqual(EMBED_LIMITS.footer);
    expect(embed.title!.length + embed.description!.length + embed.footer!.text.length).toBeLessThanOrEqual(EMBED_LIMITS.total);
    expect(embed.description!.endsWith('…')).toBe(true);
  });

  it('quotes article text verbatim but defuses pings, spoilers and masked links', () => {
    expect(escapeText('picture alliance/dpa | Uncredited, 0 * * * *')).toBe('picture alliance/dpa | Uncredited, 0 * * * *');
    expect(escapeText('||Spoiler|| **fett** [klick](https://example.test)')).toBe('\\|\\|Spoiler\\|\\| \\*\\*fett\\*\\* [klick]\u200b(https://example.test)');
    expect(escapeText('@everyone @here <@&1> <@2>')).not.toMatch(/@everyone|@here|<@&?\d>/);
  });

  it('marks errors ephemeral and never lets a message ping', () => {
    const body = renderMessage({ blocks: [{ kind: 'text', text: 'Fehler' }], citations: [], buttons: [], ephemeral: true }, 'de');
    expect(body.flags).toBe(64);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('speaks English only to English clients', () => {
    expect(localeOf('en-US')).toBe('en');
    expect(localeOf('en-GB')).toBe('en');
    expect(localeOf('de')).toBe('de');
    expect(localeOf('fr')).toBe('de');
    expect(localeOf(undefined)).toBe('de');
  });

  it('generates a command list Discord accepts', () => {
    expect(validateCommands(buildCommandPayload())).toEqual([]);
  });
});
