import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/parse-article.js';
import { indexArticle } from '../../../src/core/qa/article-index.js';
import { resolveTerm } from '../../../src/core/qa/match.js';
import { parseQuestion } from '../../../src/core/qa/question.js';
import { answerAbout } from './answer-about.js';

const text = `Erstellt von - Uhr

Stadtbücherei Mühlental: Bücherei zieht ins alte Postamt - Umzug kostet 2,4 Millionen Euro

Die Stadtbücherei Mühlental bekommt ein neues Zuhause. Der Stadtrat hat den Umzug ins alte Postamt am Dienstag beschlossen.

Am Samstag demonstrierten rund 300 Menschen vor dem Rathaus für den Umzug. Die Bücherei ist seit 1978 im Keller des Rathauses untergebracht. Vom alten Postamt bleibt der Glockenturm erhalten. Dort fehlt Platz für Lesungen und Gruppenräume. Leiterin Martina Rehbein spricht von einem "Befreiungsschlag". Der Stadtrat stimmte am 3. März mit 31 zu 4 Stimmen für den Umzug. Kämmerer Ralf Sieber zeigte sich zufrieden: "Das Geld ist gut angelegt", sagte Sieber.

Lesen Sie auch:

Lesesommer: Wie Bibliotheken Kinder zum Lesen bringen

Was ändert sich für die Leser?

Die neue Bücherei soll im Herbst 2027 öffnen. Der Förderverein spendete dafür fast 2.000 Jugendbücher. Die wichtigsten Neuerungen im Überblick:

  • Die Öffnungszeiten werden auf sechs Tage in der Woche ausgeweitet.
  • Ein Lernzentrum mit 40 Arbeitsplätzen entsteht im ersten Stock.
  • Die Ausleihe wird an Automaten möglich.
  • Über eine Rampe am Eingang kommen Rollstühle in zwei Wochen in das Haus.
  • Die 12 Meter lange Rampe ersetzt die alte Treppe.

Der alte Turm ist 24 Meter hoch. Am Freitag um 18 Uhr gibt es einen Informationsabend für alle Leser. Nicht betroffen ist der Bücherbus, der weiter die Ortsteile anfährt. Vor der Abstimmung hatte es Streit um das Ergebnis der Umfrage gegeben.

Welche Gebühren steigen?

Die Mahngebühr steigt von 1 Euro auf 1,50 Euro pro Woche. Für verlorene Ausweise werden künftig 5 Euro fällig.

Nicht betroffen ist die Jahresgebühr, sie bleibt bei 15 Euro.

Wer bezahlt den Umzug?

Der Umzug kostet 2,4 Millionen Euro. Den Umzug übernimmt die Firma Packwerk, Packwerk-Geschäftsführer Jan Ott plant ihn für den Sommer 2027. Stadt und Land wollen dabei eng zusammenarbeiten, um die Bücherei rechtzeitig zu öffnen. Das Land Rheinland-Pfalz übernimmt 60 Prozent der Kosten über ein Förderprogramm für Lernplattformen und Bibliotheken.

Folgen Sie News.de schon bei WhatsApp, Facebook, Twitter, Pinterest und YouTube? Hier finden Sie brandheiße News, aktuelle Videos und den direkten Draht zur Redaktion.

kpl/news.de/dpa

Themen:
`;
const answer = answerAbout(text, 'stadtbuecherei-muehlental.de.txt', { withCitations: true });

describe('reader questions: round 8 mechanisms', () => {
  it('names the source with the editor\'s initials of the closing line, also when the question names the source itself', () => {
    expect(answer('Von welcher Agentur stammt der Text?')).toContain('kpl/news.de/dpa');
    expect(answer('ist der text von news.de selbst oder von ner agentur')).toContain('kpl/news.de/dpa');
  });

  it('answers where to follow the publisher from the "Folgen Sie …" line, which is no text of the article', () => {
    expect(answer('wo kann ich news.de folgen')).toContain('WhatsApp');
    expect(answer('Auf welchen Plattformen kann man News.de folgen?')).toContain('YouTube');
    expect(answer('Auf welchen Kanälen kann man News.de folgen?')).toContain('YouTube');
    const withoutPromotion = answerAbout(text.replace(/^Folgen Sie.*$/m, ''), 'ohne-werbung.de.txt', { withCitations: true });
    expect(withoutPromotion('wo kann ich news.de folgen')).toBe('abstained');
  });

  it('lists the "Lesen Sie auch" links when asked for further reading, and says so when there are none', () => {
    expect(answer('Gibt es weiterführende Artikel zum Thema?')).toContain('Lesesommer: Wie Bibliotheken Kinder zum Lesen bringen');
    expect(answer('Gibt es noch einen Artikel zum Thema?')).toContain('Lesesommer');
    expect(answer('Was kann ich noch dazu lesen?')).toContain('Lesesommer');
    const withoutLinks = answerAbout(text.replace(/Lesen Sie auch:\n\n.*\n/, ''), 'ohne-links.de.txt', { withCitations: true });
    expect(withoutLinks('Gibt es weiterführende Artikel zum Thema?')).toBe('abstained');
  });

  it('answers a heading\'s section with the paragraph that holds a word the heading meets only in part', () => {
    // The heading "Welche Gebühren steigen?" meets "Jahresgebühr" by its head only; the second paragraph has it whole.
    expect(answer('steigt die jahresgebühr auch?')).toContain('bleibt bei 15 Euro');
  });

  it('reads a long word one letter off an article word as that word, before splitting it into parts', () => {
    const index = indexArticle(parseArticle(text, 'stadtbuecherei-muehlental.de.txt'));
    const [term] = parseQuestion('Lernplatformen', index.names, index.words).terms;
    expect(resolveTerm(term!, index, new Map())).toEqual([{ keys: ['lernplattform'], weight: 0.8 }]);
  });

  it('meets a thesaurus synonym of another word class of the same family (Demo ~ Demonstration ~ demonstrierten)', () => {
    expect(answer('Wie viele Leute waren bei der Demo?')).toContain('300 Menschen');
  });

  it('meets "Chef" in a hyphenated "Packwerk-Geschäftsführer"', () => {
    expect(answer('Wer ist der Chef von Packwerk?')).toContain('Jan Ott');
  });

  it('reads "die beiden X" as pointing back: the article need not use the noun', () => {
    expect(answer('Wofür wollen die beiden Partner zusammenarbeiten?')).toContain('rechtzeitig zu öffnen');
  });

  it('prefers the sentence stating the asked measure with its own word ("12 Meter lange") over any other measure', () => {
    expect(answer('wie lang ist die rampe')).toMatch(/^Die 12 Meter lange Rampe/);
  });

  it('reads an abbreviation by the initials of a hyphenated name ("RLP" ~ "Rheinland-Pfalz")', () => {
    expect(answer('Wie viel übernimmt RLP?')).toContain('60 Prozent');
  });

  it('reads "Wie reagiert X auf …" as asking for X\'s words', () => {
    expect(answer('Wie reagiert der Kämmerer auf das Ergebnis?')).toContain('gut angelegt');
  });

  it('meets an -ung noun by its verb without the separable prefix ("Abstimmung" ~ "stimmte")', () => {
    expect(answer('Wann war die Abstimmung?')).toContain('3. März');
  });

  it('meets a noun the article lacks by the article\'s noun after the same figure ("2.000 Romane" ~ "2.000 Jugendbücher")', () => {
    expect(answer('Wer hat die 2.000 Romane gespendet?')).toContain('Förderverein');
    expect(answer('Wer hat die 3.000 Romane gespendet?')).toBe('abstained');
  });

  it('meets a compound by its modifier and another compound with its head in one passage ("Leserabend" ~ "Informationsabend für alle Leser")', () => {
    expect(answer('wann ist der leserabend')).toContain('Freitag um 18 Uhr');
  });

  it('meets the head of a misspelt compound like that of one spelt right ("Glockenturn" -> "Glockenturm" -> "Turm")', () => {
    expect(answer('Wie hoch ist der Glockenturn?')).toContain('24 Meter');
  });

  it('reads a lower-case word after an article as a noun: the article must hold it', () => {
    expect(answer('wie viele plätze hat das lernzentrum für die studenten')).toBe('abstained');
    expect(answer('wann öffnet die bücherei')).toContain('Herbst 2027');
  });
});

describe('reader questions: compounds and the kicker', () => {
  const bahn = answerAbout(`Erstellt von - Uhr

Bahnstreik: Lokführer legen den Fernverkehr lahm

Welche Züge fahren noch? Fern- und Regionalverkehr der Bahn stehen still.

Die Gewerkschaft hat erneut zum Streik aufgerufen. Der Ausstand soll am Mittwoch um 2 Uhr beginnen und am Freitag um 2 Uhr enden.

Im Fernverkehr soll nach Angaben der Bahn etwa jeder fünfte Zug fahren.

/news.de/dpa
`, 'bahnstreik.de.txt', { withCitations: true });

  it('meets the head of a compound by the singular of its umlaut plural ("Fernzüge" ~ "Zug")', () => {
    expect(bahn('Wie viele Fernzüge fahren noch?')).toContain('jeder fünfte Zug');
  });

  it('reads a start and an end as a duration, and a kicker word as no typo of itself', () => {
    expect(bahn('Wie lange dauert der Bahnstreik')).toContain('am Freitag um 2 Uhr enden');
  });
});
