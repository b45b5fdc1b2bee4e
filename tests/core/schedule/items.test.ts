import { describe, expect, it } from 'vitest';
import { itemReply, itemsFromArticle, moderatorItem } from '../../../src/core/schedule/items.js';
import { replyToPlainText } from '../../../src/core/reply.js';
import { seedArticle } from '../../helpers/stories.js';

describe('breaking items from an article', () => {
  it('yields the headline item first, then one item per bullet, in reading order', () => {
    const article = seedArticle();
    const items = itemsFromArticle(article, 1);
    expect(items[0]?.title).toContain(article.title);
    expect(items[0]?.text).toBe(article.teaser);
    expect(items).toHaveLength(1 + article.sections.flatMap((s) => s.bullets).length);
    expect(items[1]?.text).toMatch(/^Putin schrieb weiter/);
    expect(items.every((item) => item.source === 'news.de/dpa')).toBe(true);
  });

  it('gives the same ids for the same content and a new id for an edited bullet', () => {
    const article = seedArticle();
    const before = itemsFromArticle(article, 1).map((item) => item.id);
    expect(itemsFromArticle(seedArticle(), 999).map((item) => item.id)).toEqual(before);
    const edited = structuredClone(article);
    const bullet = edited.sections.flatMap((s) => s.bullets)[2]!;
    bullet.text = `${bullet.text} (aktualisiert)`;
    const after = itemsFromArticle(edited, 2).map((item) => item.id);
    expect(after.filter((id) => !before.includes(id))).toHaveLength(1);
    expect(after[3]).not.toBe(before[3]);
  });

  it('renders a post with label, headline, text and source', () => {
    const [head] = itemsFromArticle(seedArticle(), 1);
    const text = replyToPlainText(itemReply(head!));
    expect(text).toMatch(/^Eilmeldung: /);
    expect(text).toContain('Quelle: news.de/dpa');
  });

  it('gives a moderator item a fresh id each time', () => {
    expect(moderatorItem('Text', 'u', 1).id).not.toBe(moderatorItem('Text', 'u', 2).id);
    expect(itemReply(moderatorItem('PK um 15 Uhr', 'u', 1)).blocks[0]).toEqual({ kind: 'heading', text: 'Eilmeldung' });
  });
});
