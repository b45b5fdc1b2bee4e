import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Wärme aus dem Fluss: Hohenbruck bekommt ein Fernwärmenetz

In Hohenbruck sollen ab 2028 rund 1.400 Haushalte mit Wärme aus der Saale versorgt werden. Anwohner fürchten lange Baustellen.

Hinter dem Vorhaben steht die Nordwärme Energie GmbH aus Kiel. Sie will am Ufer eine Großwärmepumpe mit 12 Megawatt Leistung errichten.

Aus einem europäischen Förderprogramm kommen 2,5 Millionen Euro, den Rest zahlt die Nordwärme selbst.

Auch die Kreishandwerkerschaft Saale ist skeptisch. Sprecherin Jana Wolff lobte zwar die Idee, warnte aber vor Schäden am Ufer.

Der Saalebahn fehlen von ihren 30 Triebfahrzeugführern derzeit sieben.

Die Saalebahn bildet deshalb vier neue Lokführer aus.

Im Frühjahr beantragte die Nordwärme die Genehmigung. Rund drei Monate dauerte es, bis das Landesamt alle Gutachten geprüft hatte.

Für einen neuen Bootssteg muss der Ruderclub kräftig investieren. Holz, Schrauben und ein Kran kosten zusammen rund 48.000 Euro.

Im Winter rasten am Ufer Tausende Vögel, vor allem Graugänse und Saatgänse. In gänsearmen Jahren wächst dort mehr Gras.

Auf dem Hof neben der Baustelle brachte eine Stute in der Nacht zum Montag ein Fohlen zur Welt. Die Bauarbeiter tauften es "Pumpe".

Das Pflanzen der großen Bäume am Ufer übernimmt eine Gärtnerei aus Kiel.

Gepflanzt werden 30 Bäume, überwiegend Erlen und Weiden, weil sie nasse Böden vertragen.

Im September haben Unbekannte von der Baustelle 300 Meter Kupferkabel gestohlen.

Die Einbrecher kletterten nachts über den Bauzaun.

Sonntags ruhen die Arbeiten an der Pumpe.

Zur Einweihung der Pumpe legte ein Ausflugsschiff mit 80 Gästen an Bord am Ufer an.

Gegen die Pumpe klagten zwei Anwohner. "Das Gericht hat uns kaum zugehört", sagte einer von ihnen.

Das Verwaltungsgericht Merseburg wies die Klage im Mai ab.

Für Einsteiger bietet der Kanuverein am Ufer Kurse an, Fortgeschrittene paddeln allein. Für einen Platz gibt es derzeit drei Wochen Wartezeit.

Am Ufer wächst Springkraut. Bei einer Ausreißaktion zogen 40 Helfer 300 Kilo davon aus dem Boden, die Pflanzen kommen in die Biogasanlage.

Wie lange wird gebaut?

Der erste Abschnitt des Netzes soll im März 2027 fertig sein.

Der letzte Abschnitt folgt im Mai 2029.

Für Radfahrer ist der abgesperrte Uferweg ein Problem. Sie müssen über die Bundesstraße fahren.

Für Schäden an Gärten hat die Stadt 50.000 Euro eingeplant.

Im Sommer startete die Stadt einen Versuch mit einem Schwimmsteg am Ufer. Drei Wochen lang badeten Kinder im Fluss. Das Projekt kostete 9.000 Euro. Die Wasserwacht war jeden Tag vor Ort.

"Ich bin 71 und habe so etwas noch nie gesehen", sagte Anwohnerin Greta Hallmann.

Die Brückenstraße wurde 1971 angelegt. Die Stadtwerke Hohenbruck GmbH hat sie für die Bauarbeiten im Oktober geschlossen.

/news.de/dpa
`;
const answer = answerAbout(text, 'fernwaerme-hohenbruck.de.txt', { withCitations: false });

describe('reader questions about an invented article (session 24)', () => {
  it('takes a firm named before its legal form ("die Nordwärme Energie GmbH") as the firm asked for, where its sentence says what is asked', () => {
    expect(answer('Welche Firma steckt hinter dem Projekt?')).toContain('Nordwärme Energie GmbH');
    expect(answer('Welches Unternehmen schließt die Brückenstraße?')).toContain('Stadtwerke Hohenbruck GmbH');
    expect(answer('Welche Firma hat die Brückenstraße 1971 angelegt?')).toBe('abstained');
  });

  it('meets a weak verb\'s prefixed participle used as an adjective ("der abgesperrte Uferweg") by the verb and its noun (Absperrung)', () => {
    expect(answer('Gibt es eine Absperrung?')).toContain('abgesperrte Uferweg');
    expect(answer('Gibt es eine Absperrung?')).not.toContain('geschlossen');
  });

  it('reads "Gänsearten" as asking kinds of geese, not as a misspelt "gänsearmen"', () => {
    expect(answer('Welche Gänsearten rasten dort?')).toContain('Graugänse und Saatgänse');
  });

  it('reads "zur Verfügung stehen" as what there is, and meets "Geld" by "Budget"', () => {
    expect(answer('Wie viel Geld steht für Schäden zur Verfügung?')).toContain('50.000 Euro');
    expect(answer('Welches Budget gibt es für Schäden an Gärten?')).toContain('50.000 Euro');
  });

  it('reads "Das Projekt kostete …" as the costs of what its paragraph so far is about', () => {
    expect(answer('Was hat der Versuch mit dem Schwimmsteg gekostet?')).toContain('9.000 Euro');
  });

  it('reads "Ich bin 71" in a quote as the speaker\'s age', () => {
    expect(answer('Wie alt ist Greta Hallmann?')).toContain('Ich bin 71');
  });

  it('meets "EU" by "europäisch"', () => {
    expect(answer('Wie viel Geld gibt die EU dazu?')).toContain('2,5 Millionen Euro');
  });

  it('reads a superlative with "aller-" as the superlative ("allerletzte" ~ "letzte")', () => {
    expect(answer('wann kommt der allerletzte abschnitt')).toContain('Mai 2029');
    expect(answer('wann kommt der allerletzte abschnitt')).not.toContain('März 2027');
  });

  it('takes a spokesperson right after a sentence naming a body as speaking for it', () => {
    expect(answer('Was sagt die Kreishandwerkerschaft Saale dazu?')).toContain('Jana Wolff');
  });

  it('meets "Lokführer" by "Triebfahrzeugführer"', () => {
    expect(answer('Wie viele Lokführer fehlen?')).toContain('derzeit sieben');
  });

  it('reads a sum of money after a sentence saying someone must invest in a thing as what that thing costs', () => {
    expect(answer('Was kostet der Bootssteg den Ruderclub?')).toContain('48.000 Euro');
  });

  it('reads "zur Welt bringen" as being born', () => {
    expect(answer('Wann wurde das Fohlen geboren?')).toContain('in der Nacht zum Montag');
  });

  it('takes a count followed by "überwiegend …" as naming which of the kind ("30 Bäume, überwiegend Erlen und Weiden")', () => {
    expect(answer('Welche Bäume werden gepflanzt?')).toContain('Erlen und Weiden');
  });

  it('reads a misspelt place ("in Hohenbrck") as the article\'s place it is one edit from', () => {
    expect(answer('Wie viele Haushalte werden in Hohenbrck versorgt?')).toContain('1.400 Haushalte');
  });

  it('reads "mitgehen lassen" as stealing', () => {
    expect(answer('Was haben die Täter auf der Baustelle mitgehen lassen?')).toContain('300 Meter Kupferkabel');
  });

  it('meets "Diebe" by "Einbrecher"', () => {
    expect(answer('Wie kamen die Diebe rein?')).toContain('über den Bauzaun');
  });

  it('reads colloquial "nix" as the function word it stands for', () => {
    expect(answer('an welchem tag tut sich an der pumpe nix')).toContain('Sonntags');
  });

  it('meets "Anfänger" by "Einsteiger"', () => {
    expect(answer('Gibt es Kurse für Anfänger?')).toContain('Kanuverein');
  });

  it('prefers, for "Welches …", a passage naming one of the kind by its name ("das Verwaltungsgericht Merseburg")', () => {
    expect(answer('Welches Gericht hat das entschieden?')).toContain('Verwaltungsgericht Merseburg');
  });

  it('meets "Passagiere" by "Gäste" on board', () => {
    expect(answer('Wie viele Passagiere hatte das Ausflugsschiff?')).toContain('80 Gästen');
  });

  it('meets a verb by the article\'s noun of its time ("warten" ~ "Wartezeit")', () => {
    expect(answer('Wie lange warten Anfänger?')).toContain('drei Wochen Wartezeit');
    expect(answer('Wie lange warten Anfänger?')).not.toContain('Schwimmsteg');
  });

  it('reads "… dauerte es, bis …" with the sentence before it', () => {
    expect(answer('Wie lange hat die Genehmigung gedauert?')).toContain('drei Monate');
  });

  it('meets a participle of a strong verb used as an adjective ("ausgerissene") by the verb and its noun (Ausreißaktion)', () => {
    expect(answer('wohin kommen ausgerissene pflanzen')).toContain('Biogasanlage');
  });
});
