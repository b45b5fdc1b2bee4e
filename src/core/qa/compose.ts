/**
 * Turns a decision into an Answer: quoted sentences (verbatim) and the passages they come
 * from as citations. Framing lines come from messages.ts; nothing else is written here.
 */
import { attribution, type Article } from '../article.js';
import { message } from '../messages.js';
import type { Answer, Citation } from '../reply.js';
import type { ArticleIndex, IndexedPassage, IndexedSentence } from './article-index.js';
import type { Decision, Hit } from './retrieve.js';
import { introducesList } from './answer-checks.js';
import { packedMap } from '../text/packed-map.js';

/** Bullets quoted with a section answer. */
const SECTION_BULLETS = 2;

function cite(passage: IndexedPassage): Citation {
  return { id: passage.id, section: passage.sectionTitle, text: passage.text };
}

function leadTitle(index: ArticleIndex): string {
  return index.passages[0]?.sectionTitle ?? 'Einleitung';
}

/** The abstention text of each article, built once. */
const abstainTexts = new WeakMap<ArticleIndex, string>();

/** "Dazu steht nichts im Artikel." plus the list of sections. */
export function abstainAnswer(article: Article | null, index: ArticleIndex | null): Answer {
  if (!article || !index) return { answered: false, text: message('de', 'answer.noArticle'), citations: [] };
  let text = abstainTexts.get(index);
  if (text === undefined) {
    const sections = index.sections.map((section) => `• ${section.title}`);
    text = [message('de', 'answer.abstain'), message('de', 'answer.sectionsIntro'), ...sections].join('\n');
    abstainTexts.set(index, text);
  }
  return {
    answered: false,
    text,
    citations: [],
    articleId: article.id,
  };
}

/** The headline, the teaser and the first paragraph: what the story is about, in the article's words. */
function summaryAnswer(index: ArticleIndex): Answer {
  const article = index.article;
  const title = index.passages.find((passage) => passage.id === 'title');
  const teaser = index.passages.find((passage) => passage.id === 'teaser');
  const first = index.sections[0]?.passages[0];
  const quoted = [title, teaser, first].filter((passage): passage is IndexedPassage => Boolean(passage));
  const lines = quoted.map((passage) => passage.sentences.slice(0, 2).map((sentence) => sentence.text).join(' '));
  return {
    answered: true,
    text: [message('de', 'answer.summaryIntro'), ...lines].join('\n'),
    citations: packedMap(quoted, cite),
    articleId: article.id,
    sectionId: first?.sectionId ?? index.sections[0]?.id,
  };
}

function photoAnswer(index: ArticleIndex): Answer {
  const image = index.article.image;
  if (!image?.credit) return { answered: false, text: message('de', 'answer.noCredit'), citations: [], articleId: index.article.id };
  return {
    answered: true,
    text: [message('de', 'answer.creditIntro', { credit: image.credit }), image.caption].join('\n'),
    citations: [{ id: 'image', section: leadTitle(index), text: `${image.caption} Bild: ${image.credit}` }],
    articleId: index.article.id,
  };
}

/** The article's "Lesen Sie auch" headlines. */
function relatedAnswer(index: ArticleIndex): Answer {
  const titles = index.article.related.map((link) => link.title);
  if (titles.length === 0) return { answered: false, text: message('de', 'answer.noRelated'), citations: [], articleId: index.article.id };
  return {
    answered: true,
    text: [message('de', 'answer.relatedIntro'), ...titles.map((title) => `• ${title}`)].join('\n'),
    citations: packedMap(titles, (title, i) => ({ id: `related.${i + 1}`, section: leadTitle(index), text: title })),
    articleId: index.article.id,
  };
}

/** Where readers can follow the publisher: the export's "Folgen Sie …" line. */
function followAnswer(index: ArticleIndex): Answer {
  const promotion = index.article.promotion;
  if (!promotion) return { answered: false, text: message('de', 'answer.noFollow'), citations: [], articleId: index.article.id };
  return { answered: true, text: promotion, citations: [{ id: 'promotion', section: leadTitle(index), text: promotion }], articleId: index.article.id };
}

function sourceAnswer(index: ArticleIndex): Answer {
  const source = attribution(index.article);
  if (!source) return { answered: false, text: message('de', 'answer.noSource'), citations: [], articleId: index.article.id };
  return {
    answered: true,
    text: message('de', 'answer.sourceIntro', { source }),
    citations: [{ id: 'source', section: leadTitle(index), text: source }],
    articleId: index.article.id,
  };
}

/** Bullets quoted after a paragraph that introduces them ("… drei Rebsorten:"). */
const LIST_BULLETS = 6;

/**
 * The bullets a hit's paragraph introduces (it ends in a colon: "Betroffen sind:"), when the hit
 * quotes that intro or holds nothing of the kind asked for (the names are in the list); else none.
 */
function introducedBullets(index: ArticleIndex, hit: Hit, intro: IndexedSentence): IndexedPassage[] {
  const { passage } = hit;
  if (!introducesList(passage)) return [];
  if (!hit.sentences.includes(intro) && hit.focusCoverage > 0) return [];
  return (index.sectionById.get(passage.sectionId)?.passages ?? []).filter((candidate) => candidate.kind === 'bullet').slice(0, LIST_BULLETS);
}

/** An answer quoting the chosen sentences of `hits`, in passage order of relevance; a list's intro brings its bullets. */
export function hitsAnswer(index: ArticleIndex, hits: readonly Hit[], referent?: string): Answer {
  const cited = new Set(hits.map((hit) => hit.passage));
  // "Wie heißt der Imker?" answered by "Der Imker, der …": the name the role points back to, as the article writes it.
  const lines: string[] = referent ? [message('de', 'answer.referent', { name: referent })] : [];
  const citations: Citation[] = [];
  for (const hit of hits) {
    // The intro sentence itself ("Betroffen sind:") leads into the bullets.
    const intro = hit.passage.sentences[hit.passage.sentences.length - 1]!;
    const bullets = introducedBullets(index, hit, intro);
    const sentences = bullets.length > 0 && !hit.sentences.includes(intro) ? [...hit.sentences, intro] : hit.sentences;
    lines.push(sentences.map((sentence) => sentence.text).join(' '));
    citations.push(cite(hit.passage));
    for (const bullet of bullets) {
      if (cited.has(bullet)) continue;
      cited.add(bullet);
      lines.push(`• ${bullet.text}`);
      citations.push(cite(bullet));
    }
  }
  return {
    answered: true,
    text: lines.join('\n'),
    citations,
    articleId: index.article.id,
    sectionId: hits[0]?.passage.sectionId,
  };
}

function sectionAnswer(index: ArticleIndex, decision: Extract<Decision, { kind: 'section' }>): Answer {
  const { section } = decision;
  // The paragraph that stands out by the question's words beyond the heading, else the section's first.
  const standing = decision.hits.map((hit) => hit.passage).filter((passage) => passage.kind === 'paragraph');
  const bullets = section.passages.filter((passage) => passage.kind === 'bullet');
  const inOrder = section.passages.filter((passage) => passage.kind === 'paragraph');
  // A section without bullets answers its heading's question in two paragraphs ("Warum gerade Indien?"): the one that
  // stands out (else the first) and the next, in the section's order.
  const from = standing.length > 0 ? Math.max(0, inOrder.indexOf(standing[0]!)) : 0;
  const paragraphs = bullets.length > 0 ? (standing.length > 0 ? standing : inOrder).slice(0, 1) : inOrder.slice(from, from + 2);
  const relevant = decision.hits.map((hit) => hit.passage).filter((passage) => passage.kind === 'bullet');
  const keyBullets = [...new Set([...relevant, ...bullets])].slice(0, paragraphs.length > 0 ? SECTION_BULLETS : SECTION_BULLETS + 1);
  const chosen = [...paragraphs, ...keyBullets];
  return {
    answered: true,
    text: chosen.map((passage) => passage.text).join('\n'),
    citations: packedMap(chosen, cite),
    articleId: index.article.id,
    sectionId: section.id,
  };
}

/** The Answer for a decision. */
export function composeAnswer(index: ArticleIndex, decision: Decision): Answer {
  switch (decision.kind) {
    case 'abstain': return abstainAnswer(index.article, index);
    case 'summary': return summaryAnswer(index);
    case 'photo': return photoAnswer(index);
    case 'source': return sourceAnswer(index);
    case 'related': return relatedAnswer(index);
    case 'follow': return followAnswer(index);
    case 'section': return sectionAnswer(index, decision);
    case 'passages': return hitsAnswer(index, decision.hits, decision.referent);
  }
}
