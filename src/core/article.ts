/**
 * The Article model every part of the bot reads: a news export parsed into sections
 * and passages. content/ parses text into it; core/ answers and schedules from it.
 */
import * as z from 'zod';

/** A quotation inside a passage, with the speaker when the sentence names one. */
export const QuoteSchema = z.object({
  text: z.string().min(1),
  speaker: z.string().min(1).nullable(),
});

/** The unit answers cite. `id` is stable for the same text position (`lead.p2`, `s1.b3`). */
export const PassageSchema = z.object({
  id: z.string().regex(/^(lead|s\d+)\.(p|b)\d+$/),
  kind: z.enum(['paragraph', 'bullet']),
  text: z.string().min(1),
  quotes: z.array(QuoteSchema),
});

/** The untitled lead (`id: 'lead'`, heading null) or a section under a heading (`s1`, `s2` …). */
export const SectionSchema = z.object({
  id: z.string().regex(/^(lead|s\d+)$/),
  heading: z.string().min(1).nullable(),
  paragraphs: z.array(PassageSchema),
  bullets: z.array(PassageSchema),
});

export const RelatedLinkSchema = z.object({ title: z.string().min(1) });

export const ArticleSchema = z.object({
  /** Slug of the file name without extension and language, e.g. `putin-kim-nordkorea`. */
  id: z.string().min(1),
  kicker: z.string().min(1).nullable(),
  title: z.string().min(1),
  teaser: z.string().min(1).nullable(),
  image: z.object({ caption: z.string().min(1), credit: z.string().min(1).nullable() }).nullable(),
  sections: z.array(SectionSchema).min(1),
  related: z.array(RelatedLinkSchema),
  /** Publisher, e.g. `news.de`. */
  source: z.string().min(1).nullable(),
  /** News agency, e.g. `dpa`. */
  agency: z.string().min(1).nullable(),
  /** Initials of the editor before the source line, e.g. `roj` in "roj/news.de/dpa". */
  editor: z.string().min(1).optional(),
  /** The publisher's "Folgen Sie News.de schon bei WhatsApp, …" line: page chrome, not text, but where readers can follow. */
  promotion: z.string().min(1).optional(),
});

export type Quote = z.infer<typeof QuoteSchema>;
export type Passage = z.infer<typeof PassageSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type RelatedLink = z.infer<typeof RelatedLinkSchema>;
export type Article = z.infer<typeof ArticleSchema>;

/** Paragraphs then bullets, in document order within a section. */
export function sectionPassages(section: Section): Passage[] {
  return [...section.paragraphs, ...section.bullets];
}

/** Every passage of the article in reading order. */
export function allPassages(article: Article): Passage[] {
  return article.sections.flatMap(sectionPassages);
}

/** Human title of a section: its heading, or "Einleitung" for the untitled lead. */
export function sectionTitle(section: Section): string {
  return section.heading ?? 'Einleitung';
}

/** "<Kicker>: <Title>" as the headline reads. */
export function headline(article: Article): string {
  return article.kicker ? `${article.kicker}: ${article.title}` : article.title;
}

/** "news.de/dpa" style attribution ("roj/news.de/dpa" with the editor's initials), or null when the export names none. */
export function attribution(article: Article): string | null {
  if (!article.source && !article.agency) return null;
  const parts = [article.editor, article.source, article.agency].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join('/') : null;
}
