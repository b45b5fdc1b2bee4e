import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/parse-article.js';
import { indexArticle, passagesWith } from '../../../src/core/qa/article-index.js';
import { wordKeys } from '../../../src/core/text/keys.js';

const text = `Erstellt von - Uhr

Stadtwerke: Neues Freibad in Lindach öffnet im Mai

Das Freibad in Lindach öffnet nach zwei Jahren Umbau wieder. Die Stadtwerke haben 4,2 Millionen Euro investiert.

Bademeister Jonas Pfeil freut sich auf die Saison. Das Freibad hat jetzt ein Sprungbecken.

Was kostet der Eintritt?

Der Eintritt kostet für Erwachsene 4 Euro.

  • Kinder zahlen 2 Euro.

/news.de/dpa
`;

const index = indexArticle(parseArticle(text, 'lindach.de.txt'));
const key = (word: string): string => wordKeys(word)[0]!;

describe('how many passages of an article hold a word (the rarity that weighs question words)', () => {
  it('counts a word in several passages', () => {
    expect(passagesWith(index, key('freibad'))).toBe(3);
  });

  it('counts a word in one passage as one', () => {
    expect(passagesWith(index, key('sprungbecken'))).toBe(1);
  });

  it('counts no passage for a word of a heading only, nor for a word the article lacks', () => {
    expect(index.known.has(key('was'))).toBe(true);
    expect(passagesWith(index, key('was'))).toBeUndefined();
    expect(passagesWith(index, key('hallenbad'))).toBeUndefined();
  });

  it('lets a passage of one sentence share its sentence\'s keys, and joins those of longer passages', () => {
    const bullet = index.passages.find((passage) => passage.text.startsWith('Kinder'))!;
    expect(bullet.keys).toBe(bullet.sentences[0]!.keys);
    const lead = index.passages.find((passage) => passage.text.startsWith('Das Freibad in Lindach'))!;
    expect(lead.sentences).toHaveLength(2);
    for (const sentence of lead.sentences) for (const sentenceKey of sentence.keys) expect(lead.keys.has(sentenceKey)).toBe(true);
  });
});
