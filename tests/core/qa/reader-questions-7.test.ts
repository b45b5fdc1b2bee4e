import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/core/qa/question.js';
import { alternativesIn, answerAbout } from './answer-about.js';

const text = `Erstellt von - Uhr

Fährbetrieb eingestellt: Inselfähre Lindwerder fährt nicht mehr - 1.200 Pendler betroffen

Die einzige Fährverbindung zur Insel Lindwerder ist eingestellt. Das Fährunternehmen Wellmann hat Insolvenz angemeldet. Wie geht es weiter?

Das Fährunternehmen Wellmann aus Sandort hat beim Amtsgericht einen Insolvenzantrag gestellt. Als Insolvenzverwalterin wurde die Kieler Anwältin Petra Lorenz eingesetzt, die die Kanzlei 2015 von ihrer Mutter übernommen hat. Die Firma beschäftigt 23 Mitarbeiter, darunter neun Kapitäne. Im vergangenen Jahr musste die Firma zwei neue Schiffe kaufen. Die Reparatur der alten Fähre kostet mehrere Tausend Euro. Für das neue Radar zahlt sie 48.000 Euro. Ein Kapitän hatte die Schäden am Rumpf schon im März gemeldet, sagte Reederei-Sprecher Jan Hinrichs.

Am Dienstagabend verloren zwei Segler im Nebel die Wegmarkierungen aus den Augen und liefen auf eine Sandbank, weil die Tonnen nicht beleuchtet waren. Ihre Route hatten sie mit einer Segel-App geplant. Ein Schiffsarzt versorgte die beiden. Wegen des Sturms fiel am Mittwoch auch der Ersatzverkehr aus. Das Unglück erschütterte die Insel.

Bei dem Unfall um 5.30 Uhr wurde an Bord der Fähre niemand verletzt. Das Feuer auf dem alten Anleger war noch in zwölf Kilometern Entfernung zu sehen.

Wie ist das Wetter?

Am Samstag drohen Gewitter mit Starkregen und Sturmböen bis 90 Kilometer pro Stunde.

Wie kommen die Pendler jetzt aufs Festland?

Ab Montag gilt ein Notfallfahrplan mit drei Fahrten am Tag. In Sandort fährt der Ersatzbus um 6.15 Uhr ab. Nach Kleinmöwen fährt kein Ersatzbus. Insgesamt nutzen 1.200 Pendler die Fähre. Die älteste Pendlerin ist eine 91-jährige Frau aus Brinkholm. Sie zahlte am Montag 40 Euro für ein Taxi. Die Verwalterin Lorenz verhandelt mit Reedereien aus Russland über ein Ersatzschiff. "Wir suchen jede Lösung", sagte Petra Lorenz. Angefahren werden künftig nur noch drei Häfen:

  • der Stadthafen von Sandort,
  • der Anleger in Kleinmöwen,
  • der Kai von Brinkholm.

Was wird für die Pendler getan?

Einige Kapitäne arbeiten seit Jahrzehnten mit der Kanzlei von Lorenz. Insgesamt suchten am Dienstag 45 Einsatzkräfte nach den Seglern. Direkte Hilfen für die Pendler lehnte der Kreis ab. Er verwies auf andere Möglichkeiten:

  • Pendler können beim Kreis eine Erstattung ihrer Monatskarten beantragen.
  • Ein Wassertaxi fährt zweimal am Tag.

Folgen Sie News.de schon bei WhatsApp, Facebook, Twitter, Pinterest und YouTube? Hier finden Sie brandheiße News, aktuelle Videos und den direkten Draht zur Redaktion.

fsm/news.de/dpa

Themen:
`;
const answer = answerAbout(text, 'inselfaehre-lindwerder.de.txt', { withCitations: true });
const alternativesOf = alternativesIn(text, 'inselfaehre-lindwerder.de.txt');

describe('reader questions: round 9 mechanisms', () => {
  it('reads a place adjective before a noun ("der Kieler Anwältin") as where a person comes from', () => {
    expect(answer('Woher kommt die Insolvenzverwalterin?')).toContain('Kieler Anwältin');
  });

  it('names the editor\'s initials when asked for the Kürzel under the article', () => {
    expect(answer('Welches Kürzel steht unter dem Artikel?')).toContain('fsm/news.de/dpa');
  });

  it('meets a short noun in the article\'s compounds ("Weg" in "Wegmarkierungen"), not in a stop word ("wegen")', () => {
    expect(answer('Warum haben die Segler den Weg verloren?')).toContain('Tonnen nicht beleuchtet');
    expect(alternativesOf('Warum haben die Segler den Weg verloren?', 'weg').flat()).not.toContain('weg');
  });

  it('meets a compound with a three-letter modifier the article uses in compounds by its head ("Fährfirma" ~ "Fährunternehmen", "Firma")', () => {
    expect(alternativesOf('Wie viele Leute arbeiten bei der Fährfirma?', 'faehrfirma').flat()).toEqual(expect.arrayContaining(['firma', 'faehrunternehm']));
    expect(answer('Wie viele Leute arbeiten bei der Fährfirma?')).toContain('23 Mitarbeiter');
  });

  it('reads "weg" after "weit" as a particle, not as the noun "Weg"', () => {
    expect(answer('Wie weit weg konnte man das Feuer sehen?')).toContain('zwölf Kilometern');
  });

  it('quotes the bullets a paragraph introduces with a colon', () => {
    const reply = answer('Welche Häfen werden noch angefahren?');
    expect(reply).toContain('Kleinmöwen');
    expect(reply).toContain('Brinkholm');
  });

  it('reads "Welche Orte …" as asking where, and drops "Frau" before a name', () => {
    expect(answer('Welche Orte werden noch angefahren?')).toContain('Sandort');
    expect(answer('Mit wem verhandelt Frau Lorenz?')).toContain('Reedereien aus Russland');
  });

  it('meets a country by its adjective and a compound by a wider one with the same modifier and head', () => {
    const keysOf = (question: string, word: string): string[] => alternativesOf(question, word).flat();
    expect(keysOf('Verhandelt Lorenz mit russischen Reedereien?', 'russischen')).toContain('russland');
    expect(keysOf('Ab wann gilt der Notfahrplan?', 'notfahrplan')).toContain('notfallfahrplan');
    expect(answer('Ab wann gilt der Notfahrplan?')).toContain('Ab Montag');
  });

  it('answers "who is X\'s mother" only with another name than X\'s own', () => {
    expect(answer('Wie heißt die Insolvenzverwalterin?')).toContain('Petra Lorenz');
    expect(answer('Wie heißt die Mutter von Petra Lorenz?')).toBe('abstained');
  });

  it('does not take "ein Kapitän" for a name when asked who the captain was', () => {
    expect(answer('Wie heißt der Kapitän, der die Schäden gemeldet hat?')).toBe('abstained');
  });

  it('meets a separable verb the question joins and the article splits ("ausgefallen" ~ "fiel … aus")', () => {
    expect(alternativesOf('Wann ist der Ersatzverkehr ausgefallen?', 'ausgefallen')).toContainEqual(['fall', 'aus']);
  });

  it('prefers the time after "seit" only in a passage about the one asked', () => {
    expect(answer('Seit wann leitet Petra Lorenz die Kanzlei?')).toContain('2015');
  });

  it('answers a question for a total only with a sentence that gives one', () => {
    expect(answer('Wie viele Pendler nutzen die Fähre insgesamt?')).toContain('1.200 Pendler');
    expect(answer('Wie viele Schiffe hat die Firma insgesamt?')).toBe('abstained');
  });

  it('answers "genau" only with a precise figure', () => {
    expect(answer('Was kostet das neue Radar genau?')).toContain('48.000 Euro');
    expect(answer('Wie viel kostet die Reparatur der Fähre genau?')).toBe('abstained');
  });

  it('does not answer "Welche App …" with "einer App": the kind named with an indefinite article identifies nothing', () => {
    expect(answer('Welche Segel-App haben die Segler benutzt?')).toBe('abstained');
  });

  it('reads "wobei" as a question word and "Welche Art von …" by the noun after it', () => {
    expect(answer('Wobei verhandelt Lorenz mit den Reedereien?')).toContain('Ersatzschiff');
    expect(answer('Welche Art von Schiff sucht Lorenz in Russland?')).toContain('Ersatzschiff');
  });

  it('answers "in X" only with a sentence about X, not one about another place', () => {
    expect(answer('Wann fährt der Ersatzbus in Sandort ab?')).toContain('6.15 Uhr');
    expect(answer('Wann fährt der Ersatzbus in Kleinmöwen ab?')).toBe('abstained');
  });

  it('finds the figure in the sentence that continues the one with the number asked ("eine 91-jährige Frau … Sie zahlte …")', () => {
    expect(answer('Wie viel Geld hat die 91-Jährige für das Taxi bezahlt?')).toContain('40 Euro');
  });

  it('meets a compound by the article\'s compound of the same modifier and a synonym of the head ("Schiffsdoktor" ~ "Schiffsarzt")', () => {
    const question = parseQuestion('Wen versorgte der Schiffsdoktor vor allem?', [], undefined);
    expect(question.terms.map((term) => term.words[0])).not.toContain('allem');
    expect(alternativesOf('Wen versorgte der Schiffsdoktor vor allem?', 'schiffsdoktor').flat()).toContain('schiffsarzt');
  });

  it('meets a synonym of a compound\'s head ("Fährunglück" ~ "Unfall")', () => {
    expect(answer('Wann war das Fährunglück?')).toContain('5.30 Uhr');
  });

  it('counts rescuers under any of their names', () => {
    expect(answer('Wie viele Helfer suchten nach den Seglern?')).toContain('45 Einsatzkräfte');
  });

  it('does not take a speed for an amount ("Wie viel Regen …" is not answered by "90 Kilometer pro Stunde")', () => {
    expect(answer('Wie viel Regen fällt am Samstag?')).toBe('abstained');
  });
});
