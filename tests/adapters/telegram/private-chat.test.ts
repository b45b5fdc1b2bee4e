import { afterEach, describe, expect, it } from 'vitest';
import { ANNA, JOHN, KIM_ANSWER, messageUpdate, settle, startHarness, visibleText, type Harness } from './harness.js';

let harness: Harness | undefined;
afterEach(async () => { await harness?.stop(); harness = undefined; });

const isSend = (chatId: number) => (call: { method: string; ok: boolean; payload: Record<string, unknown> }) =>
  call.method === 'sendMessage' && call.ok && call.payload['chat_id'] === chatId;

describe('telegram private chat (real grammY against the fake Bot API)', () => {
  it('fills the command menus from the catalogue, German by default and English for "en"', async () => {
    harness = await startHarness();
    const menus = harness.fake.callsTo('setMyCommands');
    expect(menus.every((call) => call.ok)).toBe(true);
    const everyoneDe = menus.find((call) => !call.payload['language_code'] && (call.payload['scope'] as { type: string }).type === 'default');
    const everyoneEn = menus.find((call) => call.payload['language_code'] === 'en' && (call.payload['scope'] as { type: string }).type === 'default');
    const names = (call: typeof everyoneDe) => (call?.payload['commands'] as { command: string }[]).map((c) => c.command);
    expect(names(everyoneDe)).toContain('frage');
    expect(names(everyoneDe)).not.toContain('abonnieren');
    expect(names(everyoneEn)).toContain('ask');
    const admins = menus.find((call) => (call.payload['scope'] as { type: string }).type === 'all_chat_administrators' && !call.payload['language_code']);
    expect(names(admins)).toEqual(expect.arrayContaining(['abonnieren', 'eilmeldung', 'frage']));
  });

  it('greets /start in German by default and in English for an English client', async () => {
    harness = await startHarness();
    harness.fake.pushUpdate(messageUpdate('/start', ANNA));
    const german = await harness.fake.waitForCall(isSend(ANNA.id));
    expect(visibleText(german)).toMatch(/^Hallo! Ich beantworte Fragen zum aktuellen Artikel/);
    harness.fake.pushUpdate(messageUpdate('/start', JOHN));
    const english = await harness.fake.waitForCall(isSend(JOHN.id));
    expect(visibleText(english)).toMatch(/^Hello! I answer questions about the current article/);
    expect(visibleText(english)).toContain('Putin'); // the article title stays German
  });

  it('answers a plain question with the quote, the citation line and both buttons', async () => {
    harness = await startHarness();
    harness.fake.pushUpdate(messageUpdate('Was bekommt Kim?', ANNA));
    const call = await harness.fake.waitForCall(isSend(ANNA.id));
    expect(harness.asked).toEqual(['Was bekommt Kim?']);
    expect(call.payload['parse_mode']).toBe('HTML');
    const text = visibleText(call);
    expect(text).toContain(KIM_ANSWER.text);
    expect(text.trim().split('\n').at(-1)).toBe('Quelle: Was bekommt Kim Jong Un von Wladimir Putin? (s1.p1)');
    const keyboard = (call.payload['reply_markup'] as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard;
    expect(keyboard.flat().map((button) => button.text)).toEqual(['Mehr aus diesem Abschnitt', 'Quelle']);
    expect(keyboard.flat().every((button) => Buffer.byteLength(button.callback_data) <= 64)).toBe(true);
  });

  it('keeps hostile text inert: tags, ampersands and Markdown arrive as literal text', async () => {
    harness = await startHarness();
    const hostile = '<b>fett</b> & <a href="x">link</a> *stern* _unter_ `code` &amp;';
    harness.fake.pushUpdate(messageUpdate(`/abschnitt ${hostile}`, ANNA));
    const call = await harness.fake.waitForCall((c) => c.method === 'sendMessage' && c.payload['chat_id'] === ANNA.id);
    expect(call.ok).toBe(true); // the fake parses the HTML as Telegram does
    expect(visibleText(call)).toContain(hostile);
    expect(String(call.payload['text'])).not.toContain('<b>fett');
  });

  it('lets a reader ask 5 questions in 30 s, then sends one polite notice and nothing more', async () => {
    harness = await startHarness();
    for (let i = 1; i <= 7; i++) harness.fake.pushUpdate(messageUpdate(`Frage Nummer ${i}?`, ANNA));
    await harness.fake.waitForCall((c) => isSend(ANNA.id)(c) && /warte/.test(visibleText(c)));
    await settle(harness.fake);
    const texts = harness.sent().map(visibleText);
    expect(texts.filter((text) => text.includes(KIM_ANSWER.text))).toHaveLength(5);
    expect(texts.filter((text) => /Du fragst gerade sehr schnell/.test(text))).toHaveLength(1);
    expect(texts).toHaveLength(6);
  });

  it('apologises in the user\'s language when answering fails, and keeps serving', async () => {
    let failures = 1;
    harness = await startHarness({ wrapCore: (core) => ({ ...core, handle: (incoming) => (failures-- > 0 ? Promise.reject(new Error('boom')) : core.handle(incoming)) }) });
    harness.fake.pushUpdate(messageUpdate('Was bekommt Kim?', JOHN));
    const apology = await harness.fake.waitForCall(isSend(JOHN.id));
    expect(visibleText(apology)).toBe('Something went wrong on my side. Please try again in a moment.');
    const mark = harness.fake.calls.length;
    harness.fake.pushUpdate(messageUpdate('Was bekommt Kim?', JOHN));
    const answer = await harness.fake.waitForCall(isSend(JOHN.id), { since: mark });
    expect(visibleText(answer)).toContain(KIM_ANSWER.text);
  });

  it('refuses an over-long question with the limit instead of answering it', async () => {
    harness = await startHarness();
    harness.fake.pushUpdate(messageUpdate(`Was ${'sehr '.repeat(150)}bekommt Kim?`, ANNA));
    const call = await harness.fake.waitForCall(isSend(ANNA.id));
    expect(visibleText(call)).toMatch(/zu lang/);
    expect(harness.asked).toEqual([]);
  });
});
