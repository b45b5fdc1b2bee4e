/**
 * Export layouts the parser once got wrong (found with the held-out fixtures): a heading right
 * after the related block, a speaker followed by "von der …", a headline with only page chrome.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allPassages } from '../../src/core/article.js';
import { ContentError } from '../../src/content/content-error.js';
import { readArticleFile } from '../../src/content/read-article.js';

const file = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const voltaris = readArticleFile(file('../fixtures/articles/voltaris-stellenabbau.de.txt'));

describe('parser on edge layouts', () => {
  it('starts a new section for a heading that directly follows the "Lesen Sie auch" block', () => {
    expect(voltaris.related).toEqual([{ title: 'Elektroauto-Absatz: Neuzulassungen im Oktober erneut gesunken' }]);
    const staff = voltaris.sections.find((s) => s.heading === 'Was bedeutet der Abbau für die Beschäftigten?');
    expect(staff?.paragraphs.map((p) => p.text.slice(0, 40))).toEqual(['Betriebsbedingte Kündigungen will Voltar']);
    expect(staff?.bullets).toHaveLength(3);
    expect(voltaris.sections[0]?.bullets).toEqual([]);
  });

  it('does not end a speaker name with the particle of "von der IG Metall"', () => {
    const quote = allPassages(voltaris).flatMap((p) => p.quotes).find((q) => q.text.includes('harter Schlag'));
    expect(quote?.speaker).toBe('Gewerkschaftssekretär Bernd Kowalski');
  });

  it('refuses an export that has a headline and page chrome but no body, instead of using the source line as teaser', () => {
    const path = file('../fixtures/bad/headline-with-chrome.de.txt');
    expect(() => readArticleFile(path)).toThrowError(ContentError);
    expect(() => readArticleFile(path)).toThrowError(/headline but no text/);
  });
});
