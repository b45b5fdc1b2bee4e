import { describe, expect, it } from 'vitest';
import { createBot, type ModeratorCommands } from '../../src/core/bot.js';
import type { Incoming } from '../../src/core/ports.js';
import { decodeButtonAction, encodeButtonAction, replyToPlainText, type Answer, type Reply } from '../../src/core/reply.js';
import { createFakeClock, createRecordingAnswerer, seedArticle, storiesOf } from '../helpers/stories.js';

const answered: Answer = {
  answered: true, text: 'Es ist unklar, was Kim Jong Un im Gegenzug erhalten haben könnte.', articleId: 'putin-kim-nordkorea', sectionId: 's1',
  citations: [{ id: 's1.p1', section: 'Was bekommt Kim Jong Un von Wladimir Putin?', text: 'Es ist unklar …' }],
};

function setup(options: { moderation?: ModeratorCommands; rate?: { count: number; windowMs: number } } = {}) {
  const answerer = createRecordingAnswerer(answered);
  const clock = createFakeClock();
  const bot = createBot({
    stories: storiesOf([seedArticle()], answerer), clock, moderation: options.moderation,
    questionMaxChars: 500, questionRate: options.rate,
  });
  return { bot, answerer, clock };
}

const from = (text: string, extra: Partial<Incoming> = {}): Incoming =>
  ({ platform: 'telegram', chatId: 'c1', userId: 'u1', locale: 'de', text, ...extra });
const plain = (reply: Reply) => replyToPlainText(reply);

describe('bot', () => {
  it('answers a plain question with the answer, its citations and the two buttons', async () => {
    const { bot, answerer } = setup();
    const reply = await bot.handle(from('  Was   bekommt Kim? '));
    expect(answerer.asked).toEqual(['Was bekommt Kim?']);
    expect(reply.answer?.answered).toBe(true);
    expect(reply.citations[0]?.id).toBe('s1.p1');
    expect(reply.buttons.map((button) => button.label)).toEqual(['Mehr aus diesem Abschnitt', 'Quelle']);
  });

  it('hands the answerer the last answered exchange of the same reader in the same chat, for a follow-up', async () => {
    const { bot, answerer } = setup();
    await bot.handle(from('Wer leitet die Druckerei?'));
    await bot.handle(from('Und wie alt ist sie?'));
    await bot.handle(from('Und wie alt ist sie?', { userId: 'u2' }));
    await bot.handle(from('Und wie alt ist sie?', { chatId: 'c2' }));
    expect(answerer.previous).toEqual([undefined, { question: 'Wer leitet die Druckerei?', answer: answered.text }, undefined, undefined]);
  });

  it('treats /frage like a plain question and refuses an empty one with an example', async () => {
    const { bot, answerer } = setup();
    await bot.handle(from('/frage Was bekommt Kim?'));
    expect(answerer.asked).toEqual(['Was bekommt Kim?']);
    const empty = await bot.handle(from('/frage'));
    expect(plain(empty)).toContain('Bitte stelle eine Frage');
    expect(empty.ephemeral).toBe(true);
  });

  it('refuses an overlong question, naming its length and the limit, without asking the answerer', async () => {
    const { bot, answerer } = setup();
    const reply = await bot.handle(from('Warum '.repeat(2200)));
    expect(plain(reply)).toMatch(/zu lang \(13199 Zeichen\).*500/);
    expect(answerer.asked).toEqual([]);
  });

  it('refuses punctuation-only or blank input politely', async () => {
    const { bot } = setup();
    expect(plain(await bot.handle(from('   ')))).toContain('Bitte stelle eine Frage');
    expect(plain(await bot.handle(from('?!…')))).toContain('Bitte stelle eine Frage');
  });

  it('refuses moderator commands to non-moderators and never runs them', async () => {
    const ran: string[] = [];
    const moderation: ModeratorCommands = { run: async (command) => { ran.push(command.name); return { blocks: [], citations: [], buttons: [] }; } };
    const { bot } = setup({ moderation });
    const refused = await bot.handle(from('/abonnieren täglich 08:00'));
    expect(plain(refused)).toContain('nur Moderatorinnen und Moderatoren');
    expect(ran).toEqual([]);
    await bot.handle(from('/abonnieren täglich 08:00', { isModerator: true }));
    expect(ran).toEqual(['abonnieren']);
  });

  it('answers an unknown command with a pointer to /hilfe', async () => {
    const { bot } = setup();
    expect(plain(await bot.handle(from('/foo bar')))).toContain('„/foo“ kenne ich nicht');
  });

  it('lists sections and shows one by number or by part of its title', async () => {
    const { bot } = setup();
    expect(plain(await bot.handle(from('/abschnitte')))).toContain('2. Was bekommt Kim Jong Un von Wladimir Putin?');
    const byNumber = await bot.handle(from('/abschnitt 2'));
    expect(byNumber.citations.map((c) => c.id)).toContain('s1.b3');
    const byTitle = await bot.handle(from('/abschnitt was bekommt kim'));
    expect(byTitle.citations.map((c) => c.id)).toEqual(byNumber.citations.map((c) => c.id));
    expect(plain(await bot.handle(from('/abschnitt 9')))).toContain('Einen Abschnitt „9“ gibt es nicht');
  });

  it('names source, agency and photo credit on /quelle', async () => {
    const { bot } = setup();
    const text = plain(await bot.handle(from('/quelle')));
    expect(text).toContain('news.de/dpa');
    expect(text).toContain('picture alliance/dpa/KCNA/KNS');
  });

  it('summarises with the headline and the teaser, and greets in English for an English client', async () => {
    const { bot } = setup();
    const summary = plain(await bot.handle(from('/zusammenfassung')));
    expect(summary).toContain('So gefährlich ist Putins Waffen-Deal');
    const start = plain(await bot.handle(from('/start', { locale: 'en' })));
    expect(start).toContain('Hello!');
    expect(start).toContain('/frage Was bekommt Kim?');
  });

  it('shows moderator commands in /hilfe only to moderators', async () => {
    const { bot } = setup();
    expect(plain(await bot.handle(from('/hilfe')))).not.toContain('/abonnieren');
    expect(plain(await bot.handle(from('/hilfe', { isModerator: true })))).toContain('/abonnieren');
  });

  it('limits questions per user: a notice once, then silence, then answers again after the window', async () => {
    const { bot, clock } = setup({ rate: { count: 2, windowMs: 30_000 } });
    await bot.handle(from('Frage eins?'));
    await bot.handle(from('Frage zwei?'));
    expect(plain(await bot.handle(from('Frage drei?')))).toContain('Bitte warte 30 Sekunden');
    expect((await bot.handle(from('Frage vier?'))).silent).toBe(true);
    expect((await bot.handle(from('Andere Person?', { userId: 'u2' }))).answer).toBeDefined();
    clock.advance(30_001);
    expect((await bot.handle(from('Frage fünf?'))).answer).toBeDefined();
  });

  it('opens the section and the source from button actions that survive encoding', async () => {
    const { bot } = setup();
    const reply = await bot.handle(from('Was bekommt Kim?'));
    const [more, source] = reply.buttons.map((button) => decodeButtonAction(encodeButtonAction(button.action)));
    expect(Buffer.byteLength(encodeButtonAction(reply.buttons[0]!.action))).toBeLessThanOrEqual(64);
    expect((await bot.press(more!, from(''))).citations.map((c) => c.id)).toContain('s1.b5');
    expect(plain(await bot.press(source!, from('')))).toContain('news.de/dpa');
    expect(decodeButtonAction('garbage')).toBeNull();
  });

  it('suggests sections and questions matching what the user typed, within 100 chars', async () => {
    const { bot } = setup();
    expect(bot.suggest('section', 'kim', 25)).toEqual(['2. Was bekommt Kim Jong Un von Wladimir Putin?']);
    expect(bot.suggest('question', 'weltraum', 25)).toEqual(['Was ist das Ziel des Weltraumprogramms?']);
  });
});
