import { afterEach, describe, expect, it } from 'vitest';
import { encodeButtonAction } from '../../../src/core/reply.js';
import { parseTelegramHtml } from '../../fakes/telegram-html.js';
import { ANNA, ARTICLE_ID, GROUP, JOHN, KIM_ANSWER, messageUpdate, settle, startHarness, visibleText, type Harness } from './harness.js';

let harness: Harness | undefined;
afterEach(async () => { await harness?.stop(); harness = undefined; });

const toGroup = (call: { method: string; ok: boolean; payload: Record<string, unknown> }) =>
  call.method === 'sendMessage' && call.ok && call.payload['chat_id'] === GROUP.id;

describe('telegram groups', () => {
  it('answers a question that mentions the bot, as a reply, without the mention', async () => {
    harness = await startHarness();
    const update = messageUpdate(`@${harness.fake.botUser.username} Was bekommt Kim?`, ANNA, GROUP);
    harness.fake.pushUpdate(update);
    const call = await harness.fake.waitForCall(toGroup);
    expect(harness.asked).toEqual(['Was bekommt Kim?']);
    expect(visibleText(call)).toContain(KIM_ANSWER.text);
    expect(call.payload['reply_parameters']).toMatchObject({ message_id: update.message.message_id });
  });

  it('answers a reply to one of its own messages', async () => {
    harness = await startHarness();
    const botMessage = { message_id: 1, date: 0, chat: GROUP, from: harness.fake.botUser, text: 'Vorige Antwort' };
    harness.fake.pushUpdate(messageUpdate('Und was bekommt Putin?', ANNA, GROUP, { reply_to_message: botMessage }));
    await harness.fake.waitForCall(toGroup);
    expect(harness.asked).toEqual(['Und was bekommt Putin?']);
  });

  it('stays silent on group talk meant for someone else', async () => {
    harness = await startHarness();
    const johnsMessage = { message_id: 2, date: 0, chat: GROUP, from: { id: JOHN.id, is_bot: false, first_name: 'John' }, text: 'Hi' };
    const ids = [
      harness.fake.pushUpdate(messageUpdate('Was bekommt Kim?', ANNA, GROUP)),
      harness.fake.pushUpdate(messageUpdate('Was meinst du, @john?', ANNA, GROUP)),
      harness.fake.pushUpdate(messageUpdate('Stimmt, Kim bekommt etwas', ANNA, GROUP, { reply_to_message: johnsMessage })),
      harness.fake.pushUpdate(messageUpdate('/frage@other_quiz_bot Was bekommt Kim?', ANNA, GROUP)),
      harness.fake.pushUpdate(messageUpdate('/quiz starten', ANNA, GROUP)),
    ];
    await harness.waitHandled(ids);
    await settle(harness.fake);
    expect(harness.sent()).toEqual([]);
    expect(harness.asked).toEqual([]);
  });

  it('takes /frage in a group, also addressed as /frage@bot', async () => {
    harness = await startHarness();
    harness.fake.pushUpdate(messageUpdate(`/frage@${harness.fake.botUser.username} Was bekommt Kim?`, ANNA, GROUP));
    await harness.fake.waitForCall(toGroup);
    expect(harness.asked).toEqual(['Was bekommt Kim?']);
  });
});

describe('telegram buttons and inline mode', () => {
  it('answers every button press and sends the section for "Mehr aus diesem Abschnitt"', async () => {
    harness = await startHarness();
    const data = encodeButtonAction({ kind: 'section', articleId: ARTICLE_ID, sectionId: 's1' });
    const message = { message_id: 7, date: 0, chat: { id: ANNA.id, type: 'private' }, from: harness.fake.botUser, text: 'Antwort' };
    harness.fake.pushUpdate({ callback_query: { id: 'cb-1', from: { id: ANNA.id, is_bot: false, first_name: 'Anna' }, chat_instance: 'x', data, message } });
    const answered = await harness.fake.waitForCall((c) => c.method === 'answerCallbackQuery');
    expect(answered.ok).toBe(true);
    expect(answered.payload['callback_query_id']).toBe('cb-1');
    const section = await harness.fake.waitForCall((c) => c.method === 'sendMessage' && c.payload['chat_id'] === ANNA.id);
    expect(section.ok).toBe(true);
    expect(visibleText(section).length).toBeGreaterThan(50);
  });

  it('answers a press with unknown data too, and sends nothing', async () => {
    harness = await startHarness();
    const id = harness.fake.pushUpdate({ callback_query: { id: 'cb-2', from: { id: ANNA.id, is_bot: false, first_name: 'Anna' }, chat_instance: 'x', data: 'garbage' } });
    await harness.fake.waitForCall((c) => c.method === 'answerCallbackQuery' && c.payload['callback_query_id'] === 'cb-2');
    await harness.waitHandled([id]);
    await settle(harness.fake);
    expect(harness.sent()).toEqual([]);
  });

  it('answers "@bot Was bekommt Kim" inline with at most 5 valid HTML results', async () => {
    harness = await startHarness();
    harness.fake.pushUpdate({ inline_query: { id: 'iq-1', from: { id: JOHN.id, is_bot: false, first_name: 'John', language_code: 'en' }, query: 'Was bekommt Kim', offset: '' } });
    const call = await harness.fake.waitForCall((c) => c.method === 'answerInlineQuery');
    expect(call.ok).toBe(true);
    expect(harness.asked).toEqual(['Was bekommt Kim']);
    const results = call.payload['results'] as { title: string; input_message_content: { message_text: string } }[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(5);
    const parsed = parseTelegramHtml(results[0]!.input_message_content.message_text);
    expect(parsed.ok && parsed.text).toContain(KIM_ANSWER.text);
    expect(parsed.ok && parsed.text).toContain('Source: Was bekommt Kim Jong Un'); // English framing, German article text
  });
});
