/**
 * Reply -> Discord message payload: one embed within every embed limit, the citation in
 * the footer, buttons as components, and allowed_mentions that let nothing ping.
 * Pure data (API JSON), so REST posts and interaction replies share it.
 */
import { message } from '../../core/messages.js';
import type { Locale } from '../../core/ports.js';
import { encodeButtonAction, type Block, type Reply } from '../../core/reply.js';

/** Discord's embed limits in chars (docs: "Embed Limits"). */
export const EMBED_LIMITS = { title: 256, description: 4096, footer: 2048, total: 6000 } as const;
/** Max chars of a button label and a custom_id. */
const BUTTON_LABEL_MAX = 80;
const CUSTOM_ID_MAX = 100;
/** Buttons per action row, rows per message. */
const BUTTONS_PER_ROW = 5;
const ROWS_MAX = 5;
/** Embed side colour (a newsroom red). */
const EMBED_COLOUR = 0xc8102e;
/** MessageFlags.Ephemeral. */
export const EPHEMERAL_FLAG = 64;

/** Nobody, no role and no @everyone can be pinged by anything we send. */
export const NO_MENTIONS = { parse: [] as string[], replied_user: false };

export interface EmbedJson {
  title?: string;
  description?: string;
  color: number;
  footer?: { text: string };
}

export interface ButtonJson { type: 2; style: 2; label: string; custom_id: string }
export interface ActionRowJson { type: 1; components: ButtonJson[] }

/** Body of a channel message or interaction response (API field names). */
export interface MessageJson {
  content?: string;
  embeds: EmbedJson[];
  components: ActionRowJson[];
  allowed_mentions: typeof NO_MENTIONS;
  flags?: number;
}

/** Cuts `text` to `max` chars, ending with "…" when cut (never splits a surrogate pair). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, Math.max(0, max));
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * Defuses the markdown that would restyle or disguise plain text: doubled markers
 * (`**`, `__`, `~~`, `||` spoilers), backticks, masked links `[text](url)` and mention
 * syntax. Single `*`, `_`, `|` stay as written, so quoted article text (a cron "0 * * * *",
 * a photo credit "dpa | Uncredited") reads exactly as in the article. allowed_mentions is
 * the real guard against pings; this keeps the text looking like what was written.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\(?=[*_~|`\\])/g, '\\\\')
    .replace(/(\*\*|__|~~|\|\|)/g, (pair: string) => `\\${pair[0]}\\${pair[1]}`)
    .replace(/`/g, '\\`')
    .replace(/\]\(/g, ']\u200b(')
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d+)>/g, '<$1\u200b$2>');
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading': return `**${escapeText(block.text)}**`;
    case 'text': return escapeText(block.text);
    case 'quote': return escapeText(block.text).split('\n').map((line) => `> ${line}`).join('\n');
    case 'list': return block.items.map((item) => `• ${escapeText(item)}`).join('\n');
  }
}

/** "Quelle: Abschnitt A; Abschnitt B (s1.p1, s2.b3)" or undefined without citations. */
export function citationFooter(reply: Reply, locale: Locale): string | undefined {
  if (reply.citations.length === 0) return undefined;
  const sections = [...new Set(reply.citations.map((c) => c.section))].join('; ');
  const ids = reply.citations.map((c) => c.id).join(', ');
  return clip(`${message(locale, 'citation.label')}: ${sections} (${ids})`, EMBED_LIMITS.footer);
}

/** Joins blocks paragraph by paragraph, stopping before `max` chars with "…". */
function joinBlocks(parts: string[], max: number): string {
  let out = '';
  for (const part of parts) {
    const next = out ? `${out}\n\n${part}` : part;
    if (next.length <= max) { out = next; continue; }
    return out ? clip(`${out}\n\n…`, max) : clip(part, max);
  }
  return out;
}

/** Renders the reply's blocks as one embed that respects every limit, including the 6000 total. */
export function renderEmbed(reply: Reply, locale: Locale): EmbedJson {
  const blocks = [...reply.blocks];
  const first = blocks[0];
  const title = first?.kind === 'heading' ? clip(first.text, EMBED_LIMITS.title) : undefined;
  if (title !== undefined) blocks.shift();
  const footer = citationFooter(reply, locale);
  const room = Math.min(EMBED_LIMITS.description, EMBED_LIMITS.total - (title?.length ?? 0) - (footer?.length ?? 0));
  const description = joinBlocks(blocks.map(blockText).filter((text) => text.length > 0), room);
  const embed: EmbedJson = { color: EMBED_COLOUR };
  if (title) embed.title = title;
  if (description) embed.description = description;
  if (footer) embed.footer = { text: footer };
  if (!embed.title && !embed.description) embed.description = '…';
  return embed;
}

/** Buttons as action rows; custom_id is the core's encoded action. */
export function renderComponents(reply: Reply): ActionRowJson[] {
  const buttons: ButtonJson[] = reply.buttons
    .map((button) => ({ type: 2 as const, style: 2 as const, label: clip(button.label, BUTTON_LABEL_MAX), custom_id: encodeButtonAction(button.action) }))
    .filter((button) => button.custom_id.length <= CUSTOM_ID_MAX && button.label.length > 0);
  const rows: ActionRowJson[] = [];
  for (let i = 0; i < buttons.length && rows.length < ROWS_MAX; i += BUTTONS_PER_ROW) {
    rows.push({ type: 1, components: buttons.slice(i, i + BUTTONS_PER_ROW) });
  }
  return rows;
}

/** The whole message body for a reply; `ephemeral` adds the flag (interactions only). */
export function renderMessage(reply: Reply, locale: Locale, options: { ephemeral?: boolean } = {}): MessageJson {
  const body: MessageJson = {
    embeds: [renderEmbed(reply, locale)],
    components: renderComponents(reply),
    allowed_mentions: NO_MENTIONS,
  };
  if (options.ephemeral ?? reply.ephemeral) body.flags = EPHEMERAL_FLAG;
  return body;
}
