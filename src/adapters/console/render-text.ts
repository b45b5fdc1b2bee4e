/** Console rendering of a Reply: plain text with the citation line, and the JSON shape of `ask --json`. */
import type { Answer, Citation, Reply } from '../../core/reply.js';
import { replyToPlainText } from '../../core/reply.js';

/** Text for the terminal; buttons are shown as the commands that do the same. */
export function renderReplyText(reply: Reply): string {
  return replyToPlainText(reply);
}

/** Answers whose JSON is remembered, by text: `ask --stdin` prints the same answer (often an abstention) again and again. */
const JSON_MEMO = 256;
const jsonByText = new Map<string, { answered: boolean; citations: readonly Citation[]; json: string }>();

function sameCitations(a: readonly Citation[], b: readonly Citation[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.id !== b[i]!.id || a[i]!.section !== b[i]!.section || a[i]!.text !== b[i]!.text) return false;
  return true;
}

/** The documented `ask --json` object: `{answered, text, citations: [{id, section, text}]}`. */
export function answerToJson(answer: Answer): string {
  const known = jsonByText.get(answer.text);
  if (known && known.answered === answer.answered && sameCitations(known.citations, answer.citations)) return known.json;
  const citations = answer.citations.map(({ id, section, text }) => ({ id, section, text }));
  const json = JSON.stringify({ answered: answer.answered, text: answer.text, citations });
  if (jsonByText.size >= JSON_MEMO) jsonByText.clear();
  jsonByText.set(answer.text, { answered: answer.answered, citations, json });
  return json;
}
