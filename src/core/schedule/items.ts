/**
 * Breaking items from articles: the headline item (kicker, title, teaser, source), then one
 * item per bullet, in reading order. Ids are content hashes, so re-reading an unchanged
 * article yields the same ids (no re-post) and an edited bullet yields a new one.
 */
import { createHash } from 'node:crypto';
import { allPassages, attribution, headline, type Article } from '../article.js';
import { message } from '../messages.js';
import type { Locale } from '../ports.js';
import type { Reply } from '../reply.js';
import type { BreakingItem } from './store-port.js';

/** Hex chars kept of the sha256 hash in an item id (80 bits: no collisions in practice). */
const HASH_CHARS = 20;

function hash(parts: readonly (string | null)[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, HASH_CHARS);
}

/** The article's breaking items in order; `createdAt` is the caller's now (epoch ms). */
export function itemsFromArticle(article: Article, createdAt: number): BreakingItem[] {
  const source = attribution(article);
  const head: BreakingItem = {
    id: `a${hash([article.id, 'headline', headline(article), article.teaser])}`,
    articleId: article.id, origin: 'article', title: headline(article),
    text: article.teaser ?? article.title, source, createdAt,
  };
  const bullets = allPassages(article).filter((passage) => passage.kind === 'bullet').map((passage): BreakingItem => ({
    id: `a${hash([article.id, 'bullet', passage.text])}`,
    articleId: article.id, origin: 'article', title: article.title, text: passage.text, source, createdAt,
  }));
  const seen = new Set<string>();
  return [head, ...bullets].filter((item) => !seen.has(item.id) && seen.add(item.id));
}

/** A moderator's own item; unique per author and moment, so the same text may be sent twice. */
export function moderatorItem(text: string, author: string, createdAt: number): BreakingItem {
  return {
    id: `m${hash([author, String(createdAt), text])}`,
    articleId: null, origin: 'moderator', title: null, text: text.trim(), source: null, createdAt,
  };
}

/** The item as a platform-neutral post: "Eilmeldung: headline", the text, the attribution line. */
export function itemReply(item: BreakingItem, locale: Locale = 'de'): Reply {
  const label = message(locale, 'breaking.label');
  const blocks: Reply['blocks'] = [{ kind: 'heading', text: item.title ? `${label}: ${item.title}` : label }, { kind: 'text', text: item.text }];
  if (item.source) blocks.push({ kind: 'text', text: message(locale, 'breaking.source', { source: item.source }) });
  return { blocks, citations: [], buttons: [] };
}
