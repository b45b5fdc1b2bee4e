/**
 * Reply -> Telegram HTML. Every piece of text is escaped (`< > &`), so a question holding
 * `<b>`, `&` or Markdown can never break the message; only our own tags reach Telegram.
 * Long replies are split below Telegram's 4096-char limit at paragraph boundaries, with
 * the citation line in the last message and the buttons under it.
 */
import { encodeButtonAction, type Block, type Reply } from '../../core/reply.js';
import { message } from '../../core/messages.js';
import type { Locale } from '../../core/ports.js';

/** Telegram's limit on a message text, in chars (UTF-16 units after entity parsing). */
export const TELEGRAM_TEXT_LIMIT = 4096;
/** Our budget per message, in chars of the HTML source; below the limit so markup never tips it over. */
export const MESSAGE_BUDGET = 4000;
/** Telegram's limit on callback_data, in bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;

export interface InlineButton {
  text: string;
  callback_data: string;
}

/** One Telegram message: HTML text, and the inline keyboard of the last message. */
export interface RenderedMessage {
  html: string;
  keyboard?: InlineButton[][];
}

/** Escapes the three characters Telegram's HTML parse mode needs escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

type Wrap = (escaped: string) => string;
const plain: Wrap = (s) => s;
const bold: Wrap = (s) => `<b>${s}</b>`;
const italic: Wrap = (s) => `<i>${s}</i>`;
const quote: Wrap = (s) => `<i>„${s}“</i>`;

/** Splits plain `text` into pieces whose escaped, wrapped form fits `budget` chars. */
function splitPlain(text: string, wrap: Wrap, budget: number): string[] {
  const fits = (piece: string) => wrap(escapeHtml(piece)).length <= budget;
  if (fits(text)) return [text];
  // Prefer line breaks, then sentence ends, then spaces, then code points.
  const separators = [/(?<=\n)/, /(?<=[.!?…“"])\s+/, /(?<=\s)/];
  for (const separator of separators) {
    const parts = text.split(separator).filter((part) => part.length > 0);
    if (parts.length > 1) return pack(parts, wrap, budget);
  }
  const pieces: string[] = [];
  let current = '';
  for (const char of text) {
    if (!fits(current + char)) { pieces.push(current); current = ''; }
    current += char;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Greedily joins parts (re-splitting any that alone are too long) into fitting pieces. */
function pack(parts: string[], wrap: Wrap, budget: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const part of parts) {
    const joined = current ? `${current}${/\s$/.test(current) ? '' : ' '}${part}` : part;
    if (wrap(escapeHtml(joined)).length <= budget) { current = joined; continue; }
    if (current) pieces.push(current.trimEnd());
    const sub = splitPlain(part, wrap, budget);
    current = sub.pop() ?? '';
    pieces.push(...sub.map((piece) => piece.trimEnd()));
  }
  if (current.trim()) pieces.push(current.trimEnd());
  return pieces.filter((piece) => piece.trim().length > 0);
}

function renderBlock(block: Block, budget: number): string[] {
  const empty = block.kind === 'list' ? block.items.every((item) => !item.trim()) : !block.text.trim();
  if (empty) return [];
  switch (block.kind) {
    case 'heading': return splitPlain(block.text, bold, budget).map((p) => bold(escapeHtml(p)));
    case 'text': return splitPlain(block.text, plain, budget).map((p) => escapeHtml(p));
    case 'quote': return splitPlain(block.text, quote, budget).map((p) => quote(escapeHtml(p)));
    case 'list': {
      const text = block.items.filter((item) => item.trim()).map((item) => `• ${item}`).join('\n');
      return splitPlain(text, plain, budget).map((p) => escapeHtml(p));
    }
  }
}

/** The citation line: "Quelle: Abschnitt; Abschnitt (s1.p1, s2.p3)", italic. */
export function citationLine(reply: Reply, locale: Locale): string | null {
  if (reply.citations.length === 0) return null;
  const sections = [...new Set(reply.citations.map((c) => c.section))].join('; ');
  const ids = [...new Set(reply.citations.map((c) => c.id))].join(', ');
  const text = `${message(locale, 'citation.label')}: ${sections} (${ids})`;
  return italic(escapeHtml(text.length > 1000 ? `${text.slice(0, 999)}…` : text));
}

/** The inline keyboard for the reply's buttons; a button whose data would pass 64 bytes is left out. */
export function renderKeyboard(reply: Reply): InlineButton[][] | undefined {
  const row = reply.buttons
    .map((button) => ({ text: button.label.slice(0, 64), callback_data: encodeButtonAction(button.action) }))
    .filter((button) => {
      const bytes = Buffer.byteLength(button.callback_data, 'utf8');
      return bytes >= 1 && bytes <= CALLBACK_DATA_MAX_BYTES && button.text.trim().length > 0;
    });
  return row.length > 0 ? [row] : undefined;
}

/**
 * Renders a reply as one or more Telegram HTML messages, each <= `budget` chars of HTML
 * (so always < 4096 after parsing). Empty and silent replies render to no messages.
 */
export function renderReply(reply: Reply, locale: Locale, budget = MESSAGE_BUDGET): RenderedMessage[] {
  if (reply.silent) return [];
  const paragraphs = reply.blocks.flatMap((block) => renderBlock(block, budget));
  const citation = citationLine(reply, locale);
  if (citation) paragraphs.push(citation);
  if (paragraphs.length === 0) return [];
  const messages: string[] = [];
  let current = '';
  for (const paragraph of paragraphs) {
    const joined = current ? `${current}\n\n${paragraph}` : paragraph;
    if (joined.length <= budget) { current = joined; continue; }
    messages.push(current);
    current = paragraph;
  }
  if (current) messages.push(current);
  const keyboard = renderKeyboard(reply);
  return messages.map((html, index) => (index === messages.length - 1 && keyboard ? { html, keyboard } : { html }));
}
