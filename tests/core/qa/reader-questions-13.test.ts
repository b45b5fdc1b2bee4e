import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Flugplatz in Moorbach: Schleppflieger soll auch sonntags starten - Anwohner klagen über Lärm

Der Luftsportverein Moorbach möchte auf seinem Flugplatz künftig auch sonntags Motorflugzeuge starten lassen. Im Dorf regt sich Widerstand.

Ein Motorsegler auf dem Flugplatz Moorbach. (Foto) Suche
Ein Motorsegler auf dem Flugplatz Moorbach. Bild: picture alliance/dpa | Karin Seidel

Seit 1987 ist die "Kranich" am Flugplatz Moorbach im Kreis Altenhain stationiert. Der Verein zählt heute 212 Mitglieder. Das Vereinsheim wurde 2019 renoviert. Betrieben wird der Schleppflieger von der Flugschule Nordheide GmbH. Die Schule bildet jedes Jahr rund 30 Piloten aus. "Wer hier lernt, fliegt sicher", sagt Fluglehrerin Anna Berger. Berger fliegt selbst seit 30 Jahren.

Vereinschef Harald Brinkmann will den Betrieb ausweiten. "Ohne Sonntagsflüge verlieren wir die jungen Leute", sagte der 58-Jährige. Brinkmann schrieb in einem Brief an den Gemeinderat, der Flugplatz sei "ein lebendiger Treffpunkt für alle Generationen". "Wir wollen mehr Offenheit und Fairness in den Streit um den Lärm bringen", sagte er.

Im Mai feierte der Verein sein Sommerfest mit 400 Gästen. Für Gastpiloten gibt es ein Gästezimmer im Vereinsheim, eine Nacht kostet dort 25 Euro.

Wie viel Lärm machen die Flugzeuge?

Die Initiative "Ruhiges Moorbach" hat nachgemessen. Beim Start erreicht der Schleppflieger am Ortsrand bis zu 78 Dezibel. Das entspricht etwa einem Rasenmäher in der Nachbarschaft.

Ein Gutachten der Gemeinde sieht die Werte dagegen im erlaubten Rahmen. Der Verein will außerdem eine neue Halle bauen. Sie soll neben der Startbahn entstehen und ganz neu eingerichtet werden. Die Kosten dafür schätzt der Vorstand auf 240.000 Euro.

Warum gerade sonntags?

Der Verein plant pro Sonntag bis zu 20 Starts. Die Flugzeuge sollen über den Wald nach Norden abfliegen.

Viele Mitglieder arbeiten unter der Woche im Schichtdienst und haben nur am Wochenende frei. Samstags ist der Platz schon heute ausgebucht.

Streit um einen Kompromiss

Der Gemeinderat schlägt vor, sonntags nur zwischen 11 und 17 Uhr Motorflüge zu erlauben. Die Initiative lehnt das ab, der Verein will darüber beraten. Für Kinder und Jugendliche gibt es im Verein eine Ermäßigung von 40 Prozent. Rentner zahlen die Hälfte. Hunde und Fahrräder sind auf dem Flugfeld verboten. Ein Abo für die Zuschauerterrasse kostet 30 Euro im Jahr.

Folgen Sie News.de schon bei WhatsApp, Facebook, Twitter, Pinterest und YouTube? Hier finden Sie brandheiße News, aktuelle Videos und den direkten Draht zur Redaktion.

/news.de/dpa

Themen:
`;
const answer = answerAbout(text, 'flugplatz-moorbach.de.txt', { withCitations: true });

describe('reader questions: round 15 mechanisms', () => {
  it('takes a passage as of the kind its section heading names ("Welchen Kompromiss …" under "Streit um einen Kompromiss")', () => {
    expect(answer('Welchen Kompromiss schlägt der Gemeinderat vor?')).toContain('zwischen 11 und 17 Uhr');
  });

  it('reads "Wie laut …?" as asking for a sound level in decibels, and abstains where none is given', () => {
    expect(answer('Wie laut ist der Schleppflieger?')).toContain('78 Dezibel');
    expect(answer('Wie laut ist das Vereinsheim?')).toBe('abstained');
  });

  it('meets "Rabatt" by "Ermäßigung" and "den halben Beitrag" by "die Hälfte"', () => {
    expect(answer('Gibt es Rabatt für Jugendliche?')).toContain('40 Prozent');
    expect(answer('Wer muss nur den halben Beitrag zahlen?')).toContain('Rentner');
  });

  it('reads the word after "als" of "Mit welchen Worten beschreibt …" as the answer\'s word, not as one it must say', () => {
    expect(answer('Mit welchen Worten beschreibt Brinkmann den Flugplatz als Partner?')).toContain('lebendiger Treffpunkt');
  });

  it('reads "laut seinem Zitat" as asking what a quote says, not for the word "Zitat"', () => {
    expect(answer('Was will Brinkmann laut seinem Zitat in den Streit bringen?')).toContain('Offenheit und Fairness');
  });

  it('answers "Seit wann …?" only with a start ("seit", a year, a span of years), not with any time ("Im Mai feierte …")', () => {
    expect(answer('Seit wann gibt es das Sommerfest?')).toBe('abstained');
    expect(answer('Seit wann ist der Schleppflieger dort stationiert?')).toContain('1987');
  });

  it('meets an -ung noun by the noun of its verb without the prefix ("Übernachtung" ~ "eine Nacht")', () => {
    expect(answer('Was kostet eine Übernachtung?')).toContain('25 Euro');
  });

  it('answers a question routed to a section without bullets with its first two paragraphs ("Warum gerade sonntags?")', () => {
    expect(answer('Warum gerade am Sonntag?')).toContain('Schichtdienst');
  });

  it('reads a role before a name as no part of it ("Fluglehrerin Anna Berger"), so "Wer ist die Fluglehrerin?" finds her', () => {
    expect(answer('Wer ist die Fluglehrerin der Flugschule?')).toContain('Anna Berger');
  });

  it('takes the thing a figure is of from the sentences before it ("… eine neue Halle bauen. Sie soll … Die Kosten dafür …")', () => {
    expect(answer('Wie viel kostet die neue Halle?')).toContain('240.000 Euro');
  });

  it('meets a plural in -s after a vowel by its singular ("Abos" ~ "Abo")', () => {
    expect(answer('Was kosten die Abos für die Terrasse?')).toContain('30 Euro');
  });

  it('reads "Funktion" as asking for someone\'s office, like "Amt" ("harald brinkmann funktion")', () => {
    expect(answer('harald brinkmann funktion')).toContain('Vereinschef');
  });

  it('takes two nouns joined by "oder" as alternatives: the article need not have both ("Hunde oder Katzen")', () => {
    expect(answer('Sind Hunde oder Katzen auf dem Flugfeld erlaubt?')).toContain('verboten');
    expect(answer('Sind Katzen auf dem Flugfeld erlaubt?')).toBe('abstained');
  });

  it('splits a compound with a head of three letters when the article has both parts ("Jahresabo" ~ "Ein Abo … im Jahr")', () => {
    expect(answer('Was kostet das Jahresabo?')).toContain('30 Euro');
  });
});
