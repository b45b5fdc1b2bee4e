/**
 * The platform-neutral reply the core returns. Adapters render it: Telegram HTML,
 * Discord embeds, console text. Text here is plain (never markup); adapters escape.
 */

/** A passage an answer quotes, so a reader can check it. */
export interface Citation {
  /** Passage id, e.g. `s1.p1`; `title`, `teaser`, `image` or `source` for article metadata. */
  id: string;
  /** Section title the passage belongs to ("Einleitung" for the lead). */
  section: string;
  /** The passage text, verbatim from the article. */
  text: string;
}

/** The result of question answering: extractive text plus its citations. */
export interface Answer {
  answered: boolean;
  /** Plain text: quoted sentences from the article, possibly after one short framing line. */
  text: string;
  citations: Citation[];
  /** Article the answer comes from, when one was chosen. */
  articleId?: string;
  /** Section id the answer comes from (for "Mehr aus diesem Abschnitt"). */
  sectionId?: string;
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; items: string[] };

/** Button actions; `data` is compact (<= 64 bytes as Telegram callback_data). */
export type ButtonAction =
  | { kind: 'section'; articleId: string; sectionId: string }
  | { kind: 'source'; articleId: string };

export interface Button {
  /** Label in the reply's locale, e.g. "Mehr aus diesem Abschnitt". */
  label: string;
  action: ButtonAction;
}

export interface Reply {
  blocks: Block[];
  citations: Citation[];
  buttons: Button[];
  /** Only the asker should see it (Discord ephemeral); errors and refusals. */
  ephemeral?: boolean;
  /** Set when the reply answers a question (for metrics, JSON output). */
  answer?: Answer;
  /** Nothing to send (e.g. a group message not meant for the bot). */
  silent?: boolean;
}

/** A reply of one plain text block (notices, errors, confirmations); `ephemeral` shows it to the asker only. */
export function textReply(text: string, ephemeral = false): Reply {
  return { blocks: [{ kind: 'text', text }], citations: [], buttons: [], ephemeral };
}

const SEPARATOR = '|';

/** Encodes a button action into a short string (`s|<article>|<section>`), <= 64 bytes for ids <= 50 chars. */
export function encodeButtonAction(action: ButtonAction): string {
  return action.kind === 'section'
    ? ['s', action.articleId, action.sectionId].join(SEPARATOR)
    : ['q', action.articleId].join(SEPARATOR);
}

/** Decodes what `encodeButtonAction` wrote; null for anything else (never throws). */
export function decodeButtonAction(data: string): ButtonAction | null {
  const [kind, articleId, sectionId] = data.split(SEPARATOR);
  if (!articleId) return null;
  if (kind === 's' && sectionId) return { kind: 'section', articleId, sectionId };
  if (kind === 'q') return { kind: 'source', articleId };
  return null;
}

/** Plain-text rendering of blocks (console, logs, tests). */
export function replyToPlainText(reply: Reply): string {
  const lines = reply.blocks.map((block) => {
    switch (block.kind) {
      case 'heading': return block.text;
      case 'text': return block.text;
      case 'quote': return `„${block.text}“`;
      case 'list': return block.items.map((item) => `• ${item}`).join('\n');
    }
  });
  const cites = reply.citations.length > 0
    ? [`Quelle: ${[...new Set(reply.citations.map((c) => c.section))].join('; ')} (${reply.citations.map((c) => c.id).join(', ')})`]
    : [];
  return [...lines, ...cites].join('\n\n');
}
