/**
 * Inline mode (`@bot Was bekommt Kim`): the core's best answers as article results. Each
 * result, when picked, posts the question, the quoted answer and its citation line.
 */
import type { InlineQueryResultArticle } from 'grammy/types';
import type { Locale } from '../../core/ports.js';
import type { Answer, Reply } from '../../core/reply.js';
import { renderReply } from './html.js';

/** Most results we offer (Telegram allows 50; a reader wants a few). */
export const INLINE_RESULTS_MAX = 5;

const clip = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

/** Article results for `answers` (answered ones first; one abstention when none answered). */
export function inlineResults(question: string, answers: readonly Answer[], locale: Locale): InlineQueryResultArticle[] {
  const answered = answers.filter((answer) => answer.answered && answer.text.trim());
  const shown = (answered.length > 0 ? answered : answers.filter((answer) => answer.text.trim()).slice(0, 1)).slice(0, INLINE_RESULTS_MAX);
  return shown.flatMap((answer, index) => {
    const reply: Reply = {
      blocks: [{ kind: 'heading', text: clip(question, 300) }, { kind: 'text', text: answer.text }],
      citations: answer.citations,
      buttons: [],
    };
    const [first] = renderReply(reply, locale);
    if (!first) return [];
    const section = answer.citations[0]?.section;
    return [{
      type: 'article',
      id: `${index}`,
      title: clip(answer.text.replace(/\s+/g, ' ').trim(), 120),
      ...(section ? { description: clip(section, 120) } : {}),
      input_message_content: { message_text: first.html, parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
    }];
  });
}
