/**
 * Parses a news.de/dpa plain-text export into a zod-checked Article.
 * Layout: byline chrome, "Kicker: Title", teaser, image caption ("(Foto) Suche" chrome, then
 * "… Bild: credit"), the lead, then sections under short heading lines; bullets start with "•";
 * "Lesen Sie auch:" introduces related links; "/source/agency" closes the text.
 */
import { ArticleSchema, type Article, type Passage, type Section } from '../core/article.js';
import { ContentError } from './content-error.js';
import { findQuotes } from './quotes.js';

/** Largest export accepted, in bytes; real articles are < 100 kB. */
export const MAX_ARTICLE_BYTES = 1_000_000;
/** Longest line that can still be a heading, in chars. */
const MAX_HEADING_CHARS = 120;

const BYLINE = /^Erstellt von\b.*\bUhr$/;
const PROMOTION = /^Folgen Sie\b.*\b(WhatsApp|Facebook|Twitter|Instagram|YouTube|Newsletter)\b/i;
const TOPICS = /^Themen:/;
const IMAGE_CHROME = /\(Foto\)\s*Suche$/;
const IMAGE_CREDIT = /^(.*?)\s*\bBild:\s*(.*)$/;
const RELATED_INTRO = /^(Lesen Sie auch|Lesen Sie außerdem|Auch interessant|Mehr zum Thema):?$/i;
/** "/news.de/dpa", or after the editor's initials "roj/news.de/dpa" (then the source must be a domain). */
const SOURCE_LINE = /^(\p{Ll}{2,5}(?:\/\p{Ll}{2,5})*(?=\/[\w-]+\.))?\/([\w.-]+)((?:\/[\w.-]+)*)$/u;
const BULLET = /^\s*[•·▪◦●‣]\s*/;

/** Turns a file name into an article id: `putin-kim-nordkorea.de.txt` -> `putin-kim-nordkorea`. */
export function articleIdFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const id = base.replace(/\.txt$/i, '').replace(/\.(de|en)$/i, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return id.slice(0, 50) || 'artikel';
}

/** Decodes and checks raw bytes: size, binary content, UTF-8. */
export function decodeArticleBytes(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new ContentError(file, 'the file is empty; export the article as plain text into it');
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ContentError(file, `the file is ${bytes.length} bytes, more than the ${MAX_ARTICLE_BYTES} an article export may have; is it really an article?`);
  }
  if (bytes.includes(0)) throw new ContentError(file, 'the file is binary (it contains NUL bytes), not a plain-text article export');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (cause) {
    throw new ContentError(file, 'the file is not valid UTF-8 text; save the export as UTF-8', { cause });
  }
}

function isHeading(line: string): boolean {
  return line.length <= MAX_HEADING_CHARS && !/[.!:;,"“”»«)…]$/.test(line) && !BULLET.test(line)
    && !/[.!?]\s+\p{Lu}/u.test(line);
}

function newSection(index: number, heading: string | null): Section {
  return { id: index === 0 ? 'lead' : `s${index}`, heading, paragraphs: [], bullets: [] };
}

/** Drops a dangling quotation mark the export left at the end of a passage (`… aufbauen. "`). */
function tidy(text: string): string {
  const straightQuotes = text.split('"').length - 1;
  return straightQuotes % 2 === 1 ? text.replace(/\s+"$/, '') : text;
}

function addPassage(section: Section, kind: Passage['kind'], raw: string): void {
  const text = tidy(raw);
  const list = kind === 'paragraph' ? section.paragraphs : section.bullets;
  const id = `${section.id}.${kind === 'paragraph' ? 'p' : 'b'}${list.length + 1}`;
  list.push({ id, kind, text, quotes: findQuotes(text) });
}

/** Parses export `text` (already decoded) from `file`; throws ContentError naming the problem. */
export function parseArticle(text: string, file: string): Article {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/\s+$/, '').replace(/\u00A0/g, ' '));
  // Blank lines separate blocks; remember which lines start one (the related block ends at the next).
  const startsBlock = new Set<number>();
  const content: string[] = [];
  let blank = true;
  /** The publisher's "Folgen Sie News.de …" line: page chrome, kept apart for readers who ask where to follow. */
  let promotion: string | undefined;
  for (const line of lines) {
    if (line.trim() === '') { blank = true; continue; }
    if (PROMOTION.test(line.trim())) { promotion ??= line.trim(); continue; }
    if (BYLINE.test(line.trim())) continue;
    if (blank) startsBlock.add(content.length);
    content.push(line);
    blank = false;
  }
  let position = 0;
  const next = () => content[position]?.trim();

  const headlineLine = next();
  if (!headlineLine || BULLET.test(content[0] ?? '') || headlineLine.length > 300 || !/\p{L}/u.test(headlineLine)) {
    throw new ContentError(file, 'no headline found; the first text line must be the headline, e.g. "Kicker: Titel"');
  }
  position++;
  const colon = headlineLine.indexOf(': ');
  const kicker = colon > 0 ? headlineLine.slice(0, colon).trim() : null;
  const title = colon > 0 ? headlineLine.slice(colon + 2).trim() : headlineLine;

  let teaser: string | null = null;
  const candidate = next();
  const isChrome = (line: string) => SOURCE_LINE.test(line) || TOPICS.test(line) || RELATED_INTRO.test(line);
  if (candidate && !IMAGE_CHROME.test(candidate) && !IMAGE_CREDIT.test(candidate) && !isChrome(candidate) && !BULLET.test(content[position] ?? '')) {
    teaser = candidate;
    position++;
  }

  let image: Article['image'] = null;
  while (position < content.length && IMAGE_CHROME.test(next() ?? '')) position++;
  const creditMatch = IMAGE_CREDIT.exec(next() ?? '');
  if (creditMatch) {
    image = { caption: creditMatch[1]?.trim() || 'Foto', credit: creditMatch[2]?.trim() || null };
    position++;
  }

  const sections: Section[] = [newSection(0, null)];
  const related: Article['related'] = [];
  let source: string | null = null;
  let agency: string | null = null;
  let editor: string | undefined;
  /** Index of the first line of the related block after "Lesen Sie auch:", while inside it. */
  let relatedStart = -1;

  for (; position < content.length; position++) {
    const raw = content[position] ?? '';
    const line = raw.trim();
    const current = sections[sections.length - 1] as Section;
    const sourceMatch = SOURCE_LINE.exec(line);
    if (sourceMatch) {
      editor = sourceMatch[1];
      source = sourceMatch[2] ?? null;
      agency = sourceMatch[3] ? sourceMatch[3].slice(1) : null;
      continue;
    }
    if (TOPICS.test(line) || IMAGE_CHROME.test(line)) continue;
    if (RELATED_INTRO.test(line)) { relatedStart = position + 1; continue; }
    const inRelated = relatedStart >= 0 && (position === relatedStart || !startsBlock.has(position));
    if (!inRelated) relatedStart = -1;
    if (BULLET.test(raw)) {
      relatedStart = -1;
      const bullet = line.replace(BULLET, '').trim();
      if (bullet) addPassage(current, 'bullet', bullet);
      continue;
    }
    if (inRelated && isHeading(line)) { related.push({ title: line }); continue; }
    relatedStart = -1;
    if (isHeading(line) && position + 1 < content.length) {
      sections.push(newSection(sections.length, line));
      continue;
    }
    addPassage(current, 'paragraph', line);
  }

  const kept = sections.filter((section) => section.id === 'lead' || section.paragraphs.length + section.bullets.length > 0);
  if (kept.every((section) => section.paragraphs.length + section.bullets.length === 0) && !teaser) {
    throw new ContentError(file, 'the article has a headline but no text; the body paragraphs are missing');
  }
  const candidateArticle = { id: articleIdFromFileName(file), kicker, title, teaser, image, sections: kept, related, source, agency, ...(editor ? { editor } : {}), ...(promotion ? { promotion } : {}) };
  const checked = ArticleSchema.safeParse(candidateArticle);
  if (!checked.success) {
    throw new ContentError(file, `the parsed article is malformed: ${checked.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
  }
  return checked.data;
}
