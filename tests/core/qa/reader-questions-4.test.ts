import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';
import { parseArticle } from '../../../src/content/parse-article.js';
import { indexArticle } from '../../../src/core/qa/article-index.js';
import { resolveTerm } from '../../../src/core/qa/match.js';
import { parseQuestion } from '../../../src/core/qa/question.js';

const text = `Erstellt von - Uhr

Neue Sporthalle in Birkenfeld: Stadtrat gibt grünes Licht

Birkenfeld bekommt eine neue Sporthalle. Der Stadtrat hat den Bau am Dienstag beschlossen.

Die alte Halle am Schulzentrum wird im Sommer abgerissen. Der Anbau soll 2027 fertig sein. Die Kosten schätzt Kämmerer Jonas Wendler auf rund 12 Millionen Euro. Vereine und Schulen sollen die Halle gemeinsam nutzen. Die alte Halle war 1975 gebaut worden und gilt als marode.

Firmen aus der Region hoffen auf Aufträge. Den Auftrag für das Dach erhielt die Firma Holzbau Merk.

Im Reitstall am Stadtrand gibt es Nachwuchs. Die zwölf Jahre alte Stute Paloma brachte am Sonntag ein Fohlen zur Welt.

  • Palomas Bruder Orkan, 15 Jahre alt, steht in der Box nebenan.

Das Jugendhaus am Markt ist nach einem Farbangriff geschlossen. Unbekannte hatten in der Nacht zum Samstag die Fassade beschmiert.

Gegen einen Bauunternehmer ermittelt die Staatsanwaltschaft Kleinau.

Bislang fuhren täglich rund 40 Lastwagen mit Baumaterial durch die Innenstadt.
`;
const answer = answerAbout(text, 'sporthalle-birkenfeld.de.txt', { withCitations: true });

describe('reader questions: round 6 mechanisms', () => {
  it('takes the cost from the sentence after the one naming what it is of ("Was kostet X?")', () => {
    expect(answer('Was kostet der Anbau?')).toContain('12 Millionen Euro');
  });

  it('reads "in dem Fall" as a filler, not as a noun the article must hold', () => {
    expect(answer('Wer ermittelt in dem Fall?')).toContain('Staatsanwaltschaft');
  });

  it('gives the age standing next to the asked name, not the age of someone of hers (genitive)', () => {
    expect(answer('Wie alt ist Paloma?')).toContain('zwölf Jahre alte Stute Paloma');
  });

  it('answers "Welche Firma …" only with a sentence naming a firm', () => {
    expect(answer('Welche Firma hat die alte Halle 1975 gebaut?')).toBe('abstained');
    expect(answer('Welche Firma erhielt den Auftrag für das Dach?')).toContain('Holzbau Merk');
  });

  it('meets a participle in a compound headed by its noun (angegriffen ~ Farbangriff) and takes the time from the next sentence', () => {
    // The time stands in the next sentence, which names neither the house nor the attack.
    expect(answer('Wann wurde das Jugendhaus angegriffen?')).toContain('Nacht zum Samstag');
    const index = indexArticle(parseArticle(text, 'sporthalle-birkenfeld.de.txt'));
    const verb = parseQuestion('Wann wurde das Jugendhaus angegriffen?', index.names).terms.find((term) => term.verbLike)!;
    expect(resolveTerm(verb, index, new Map()).flatMap((alternative) => alternative.keys)).toContain('farbangriff');
  });

  it('meets an abbreviation in its full word (Lkw ~ Lastwagen)', () => {
    expect(answer('Wie viele Lkw fuhren täglich durch die Innenstadt?')).toContain('40 Lastwagen');
  });
});
