import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Heimatverein Kessenbrück: Römische Mauern unter dem Festplatz - Dorf streitet über die Buslinie

Unter dem Festplatz von Kessenbrück sind Reste eines römischen Gutshofs aufgetaucht. Der Heimatverein freut sich, die Gemeinde rechnet mit Mehrkosten.

Die Grabung leitet die Archäologin Petra Lindqvist vom Landesamt für Denkmalpflege. Seit dem 4. Mai legt ihr Team mit sechs Studierenden die Grundmauern frei. "Wir haben Keramik, Münzen und ein Stück Wandputz gefunden", sagte Lindqvist. Ein Hubschrauber der Polizei fotografierte die Fundstelle aus der Luft. Bis Ende Juli soll die Fläche dokumentiert sein. Die Funde gehen danach zur Restaurierung nach Kassel.

Der Heimatverein zählt 214 Mitglieder und wurde 1952 von dem Lehrer Karl Brandes gegründet. Sein Vereinsmuseum schreibt seit Jahren rote Zahlen, im vergangenen Jahr kamen 3.100 Besucher. Auf der Mitgliederversammlung am Freitagabend im Gasthaus Linde stimmten 61 Anwesende dafür, einen Teil der Funde im Vereinsmuseum zu zeigen. Vorsitzender Bernd Kallweit (58) sprach von einem "Glücksfall für das Dorf". Kallweit arbeitet seit 12 Jahren im Vereinsmuseum.

Was wird aus dem Festplatz?

Das Schützenfest im August zieht auf die Wiese hinter der Turnhalle um. Die Gemeinde zahlt für die Grabung 35.000 Euro, den Rest trägt das Land. Der Landkreis schießt weitere 5.000 Euro zu. Die Pumpen der Grabung verbrauchen täglich 40 Liter Diesel. Aus dem alten Abwasserkanal unter dem Platz entweicht nach Angaben des Bauamts zudem Methangas, das eine Fachfirma absaugt.

Warum ärgern sich die Pendler?

SPD-Fraktionschef Tobias Wendt wirft der Gemeinde vor, die Pendler vergessen zu haben. "Das ist eine Zumutung für alle, die früh zur Arbeit müssen", sagte Wendt. Bauamts-Chefin Miriam Kolbe (51) rechnet mit drei Wochen Sperrung.

Wegen der Grabung ist die Hauptstraße gesperrt, der Verkehr wird über die B 214 umgeleitet. Die Haltestelle am Rathaus entfällt bis auf Weiteres, Ersatz gibt es am Friedhof.

  • Die Buslinie 23 nach Wendrich fährt werktags nur noch alle 40 Minuten, bisher war es alle 20 Minuten.
  • Schüler erreichen die Gesamtschule mit einem Sonderbus um 7.05 Uhr.
  • Die Umleitung ist mit gelben Schildern ausgewiesen.

"Wer morgens zur Arbeit muss, verliert jeden Tag eine halbe Stunde", sagte Pendlerin Sabine Rothe.

Lesen Sie auch:

Römerfund in Xanten: Archäologen entdecken Badehaus

Folgen Sie News.de schon bei WhatsApp, Facebook, Twitter, Pinterest und YouTube? Hier finden Sie brandaktuelle News, spannende Videos und den direkten Draht zur Redaktion.

/news.de/dpa
`;

const answer = answerAbout(text, 'heimatverein-kessenbrueck.de.txt', { withCitations: false });

describe('reader questions about an invented article (session 11)', () => {
  it('reads a misspelt word as the head or the modifier of an article compound', () => {
    // "Versamlung": one letter off the head of "Mitgliederversammlung"; "Metahn": two letters swapped in "Methangas".
    expect(answer('Wann war die Versamlung?')).toContain('am Freitagabend');
    expect(answer('Wie viele Leute waren bei der Versamlung?')).toContain('61 Anwesende');
    expect(answer('Was für eine Firma saugt das Metahn ab?')).toContain('Fachfirma');
  });

  it('meets a three-letter noun in compounds that go on with a word of their own', () => {
    expect(answer('Wie oft fährt der Bus nach Wendrich?')).toContain('alle 40 Minuten');
  });

  it('reads a plural in -usse as its singular', () => {
    expect(answer('Wann fahren die Busse zur Gesamtschule?')).toContain('7.05 Uhr');
  });

  it('meets an -ung noun with a verb prefix in the same noun without it', () => {
    expect(answer('Wer leitet die Ausgrabung?')).toContain('Petra Lindqvist');
    expect(answer('Wie viel kostet die Ausgrabung die Gemeinde?')).toContain('35.000 Euro');
  });

  it('knows a person named once after a hyphenated role or before an age in brackets, and answers what they said', () => {
    expect(answer('Wer leitet das Bauamt?')).toContain('Miriam Kolbe');
    expect(answer('Wie alt ist Kolbe?')).toContain('(51)');
    expect(answer('Was wirft Wendt der Gemeinde vor?')).toContain('die Pendler vergessen');
    // What someone said answers "Was bemängelt Wendt?" though the text has no word of the verb.
    expect(answer('Was bemängelt Wendt?')).toContain('Zumutung');
  });

  it('reads an idiom of the question as the plain word ("ins Leben gerufen" as "gegründet")', () => {
    expect(answer('Wer hat den Heimatverein ins Leben gerufen?')).toContain('Karl Brandes');
    expect(answer('Wann wurde der Verein ins Leben gerufen?')).toContain('1952');
    // An idiom the article uses itself is met as written.
    expect(answer('Schreibt das Vereinsmuseum rote Zahlen?')).toContain('seit Jahren rote Zahlen');
  });

  it('takes a number before a unit of time for a span, which counts no noun after it', () => {
    expect(answer('Wie viele Jahre arbeitet Kallweit schon im Vereinsmuseum?')).toContain('seit 12 Jahren');
    expect(answer('Wie viele Vereinsmuseen gibt es?')).toBe('abstained');
    expect(answer('Wie viele Vereinsmuseen hat der Heimatverein?')).toBe('abstained');
  });

  it('meets a noun of a separable verb the article writes apart ("Zuschuss" ~ "schießt … zu")', () => {
    expect(answer('Wie hoch ist der Zuschuss vom Landkreis?')).toContain('5.000 Euro');
  });

  it('meets a road written as one word ("B214") where the article writes it apart ("B 214")', () => {
    expect(answer('Wohin wird der Verkehr umgeleitet, auf die B214?')).toContain('B 214');
  });

  it('reads a short noun with one letter dropped as the article word ("Disel" ~ "Diesel"), not a word of its own ("Kasse")', () => {
    expect(answer('Wie viel Disel verbrauchen die Pumpen?')).toContain('40 Liter Diesel');
    expect(answer('Wie viel Geld ist in der Kasse?')).toBe('abstained');
  });

  it('reads a slip the article and the word lists do not know as the listed word, met by its synonyms', () => {
    expect(answer('Was hat der Helikoper gemacht?')).toContain('Hubschrauber');
    expect(answer('Wie viele Besucher kamen im lezten Jahr?')).toContain('3.100 Besucher');
  });

  it('still abstains when the thing asked for is not in the text', () => {
    expect(answer('Wie viele Busse hat der Verkehrsbetrieb?')).toBe('abstained');
    expect(answer('Wie alt ist die Archäologin?')).toBe('abstained');
  });
});
