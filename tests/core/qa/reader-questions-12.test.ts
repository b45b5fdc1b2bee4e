import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/core/qa/question.js';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Druckerei in Wiesental: Traditionsbetrieb schließt - 140 Beschäftigte verlieren ihre Arbeit

Nach 96 Jahren ist Schluss: Die Druckerei Hallbach in Wiesental stellt Ende Juni den Betrieb ein. Betroffen sind 140 Beschäftigte.

Die Halle der Druckerei Hallbach in Wiesental. (Foto) Suche
Die Halle der Druckerei Hallbach in Wiesental. Bild: picture alliance/dpa | Lutz Berger

Die Druckerei Hallbach stellt zum 30. Juni den Betrieb ein. Das teilte Geschäftsführerin Ines Hallbach am Dienstag den Beschäftigten mit. Der Verlag, für den das Haus seit Jahrzehnten Zeitungen druckt, lässt vom Sommer an in Polen drucken. Nach Angaben der Gewerkschaft hatte der Verlag den Vertrag schon im Winter gekündigt.

Die Halle liegt zwei Kilometer vom Bahnhof entfernt. Auf 6.500 Quadratmetern stehen dort vier Druckmaschinen. Jedes Jahr druckt die Firma rund 40 Millionen Zeitungen, im vergangenen Jahr waren es noch 45 Millionen. Seit 2015 lebt Firmengründer Otto Hallbach im Seniorenheim am Markt. Bei einem Brand in der Halle im März war die Feuerwehr nach acht Minuten vor Ort. Ein Jahresabo der Zeitung kostet heute 380 Euro. Im Jahr 2010 waren es noch 210 Euro.

Jeden Mittwoch ab 18 Uhr öffnet das Druckmuseum im Keller. Dann führen ehemalige Drucker durch die Räume.

Warum gibt die Familie auf?

Die wichtigste Druckmaschine ist fast 30 Jahre alt und gilt als veraltet. Eine neue Anlage würde rund drei Millionen Euro kosten. Als Ersatz kam auch eine gebrauchte Rotationsmaschine in Frage. Die Maschine hätte 400.000 Euro gekostet, war aber zu groß für die Halle. "Das können wir als Familienbetrieb nicht stemmen", sagte Hallbach.

In einem Brief an die Belegschaft schrieb Hallbach, die Druckerei habe "bis zum Schluss" einen Käufer gesucht.

Hallbach schrieb weiter, die Druckerei sei "ein Stück Wiesental" gewesen und werde es bleiben.

Was sagen Betriebsrat und Gewerkschaft?

Betriebsratsvorsitzender Jörg Lemke sprach von einem schwarzen Tag für Wiesental. Die Gewerkschaft Verdi fordert einen Sozialplan und eine Transfergesellschaft für alle Beschäftigten. Die Abstimmung der Belegschaft über den Sozialplan ist für Juli angesetzt. Die erste Betriebsversammlung fand am 2. Mai statt, eine weitere soll am 14. Juli stattfinden.

Die Agentur für Arbeit bietet im Werk eine Sprechstunde an, dienstags von 9 bis 13 Uhr. Dazu kommt im Internet eine Jobbörse, die "Neustart Wiesental". Rund 120 Tonnen Papier nimmt der Verlag aus dem Lager mit.

Wie reagiert die Politik?

Landrätin Sabine Ortmann (CDU) sagte Hilfe bei der Suche nach neuen Stellen zu. Bürgermeister Tim Vogt will auf dem Gelände Gewerbe ansiedeln. "Wir brauchen schnell neue Betriebe", sagte Jana Körber, die Wirtschaftsförderin der Stadt. Die Druckmaschinen sollen künftig in einem Museum in Leipzig stehen. Im Kreistag ging die Abstimmung über einen Zuschuss für die Beschäftigten mit 31 zu 29 Stimmen aus.

Folgen Sie News.de schon bei WhatsApp, Facebook, Twitter, Pinterest und YouTube? Hier finden Sie brandheiße News, aktuelle Videos und den direkten Draht zur Redaktion.

/news.de/dpa

Themen:
`;
const answer = answerAbout(text, 'druckerei-wiesental.de.txt', { withCitations: true });

describe('reader questions: round 14 mechanisms', () => {
  it('meets a question word the article has only as a near miss by its synonyms too ("verlangt" is no "Verlag")', () => {
    expect(answer('Was verlangt die Gewerkschaft?')).toContain('Sozialplan');
  });

  it('finds whoever heads something for "Wer leitet …?" and "Wer steht an der Spitze …?"', () => {
    expect(answer('Wer leitet die Druckerei?')).toContain('Ines Hallbach');
    expect(answer('Wer steht an der Spitze des Betriebsrats?')).toContain('Jörg Lemke');
  });

  it('reads "In welchem Zustand …" as asking about the thing, and "Zu welchen Uhrzeiten …" as asking when', () => {
    expect(answer('In welchem Zustand ist die Druckmaschine?')).toContain('veraltet');
    expect(answer('Zu welchen Uhrzeiten gibt es die Sprechstunde?')).toContain('9 bis 13 Uhr');
  });

  it('meets "jährlich" by the year, an area as a size, and "Wie schnell war X da?" by the time it took', () => {
    expect(answer('Wie viele Zeitungen druckt die Firma jährlich?')).toContain('40 Millionen');
    expect(answer('Wie groß ist die Halle?')).toContain('6.500 Quadratmetern');
    expect(answer('Wie schnell war die Feuerwehr da?')).toContain('acht Minuten');
  });

  it('takes the time a sentence points back to with "Dann" from the sentence before', () => {
    expect(answer('Wann führen ehemalige Drucker durch die Räume?')).toContain('18 Uhr');
  });

  it('reads a question word typed with a doubled letter ("Wass") and "Kohle" as money', () => {
    expect(answer('Wass sagt der Betriebsratsvorsitzende?')).toContain('schwarzen Tag');
    expect(answer('Wie viel Kohle kostet eine neue Anlage?')).toContain('drei Millionen Euro');
  });

  it('meets a compound by its head alone beside other compounds with that head, "zusätzliche" being no content', () => {
    expect(answer('Wie teuer wäre die zusätzliche Zweitmaschine gewesen?')).toContain('400.000 Euro');
  });

  it('reads "Wie knapp …?" as asking for the figures', () => {
    expect(parseQuestion('Wie knapp war die Abstimmung?', []).focus).toBe('count');
    expect(answer('Wie knapp war die Abstimmung?')).toContain('31 zu 29');
  });

  it('answers "Wie heißt der Chef …?" with a name whose words the index keeps as stems ("Lemke" as "lemk")', () => {
    expect(answer('Wie heißt der Chef des Betriebsrats?')).toContain('Jörg Lemke');
  });

  it('reads "X schrieb weiter" with the passage where X wrote before, and prefers a quoted predicate for "Wie bezeichnet …"', () => {
    expect(answer('Wie bezeichnet Hallbach die Druckerei in ihrem Brief an die Belegschaft?')).toContain('ein Stück Wiesental');
  });

  it('reads a lower-case question\'s noun as no verb, a bare request for a summary as one, and a quoted name after ", die"', () => {
    expect(answer('wie viel papier bekommt der verlag zurück')).toContain('120 Tonnen');
    // (The separable particle joins the verb, not the noun: "zurück" + "bekommt".)
    expect(parseQuestion('wie viel papier bekommt der verlag zurück', []).terms.map((term) => term.words.join(' '))).toContain('papier');
    expect(answer('Gib mir eine kurze Zusammenfassung')).toContain('Traditionsbetrieb schließt');
    expect(answer('Wie heißt die Jobbörse für die Beschäftigten?')).toContain('Neustart Wiesental');
  });

  it('reads "im Heim" as a noun, not a verb particle, and the word after "wie viele" as the counted noun without capitals', () => {
    expect(answer('Seit wann wohnt Otto Hallbach im Heim?')).toContain('Seit 2015');
    expect(answer('wie viele maschinen stehen in der halle')).toContain('vier Druckmaschinen');
  });

  it('reads "letztes Jahr" as "im vergangenen Jahr"', () => {
    expect(answer('Wie viele Zeitungen hat die Firma letztes Jahr gedruckt?')).toContain('45 Millionen');
  });

  it('reads "Im Jahr 2010 waren es noch 210 Euro" with the sentence before it', () => {
    expect(answer('Was kostete ein Jahresabo der Zeitung 2010?')).toContain('waren es noch 210 Euro');
  });

  it('takes what is planned ("soll am 14. Juli stattfinden") as the next one', () => {
    expect(answer('Wann ist die nächste Betriebsversammlung?')).toContain('14. Juli');
  });

  it('finds a name before a role in apposition, and reads "künftig hin" without taking the adverb for a verb', () => {
    expect(answer('Wie heißt die Wirtschaftsförderin der Stadt?')).toContain('Jana Körber');
    expect(answer('Wo sollen die Druckmaschinen künftig hin?')).toContain('Museum in Leipzig');
  });

  it('still abstains when the thing asked about is not in the article', () => {
    expect(answer('In welchem Zustand ist das Dach?')).toBe('abstained');
    expect(answer('Wer leitet die Feuerwehr?')).toBe('abstained');
  });
});
