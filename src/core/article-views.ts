/**
 * Replies that show parts of an article without a question: summary, section list,
 * one section, source. Pure functions of the Article and the locale.
 */
import { attribution, headline, sectionPassages, sectionTitle, type Article, type Section } from './article.js';
import { UserError } from './errors.js';
import { fold } from './text/normalize.js';
import { message } from './messages.js';
import type { Locale } from './ports.js';
import type { Button, Citation, Reply } from './reply.js';

function citationsOf(section: Section): Citation[] {
  return sectionPassages(section).map((passage) => ({ id: passage.id, section: sectionTitle(section), text: passage.text }));
}

/** The standard buttons under an answer: more from the section, and the source. */
export function answerButtons(locale: Locale, articleId: string, sectionId?: string): Button[] {
  const buttons: Button[] = [];
  if (sectionId) buttons.push({ label: message(locale, 'button.more'), action: { kind: 'section', articleId, sectionId } });
  buttons.push({ label: message(locale, 'button.source'), action: { kind: 'source', articleId } });
  return buttons;
}

/** Headline, teaser and the lead's first paragraph. */
export function summaryReply(article: Article, locale: Locale): Reply {
  const lead = article.sections[0];
  const first = lead?.paragraphs[0];
  const citations: Citation[] = [];
  if (article.teaser) citations.push({ id: 'teaser', section: sectionTitle(lead ?? article.sections[0]!), text: article.teaser });
  if (first && lead) citations.push({ id: first.id, section: sectionTitle(lead), text: first.text });
  return {
    blocks: [
      { kind: 'heading', text: headline(article) },
      ...citations.map((citation) => ({ kind: 'quote' as const, text: citation.text })),
    ],
    citations,
    buttons: answerButtons(locale, article.id, lead?.id),
  };
}

/** Numbered list of sections (1 = the lead). */
export function sectionsReply(article: Article, locale: Locale): Reply {
  return {
    blocks: [
      { kind: 'heading', text: message(locale, 'sections.title', { title: headline(article) }) },
      { kind: 'list', items: article.sections.map((section, index) => `${index + 1}. ${sectionTitle(section)}`) },
    ],
    citations: [],
    buttons: [],
  };
}

/** What typed input and titles are compared on: folded (case, umlauts), punctuation and extra spaces dropped. */
export function searchKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Finds a section by 1-based number, id (`s1`) or (part of) its title; throws UserError when none fits. */
export function findSection(article: Article, query: string): Section {
  const wanted = query.trim();
  const byNumber = /^\d+$/.test(wanted) ? article.sections[Number(wanted) - 1] : undefined;
  const folded = searchKey(wanted);
  const found = byNumber
    ?? article.sections.find((section) => section.id === wanted.toLowerCase())
    ?? (folded ? article.sections.find((section) => searchKey(sectionTitle(section)) === folded) : undefined)
    ?? (folded.length >= 3 ? article.sections.find((section) => searchKey(sectionTitle(section)).includes(folded)) : undefined);
  if (!found) throw new UserError('section.notFound', { query: wanted.slice(0, 80), count: article.sections.length });
  return found;
}

/** The whole section: heading, paragraphs, bullets, each cited. */
export function sectionReply(article: Article, section: Section, locale: Locale): Reply {
  const bullets = section.bullets.map((bullet) => bullet.text);
  return {
    blocks: [
      { kind: 'heading', text: sectionTitle(section) },
      ...section.paragraphs.map((paragraph) => ({ kind: 'text' as const, text: paragraph.text })),
      ...(bullets.length > 0 ? [{ kind: 'list' as const, items: bullets }] : []),
    ],
    citations: citationsOf(section),
    buttons: answerButtons(locale, article.id),
  };
}

/** Publisher, agency, photo credit and related links. */
export function sourceReply(article: Article, locale: Locale): Reply {
  const source = attribution(article);
  const lines = [
    source ? message(locale, 'answer.sourceIntro', { source }) : message(locale, 'answer.noSource'),
    article.image?.credit ? message(locale, 'answer.creditIntro', { credit: article.image.credit }) : message(locale, 'answer.noCredit'),
  ];
  return {
    blocks: [
      { kind: 'heading', text: headline(article) },
      ...lines.map((text) => ({ kind: 'text' as const, text })),
      ...(article.related.length > 0 ? [{ kind: 'list' as const, items: article.related.map((link) => link.title) }] : []),
    ],
    citations: source ? [{ id: 'source', section: message(locale, 'source.title'), text: source }] : [],
    buttons: [],
  };
}
