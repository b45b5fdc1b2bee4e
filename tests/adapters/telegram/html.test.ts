import { describe, expect, it } from 'vitest';
import { escapeHtml, renderReply } from '../../../src/adapters/telegram/html.js';
import { classifyMessage, extractChannelRef } from '../../../src/adapters/telegram/incoming.js';
import { commandMenus, telegramCommandName } from '../../../src/adapters/telegram/commands-menu.js';
import type { Reply } from '../../../src/core/reply.js';
import { parseTelegramHtml } from '../../fakes/telegram-html.js';

const citation = { id: 's2.p4', section: 'Nukleare <Pläne> & Raketen', text: '…' };
const reply = (blocks: Reply['blocks'], extra: Partial<Reply> = {}): Reply => ({ blocks, citations: [citation], buttons: [], ...extra });
const visible = (html: string) => { const parsed = parseTelegramHtml(html); if (!parsed.ok) throw new Error(parsed.error); return parsed.text; };

describe('telegram HTML rendering', () => {
  it('escapes <, > and & in every block and in the citation line', () => {
    const [message] = renderReply(reply([
      { kind: 'heading', text: 'A <i>&</i> B' }, { kind: 'text', text: '1 < 2 && 3 > 2' },
      { kind: 'quote', text: '</blockquote><b>' }, { kind: 'list', items: ['*fett*', '<br>'] },
    ]), 'de');
    expect(visible(message!.html)).toBe('A <i>&</i> B\n\n1 < 2 && 3 > 2\n\n„</blockquote><b>“\n\n• *fett*\n• <br>\n\nQuelle: Nukleare <Pläne> & Raketen (s2.p4)');
    expect(escapeHtml('<&>')).toBe('&lt;&amp;&gt;');
  });

  it('splits a long reply below 4096 chars at paragraph boundaries with the citation last', () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => ({ kind: 'text' as const, text: `Absatz ${i}. ${'Kim & Putin <3 '.repeat(20)}` }));
    const messages = renderReply(reply(paragraphs, { buttons: [{ label: 'Quelle', action: { kind: 'source', articleId: 'a' } }] }), 'de');
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.html.length).toBeLessThanOrEqual(4096);
      expect(visible(message.html).startsWith('Absatz') || visible(message.html).startsWith('Quelle')).toBe(true);
    }
    const all = messages.map((m) => visible(m.html)).join('\n\n');
    expect(all.match(/Absatz \d+\./g)).toHaveLength(30);
    expect(visible(messages.at(-1)!.html).endsWith('Quelle: Nukleare <Pläne> & Raketen (s2.p4)')).toBe(true);
    expect(messages.slice(0, -1).every((m) => !m.keyboard)).toBe(true);
    expect(messages.at(-1)!.keyboard).toEqual([[{ text: 'Quelle', callback_data: 'q|a' }]]);
  });

  it('cuts a single huge paragraph of escapable text without breaking an entity', () => {
    const messages = renderReply(reply([{ kind: 'text', text: '&'.repeat(9000) }]), 'en');
    expect(messages.every((m) => m.html.length <= 4096 && parseTelegramHtml(m.html).ok)).toBe(true);
    expect(messages.map((m) => visible(m.html)).join('').replace(/\n\nSource:.*$/, '')).toBe('&'.repeat(9000));
  });

  it('leaves out a button whose callback_data would pass 64 bytes', () => {
    const long = 'ä'.repeat(40);
    const [message] = renderReply(reply([{ kind: 'text', text: 'x' }], {
      buttons: [{ label: 'Mehr', action: { kind: 'section', articleId: long, sectionId: 's1' } }, { label: 'Quelle', action: { kind: 'source', articleId: 'ok' } }],
    }), 'de');
    expect(message!.keyboard).toEqual([[{ text: 'Quelle', callback_data: 'q|ok' }]]);
  });

  it('renders nothing for a silent reply', () => {
    expect(renderReply({ ...reply([{ kind: 'text', text: 'x' }]), silent: true }, 'de')).toEqual([]);
  });
});

describe('telegram commands and addressing', () => {
  it('generates only valid Telegram command names and maps them back', () => {
    expect(telegramCommandName('zurück')).toBe('zurueck');
    for (const menu of commandMenus()) {
      expect(menu.commands.every((c) => /^[a-z0-9_]{1,32}$/.test(c.command) && c.description.length <= 256)).toBe(true);
    }
  });

  it('finds a channel named by @username or id among the arguments', () => {
    expect(extractChannelRef('täglich 08:00 @eilkanal')).toEqual({ ref: '@eilkanal', rest: 'täglich 08:00' });
    expect(extractChannelRef('-1001234567890')).toEqual({ ref: '-1001234567890', rest: '' });
    expect(extractChannelRef('stündlich')).toBeNull();
  });

  it('reads a command and a mention from the text when a message carries no entities', () => {
    const group = { id: -100, type: 'supergroup' as const, title: 'G' };
    const bot = { id: 1, username: 'newsroom_bot' };
    expect(classifyMessage({ message_id: 1, date: 0, chat: group, text: '/frage@newsroom_bot Was bekommt Kim?' }, bot))
      .toMatchObject({ kind: 'command', name: 'frage', args: 'Was bekommt Kim?' });
    expect(classifyMessage({ message_id: 2, date: 0, chat: group, text: 'Sag mal @Newsroom_Bot, was bekommt Kim?' }, bot))
      .toEqual({ kind: 'question', text: 'Sag mal, was bekommt Kim?' });
    expect(classifyMessage({ message_id: 3, date: 0, chat: group, text: 'mail an kim@newsroom_bot.de' }, bot)).toEqual({ kind: 'ignore' });
  });

  it('maps an English command (/ask) to the catalogue name', () => {
    const message = { message_id: 1, date: 0, chat: { id: 5, type: 'private' as const, first_name: 'A' }, text: '/ask Was bekommt Kim?',
      entities: [{ type: 'bot_command' as const, offset: 0, length: 4 }] };
    expect(classifyMessage(message, { id: 1, username: 'b' })).toMatchObject({ kind: 'command', name: 'frage', args: 'Was bekommt Kim?' });
  });
});
