/**
 * Parses Telegram's HTML parse mode the way the Bot API documents it
 * (https://core.telegram.org/bots/api#html-style): only the listed tags, only
 * `&lt; &gt; &amp; &quot;` and numeric entities, tags properly nested. Returns the
 * visible text (whose length Telegram limits to 4096) or the error Telegram would give.
 */

const ALLOWED_TAGS = new Set([
  'b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler',
  'a', 'tg-emoji', 'code', 'pre', 'blockquote',
]);
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

export type HtmlParse = { ok: true; text: string } | { ok: false; error: string };

function attributesOk(tag: string, attrs: string): string | null {
  const pairs = [...attrs.matchAll(/([a-z-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/gi)];
  const names = pairs.map((pair) => pair[1]?.toLowerCase());
  const rest = attrs.replace(/([a-z-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/gi, '').trim();
  if (rest) return `can't parse attributes of tag "${tag}"`;
  if (tag === 'a') return names.length === 1 && names[0] === 'href' ? null : 'tag "a" must have exactly one href';
  if (tag === 'span') return /class\s*=\s*["']?tg-spoiler/.test(attrs) ? null : 'tag "span" must have class "tg-spoiler"';
  if (tag === 'tg-emoji') return names.includes('emoji-id') ? null : 'tag "tg-emoji" must have emoji-id';
  if (tag === 'blockquote') return names.every((name) => name === 'expandable') ? null : 'unsupported attribute of "blockquote"';
  if (tag === 'code' || tag === 'pre') return names.every((name) => name === 'class') ? null : `unsupported attribute of "${tag}"`;
  return names.length === 0 ? null : `unsupported attribute of "${tag}"`;
}

/** Parses `html` as Telegram would; `ok: false` carries a "can't parse entities" reason. */
export function parseTelegramHtml(html: string): HtmlParse {
  const stack: string[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const char = html[i]!;
    if (char === '<') {
      const end = html.indexOf('>', i);
      if (end < 0) return { ok: false, error: `Unclosed start tag at byte offset ${i}` };
      const inner = html.slice(i + 1, end);
      const closing = inner.startsWith('/');
      const match = /^\/?([a-z-]+)([\s\S]*)$/i.exec(inner);
      if (!match) return { ok: false, error: `Unsupported start tag "${inner}" at byte offset ${i}` };
      const tag = match[1]!.toLowerCase();
      if (!ALLOWED_TAGS.has(tag)) return { ok: false, error: `Unsupported start tag "${tag}" at byte offset ${i}` };
      if (closing) {
        if (match[2]!.trim()) return { ok: false, error: `Unexpected end tag attributes at byte offset ${i}` };
        if (stack.pop() !== tag) return { ok: false, error: `Unmatched end tag at byte offset ${i}, expected end of other tag` };
      } else {
        const problem = attributesOk(tag, match[2]!);
        if (problem) return { ok: false, error: problem };
        stack.push(tag);
      }
      i = end + 1;
      continue;
    }
    if (char === '>') return { ok: false, error: `Unexpected ">" at byte offset ${i}` };
    if (char === '&') {
      const entity = /^&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/i.exec(html.slice(i, i + 12));
      if (!entity) return { ok: false, error: `Unescaped "&" at byte offset ${i}` };
      const body = entity[1]!;
      if (body.startsWith('#')) {
        const code = body[1]?.toLowerCase() === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        if (!Number.isFinite(code) || code > 0x10ffff) return { ok: false, error: `Bad numeric entity at byte offset ${i}` };
        text += String.fromCodePoint(code);
      } else {
        const named = NAMED_ENTITIES[body.toLowerCase()];
        if (named === undefined) return { ok: false, error: `Unsupported entity "&${body};" at byte offset ${i}` };
        text += named;
      }
      i += entity[0].length;
      continue;
    }
    text += char;
    i += 1;
  }
  if (stack.length > 0) return { ok: false, error: `Can't find end tag corresponding to start tag "${stack.at(-1)}"` };
  return { ok: true, text };
}
