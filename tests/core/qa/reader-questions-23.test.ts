import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Stadtkirche Lembach: Die Orgel schweigt bis Ostern - Werkstatt aus Passau restauriert 2.000 Pfeifen

Die große Orgel der Stadtkirche Lembach wird restauriert. Bis Ostern müssen die Gottesdienste ohne sie auskommen.

Die Orgel der Stadtkirche Lembach. (Foto) Suche
Die Orgel der Stadtkirche Lembach. Bild: picture alliance/dpa | Jana Fuchs

Die Orgelbauwerkstatt Kerschbaum aus Passau hat am Montag begonnen, die 2.000 Pfeifen der Lembacher Orgel auszubauen. Die Restaurierung kostet 260.000 Euro, davon trägt die Landeskirche die Hälfte.

Die Gemeinde prüft, ob sie einen Notenschrank anschafft. Darin könnten die Chöre ihre Noten lagern. Ein solcher Schrank kostet etwa 1.800 Euro.

Nach Angaben von Kantorin Ruth Albers hatten Holzwürmer den Spieltisch befallen. "Ohne die Arbeiten hätte die Orgel keine zehn Jahre mehr gehalten", sagte sie.

Wo wird solange gespielt?

Bis Ostern begleitet ein elektronisches Instrument die Gottesdienste. Die Konzertreihe im Sommer zieht in die Friedhofskapelle um. Eine einfache Karte für die Konzerte kostet zwölf Euro. Auch aus Niederlembach kommen Chöre, sie schlafen im Gemeindehaus als Notquartier. Eine Nacht kostet acht Euro. Für den Weg zahlt die Gemeinde den Chören eine Wegepauschale von 40 Euro.

Wer arbeitet an der Orgel?

Für jeden Weg zur Probe bekommen die Mitglieder eine Pauschale von 15 Euro.

Die Orgelbauer der Werkstatt verdienen ihr Geld vor allem mit alten Instrumenten wie dem in Lembach.

Die Nachbargemeinde Oberlembach hat eine Orgel mit 900 Pfeifen. Ein Orgelbauer verdient in Passau 2.900 Euro im Monat. Kantorin Ruth Albers verdient mit Orgelunterricht dazu.

/news.de/dpa
`;
const answer = answerAbout(text, 'orgel-lembach.de.txt', { withCitations: false });

describe('reader questions about an invented article (session 20)', () => {
  it('meets a broader term the article never uses by a narrower word under it ("Firma" ~ "Orgelbauwerkstatt")', () => {
    expect(answer('Welche Firma restauriert die Orgel?')).toContain('Orgelbauwerkstatt Kerschbaum');
  });

  it('abstains on the date of an event the article never tells, though it dates other things of the same firm', () => {
    expect(answer('Wann wurde die Orgelbauwerkstatt gegründet?')).toBe('abstained');
  });

  it('reads "Was verdient …" as asking for a sum of money, like "Was kostet …"', () => {
    expect(answer('Was verdienen die Orgelbauer?')).toContain('2.900 Euro');
    // The article says what she earns with, not how much.
    expect(answer('Was verdient Ruth Albers?')).toBe('abstained');
  });

  it('does not answer about one of a kind asked by name with another of that kind ("die Nachbargemeinde Oberlembach")', () => {
    expect(answer('Wie viele Pfeifen hat die Orgel der Nachbargemeinde Niederlembach?')).not.toContain('900 Pfeifen');
    expect(answer('Wie viele Pfeifen hat die Orgel der Nachbargemeinde Oberlembach?')).toContain('900 Pfeifen');
  });

  it('takes the price from the sentence right after the one naming what it is of', () => {
    expect(answer('Was kostet eine Übernachtung im Gemeindehaus?')).toContain('acht Euro');
    // A noun of a phrase the article lacks ("für Sänger") does not stop a sum asked for.
    expect(answer('Was kostet eine Übernachtung für Sänger im Gemeindehaus?')).toContain('acht Euro');
  });

  it('reads a slip in a word for the article ("Artikle") as that word: the photo credit answers', () => {
    expect(answer('Wer hat das Foto zum Artikle gemacht?')).toContain('Jana Fuchs');
  });

  it('reads "ein solcher Schrank" as the compound named before ("einen Notenschrank"): its price is that one\'s', () => {
    expect(answer('Was würde ein Notenschrank kosten?')).toContain('1.800 Euro');
  });

  it('reads a long word one letter off an article word as that word misspelt, not as a verb particle and a noun ("Wegpauschale" is no "weg" and "Pauschale")', () => {
    expect(answer('Wie hoch ist die Wegpauschale für die Chöre?').split('\n')[0]).toContain('40 Euro');
  });

  it('reads a word between an article and a noun in a lower-case question as an adjective ("eine normale karte")', () => {
    expect(answer('was kostet eine normale karte für die konzerte')).toContain('zwölf Euro');
  });

  it('still abstains when the article has neither the broader term nor a word under it', () => {
    expect(answer('Welche Bank gibt der Gemeinde einen Kredit?')).toBe('abstained');
  });
});
