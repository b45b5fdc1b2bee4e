import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/parse-article.js';
import { createQaEngine } from '../../../src/core/qa/engine.js';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Töpferei Lindgrün: Traditionswerkstatt in Not - Genossenschaft soll retten

Seit Generationen wird in Ebershagen getöpfert. Jetzt stehen die Werkstatt und ihr Museum vor dem Aus. Eine Genossenschaft will das verhindern.

Das 1921 gegründete Familienunternehmen stellt Krüge, Schalen und Fliesen her. Ab dem 1. April ruht die Arbeit an der Töpferscheibe teilweise. Die Aufträge sind um 31 Prozent eingebrochen. Der alte Brennofen soll durch einen neuen ersetzt werden, der rund 48.000 Euro kostet.

Lesen Sie auch:

Handwerk in Not: Wenn die Energie zu teuer wird

Wie soll die Rettung gelingen?

Für den Wachdienst beim Töpfermarkt rechnet die Genossenschaft mit rund 9.000 Euro, beim letzten Markt waren es noch 2.500 Euro.

Den Wachdienst übernehmen beim Töpfermarkt 14 Leute aus dem Ort. Eine Online-Petition für den Erhalt hat 1.200 Unterschriften gesammelt. Zum Start hat die Genossenschaft 650 zahlende Mitglieder eingeplant.

Die Vorführungen an der Töpferscheibe gibt es vorerst nur noch dienstags und freitags. Die Belegschaft von neun Leuten bleibt vollständig erhalten, sagte Werkstattleiterin Edda Kronbichler. Im vergangenen Schuljahr kamen 38 Klassen zu Kursen in die Werkstatt.

Kronbichler ist seit 2015 auch Vorsitzende der Genossenschaft.

Die Töpferin, die seit 1990 in Ebershagen lebt, gibt auch Kurse.

Folgen Sie News.de schon bei WhatsApp, Facebook, Twitter, Pinterest und YouTube? Hier finden Sie brandaktuelle News, spannende Videos und den direkten Draht zur Redaktion.

/news.de/dpa
`;

const answer = answerAbout(text, 'toepferei-ebershagen.de.txt', { withCitations: false });

describe('reader questions about an invented article (session 14)', () => {
  it('reads "wievielen" as the question word "wie vielen", not as a word the article lacks', () => {
    expect(answer('mit wievielen zahlenden mitgliedern plant die genossenschaft')).toContain('650 zahlende');
  });

  it('asks for a sum of money with "Wie viel … ausgeben?", the verb of spending at the end', () => {
    const spent = answer('Wie viel muss die Genossenschaft für den Wachdienst ausgeben?');
    expect(spent).toContain('9.000 Euro');
    expect(spent).not.toContain('14 Leute');
  });

  it('asks when with "In welchem Jahr …": a passage with no time does not answer it', () => {
    expect(answer('In welchem Jahr wurde die Werkstatt gebaut?')).toBe('abstained');
  });

  it('takes "Plattform" as content, unless the question asks where to follow the publisher', () => {
    expect(answer('Auf welcher Plattform läuft die Online-Petition?')).toBe('abstained');
    expect(answer('Auf welchen Plattformen kann man News.de folgen?')).toContain('WhatsApp');
  });

  it('meets a short noun the stemmer keeps whole by the compounds it heads ("Ofen" ~ "Brennofen")', () => {
    expect(answer('Was kostet der neue Ofen?')).toContain('48.000 Euro');
  });

  it('does not take a shared noun suffix for a shared head ("Gewerkschaft" is no "Belegschaft")', () => {
    expect(answer('In welcher Gewerkschaft ist die Werkstattleiterin?')).toBe('abstained');
  });

  it('meets a word by a compound headed by its synonym ("Firma" ~ "Familienunternehmen")', () => {
    expect(answer('Seit wann gibt es die Firma?')).toContain('1921');
  });

  it('reads "Die Töpferin, die …" at the start of a sentence as the person named before, and names her when asked', () => {
    expect(answer('Seit wann lebt Edda Kronbichler dort?')).toContain('seit 1990');
    // Asked for her name, the answer says whom the role means, as the article writes the name.
    const named = answer('Wie heißt die Töpferin?');
    expect(named).toContain('Gemeint ist Edda Kronbichler:');
    expect(named).toContain('Die Töpferin, die seit 1990');
  });

  it('takes weekdays as adverbs ("dienstags und freitags") for times', () => {
    expect(answer('Wann kann man an der Töpferscheibe noch zuschauen?')).toContain('dienstags und freitags');
  });
});

// A second invented article: place adjectives, a kind asked by a compound, words of need and of describing.
const harbour = `Erstellt von - Uhr

Kampfmittel: Taucher bergen Weltkriegsmunition im Hafen von Kalbsrieth

Seit Wochen suchen Taucher im Hafenbecken nach Altlasten. Jetzt ist die Bilanz da.

Im Hafen von Kalbsrieth haben Taucher des Räumdienstes 340 Geschosse aus dem Zweiten Weltkrieg geborgen. Ein Teil der Munition stammt nach Angaben der Behörde aus schottischer Produktion. Der Räumdienst braucht für weitere Einsätze zwei zusätzliche Taucher. Am Ufer des Hafens liegt viel Müll.

Wie geht es weiter?

Heimatforscher Arvid Lönnberg beschreibt das Hafenbecken als "größtes Munitionslager der Küste". Die Behörde will zwei schottische Schiffe kaufen, die den Grund absuchen sollen. Der Räumdienst arbeitet seit 1992 im Hafen. Für die Bergung der restlichen Munition stimmten 58 Prozent der Gemeinderäte.

Helfer verteilen täglich rund 400 Essen an die Mannschaften. Sozialdezernentin Ulla Berning (SPD) dankte ihnen. Warme Mahlzeiten gibt es nur mittags. Die Behörde teilt die Geschosse in Klassen ein, das Wasser hat derzeit 14 Grad.

Zum Hafenfest kamen trotz der Sperrungen rund 12.000 Menschen, früher waren es oft 20.000. Viele Besucher wollten die Taucher sehen. Die Küstenwache prüft, ob im Hafenbecken auch ein Nuklearlager liegt. Anwohner am Kai sind gegen die Bergung, weil sie Sprengungen fürchten.

/news.de/dpa
`;

const answerHarbour = answerAbout(harbour, 'hafen-kalbsrieth.de.txt', { withCitations: false });

describe('reader questions about a second invented article (session 14)', () => {
  it('meets a place by the adjective the article uses for it ("Schottland" ~ "aus schottischer Produktion")', () => {
    expect(answerHarbour('Welche Munition stammt aus Schottland?')).toContain('schottischer Produktion');
  });

  it('asks for a type with a compound of a kind ("Schiffstypen"): the thing named without one is no answer', () => {
    expect(answerHarbour('Welche Schiffstypen will die Behörde aus Schottland kaufen?')).toBe('abstained');
  });

  it('takes "charakterisiert" as a verb of describing: the word after "als" is the answer\'s, not the article\'s', () => {
    expect(answerHarbour('Wie charakterisiert Lönnberg das Hafenbecken als Versteck?')).toContain('Munitionslager');
  });

  it('reads "fehlt" as a word of need ("Woran fehlt es …" ~ "braucht")', () => {
    const lacking = answerHarbour('Woran fehlt es dem Räumdienst?');
    expect(lacking).toContain('zwei zusätzliche Taucher');
    expect(lacking).not.toContain('seit 1992');
  });

  it('meets "Granaten" by "Geschosse"', () => {
    expect(answerHarbour('Wie viele Granaten haben die Taucher geborgen?')).toContain('340 Geschosse');
  });

  it('counts a group of people by plain words for people ("Wie viele Besucher …" ~ "rund 12.000 Menschen")', () => {
    expect(answerHarbour('Wie viele Besucher hatte das Hafenfest?')).toContain('12.000 Menschen');
  });

  it('reads "diese Zahl" in a follow-up as what the answer before gave: the nouns of the question before stand in its place', () => {
    const engine = createQaEngine([parseArticle(harbour, 'hafen-kalbsrieth.de.txt')]);
    const question = 'Wie viele Geschosse haben die Taucher geborgen?';
    const previous = { question, answer: engine.answer(question).text };
    expect(previous.answer).toContain('340 Geschosse');
    expect(engine.answer('Und woher stammt diese Zahl?', { previous }).text).toContain('340 Geschosse');
  });

  it('reads "Atom-" and "Nuklear-" as the same modifier ("Atomlager" ~ "Nuklearlager")', () => {
    const store = answerHarbour('Gibt es am Hafen auch ein Atomlager?');
    expect(store).toContain('Nuklearlager');
    expect(store).not.toContain('Munitionslager');
  });

  it('counts a noun by its thesaurus synonyms too, where the article also has the noun itself ("Mahlzeiten" ~ "400 Essen")', () => {
    expect(answerHarbour('Wie viele Mahlzeiten verteilen die Helfer?')).toContain('400 Essen');
    // (Not by a unit: "Klassen" are no "Grad".)
    expect(answerHarbour('Wie viele Klassen von Geschossen gibt es?')).toBe('abstained');
  });

  it('answers "Was kostet …" and "Wie viel verlangen …" only with a sum in a currency, not with a percentage', () => {
    expect(answerHarbour('Was kostet die Bergung der restlichen Munition?')).toBe('abstained');
    expect(answerHarbour('Wie viel verlangen die Gemeinderäte für die Bergung?')).toBe('abstained');
  });

  it('answers a follow-up starting with "Und" that the article does not answer as asked from the passage quoted before', () => {
    const engine = createQaEngine([parseArticle(harbour, 'hafen-kalbsrieth.de.txt')]);
    const question = 'Wie viele Besucher hatte das Hafenfest?';
    const previous = { question, answer: engine.answer(question).text };
    expect(engine.answer('Und wie viele waren es sonst?', { previous }).text).toContain('früher waren es oft 20.000');
    expect(engine.answer('Und wie viele waren es sonst?').answered).toBe(false);
  });

  it('answers a question whose word for the story ("das Projekt") the article lacks by its other words, but not one only about it', () => {
    expect(answerHarbour('Warum sind die Anwohner gegen das Projekt?')).toContain('Sprengungen fürchten');
    expect(answerHarbour('Was kostet das Projekt?')).toBe('abstained');
  });

  it('reads "zuständig" as a word that may add to a match but never decides one ("Wer ist für Soziales zuständig?")', () => {
    expect(answerHarbour('Wer ist in der Stadt für Soziales zuständig?')).toContain('Ulla Berning');
  });
});
