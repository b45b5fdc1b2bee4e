/** Console rendering of a Reply: plain text with the citation line, and the JSON shape of `ask --json`. */
import type { Answer, Reply } from '../../core/reply.js';
import { replyToPlainText } from '../../core/reply.js';

/** Text for the terminal; buttons are shown as the commands that do the same. */
export function renderReplyText(reply: Reply): string {
  return replyToPlainText(reply);
}

/** The documented `ask --json` object: `{answered, text, citations: [{id, section, text}]}`. */
export function answerToJson(answer: Answer): string {
  return JSON.stringify({
    answered: answer.answered,
    text: answer.text,
    citations: answer.citations.map(({ id, section, text }) => ({ id, section, text })),
  });
}
