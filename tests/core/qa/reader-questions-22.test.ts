import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/parse-article.js';
import { createQaEngine } from '../../../src/core/qa/engine.js';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Ruderclub Weidenau: Neues Bootshaus am Altarm - Junioren bekommen eigenen Achter

Der Ruderclub Weidenau hat sein neues Bootshaus bezogen. Die Junioren freuen sich über ein eigenes Boot.

Das neue Bootshaus des Ruderclubs Weidenau am Altarm ist am 3. Mai eröffnet worden. Über den Neubau hatte die Mitgliederversammlung am 9. Februar 2024 entschieden, mit 112 zu 14 Stimmen. Gebaut hat es die Zimmerei Hollerbach für 1,4 Millionen Euro.

In der vergangenen Saison mussten die Junioren zwei Regatten absagen, weil ihr alter Achter leckte.

Ab der Saison 2026/27 haben die Junioren einen neuen Achter, in dem sie rudern. Ihn hat ein Sponsor bezahlt.

Wie geht es weiter?

Im August starten die Junioren bei einer Regatta in Portugal.

Die Uferstraße am Bootshaus wird ab Juni für voraussichtlich acht Wochen gesperrt.

Nach der Sanierung soll die Straße 40 Jahre lang halten, sagte der Bürgermeister.

Nicht alle sind zufrieden. Kassenwart Jens Ohm stimmte gegen den Neubau, weil der Verein dafür 300.000 Euro Kredit aufnehmen muss.

Für die Liegeplätze am Altarm führt die Stadt ein neues Punktesystem ein.

Der Hotelverband hält die Vergabe nach Punkten für unfair: Sie benachteilige kleine Betriebe.

Seit 2019 kostet ein Kanu am Steg des Clubs 8 Euro am Tag.

Teurer wird es ab dem 1. April: Dann kostet ein Kanu 12 Euro.

Auch die Grundschule am Altarm macht beim Schulrudern mit. Jede Woche kommen 40 Kinder an den Steg, im Winter fällt das Training aus. "Die Kinder lieben das Wasser", sagt Schulleiterin Petra Lind.

Über dem Eingang hängt ein hölzerner Einer von 1908.

Für Gäste gibt es Karten für den Steg: Eine Tageskarte kostet 2 Euro, eine Monatskarte 15 Euro und eine Jahreskarte 120 Euro.

Im vergangenen Jahr kamen rund 3.000 Gäste an den Altarm, so viele wie nie.

Im Juli besucht Landrat Erwin Stolz den Ruderclub.

Oberste Priorität hat für den Vorstand die Jugendarbeit.

Der Vorstand nennt den Steg eine wichtige Anlegestelle für Gäste.

Der Kanuverband Weidenau (KVW) richtet im September eine Regatta am Altarm aus.

Zur Regatta erwartet KVW-Präsidentin Ina Roth rund 300 Boote.

Gegründet wurde der Verein 1921 von dem Lehrer Otto Brandt.

„Wir haben uns übernommen“, sagte Kassenwart Jens Ohm.

Das Schifffahrtsamt Weidenau prüft den Steg jedes Jahr. Beanstandet hat es bisher nichts.

„Der Steg ist sicher“, sagte Amtsleiter Tim Berg bei der letzten Abnahme.

Beim letzten Hochwasser summierten sich die Schäden am Steg auf rund 12.000 Euro.

Bei Hochwasser kommen die Kanus in die Halle der Zimmerei Hollerbach.

Auf Drohnenbildern der Stadt wurde am Altarm zuletzt ein Biber gesichtet.

Der Verein hat 340 Mitglieder, 85 davon sind Jugendliche. "Wir wollen im Sommer auch Kurse für Schulen anbieten", sagte die Vorsitzende Maren Ohlsen.

/news.de/dpa
`;
const answer = answerAbout(text, 'ruderclub-weidenau.de.txt', { withCitations: false });

describe('reader questions about an invented article (session 19)', () => {
  it('reads "An welchem Tag …" as asking when: a date answers it, though the article never says "Tag"', () => {
    expect(answer('An welchem Tag hat die Mitgliederversammlung über den Neubau entschieden?')).toContain('9. Februar 2024');
  });

  it('reads "Ab welcher Saison …" as asking when, like "In welchem Jahr …"', () => {
    const reply = answer('Ab welcher Saison rudern die Junioren im Achter?');
    expect(reply).toContain('2026/27');
    expect(reply).not.toContain('leckte');
  });

  it('answers "Seit wann ist X offen?" by the day X was opened', () => {
    expect(answer('Seit wann ist das Bootshaus offen?')).toContain('3. Mai');
  });

  it('takes the measure said with the question\'s verb ("für acht Wochen gesperrt"), not one stated by the measure\'s word ("40 Jahre lang")', () => {
    expect(answer('Wie lange bleibt die Straße gesperrt?').split('\n')[0]).toContain('acht Wochen');
  });

  it('answers "Wo …" though the article lacks a noun of its phrase, as an answer must name a place; not "Wie viele …", nor a missing object', () => {
    expect(answer('Wo sind die Kanus während eines Sturms?')).toContain('Halle der Zimmerei');
    expect(answer('Wo kommen die Kanus unter, wenn eine Sturmflut droht?')).toContain('Halle der Zimmerei');
    expect(answer('Wie viele Kanus hat der Verein bei der Sturmflut verloren?')).toBe('abstained');
    expect(answer('Wo kauft der Verein seine Motorboote?')).toBe('abstained');
  });

  it('answers "Warum …" by a passage covering less of the question: a reason is worded apart from the question', () => {
    expect(answer('Warum ist der Hotelverband gegen das System?')).toContain('benachteilige kleine Betriebe');
  });

  it('answers "Wo …" by a passage covering less of the question only where it names a place', () => {
    expect(answer('Wo können sich die Jugendlichen nach dem Rudern aufwärmen?')).toBe('abstained');
  });

  it('answers "Ab wann …" first by a start ("ab dem 1. April"), not by "seit 2019"', () => {
    expect(answer('Ab wann kostet ein Kanu mehr?').split('\n')[0]).toContain('ab dem 1. April');
  });

  it('answers "Wer leitet X?" by the compound of X\'s head and the verb ("Grundschule" ~ "Schulleiterin Petra Lind")', () => {
    expect(answer('Wer leitet die Grundschule?')).toContain('Petra Lind');
  });

  it('answers "Aus welchem Jahr …" by a year the article gives without the word "Jahr"', () => {
    expect(answer('Aus welchem Jahr stammt der hölzerne Einer über dem Eingang?')).toContain('1908');
  });

  it('answers a question about a vote by its result ("mit 112 zu 14 Stimmen"), though the article never says "Abstimmung"', () => {
    expect(answer('Wie ist die Abstimmung ausgegangen?')).toContain('112 zu 14');
    expect(answer('Mit welcher Mehrheit wurde der Neubau beschlossen?')).toContain('112 zu 14');
  });

  it('reads a fragment starting with "Und" as the question before, asked of what the fragment names', () => {
    const engine = createQaEngine([parseArticle(text, 'ruderclub-weidenau.de.txt')]);
    const question = 'Was kostet eine Karte für den Steg im Monat?';
    const first = engine.answer(question);
    expect(first.text).toContain('15 Euro');
    expect(engine.answer('Und fürs ganze Jahr?', { previous: { question, answer: first.text } }).text).toContain('120 Euro');
  });

  it('meets "reisen" in "besuchen": who travels to a place visits it', () => {
    expect(answer('Wohin reist Erwin Stolz?')).toContain('besucht Landrat Erwin Stolz den Ruderclub');
  });

  it('reads "besonders wichtig" as having priority', () => {
    expect(answer('Was ist dem Vorstand besonders wichtig?').split('\n')[0]).toContain('Jugendarbeit');
  });

  it('reads an abbreviation defined in brackets as what it stands for ("Kanuverband Weidenau (KVW)" … "KVW-Präsidentin")', () => {
    expect(answer('Wer ist die Chefin vom Kanuverband?')).toContain('Ina Roth');
  });

  it('weighs a verb of founding like a noun: "Wer hat den Ruderclub gegründet?" asks for that act', () => {
    expect(answer('Wer hat den Ruderclub gegründet?').split('\n')[0]).toContain('Otto Brandt');
  });

  it('answers "Was sagt X zu Y?" by X\'s words though the article lacks the noun Y', () => {
    expect(answer('Was sagt Ohm zu der Höhe?')).toContain('Wir haben uns übernommen');
  });

  it('answers "Wer ist der Chef vom X?" by a leader compound of X\'s head ("Schifffahrtsamt" ~ "Amtsleiter Tim Berg")', () => {
    expect(answer('Wer ist der Chef vom Schifffahrtsamt?')).toContain('Tim Berg');
  });

  it('reads "Gesamtschaden" as the whole of the damage, which the article gives without "gesamt"', () => {
    expect(answer('Wie hoch war der Gesamtschaden am Steg?')).toContain('12.000 Euro');
  });

  it('meets "erkennen" in "gesichtet": what one can make out on a picture is what was seen on it', () => {
    expect(answer('Was konnte man auf den Drohnenfotos erkennen?')).toContain('Biber');
  });

  it('takes a capital for its country where the question names a place ("in Lissabon" ~ "in Portugal")', () => {
    expect(answer('Wann starten die Junioren bei der Regatta in Lissabon?')).toContain('Im August');
  });
});
