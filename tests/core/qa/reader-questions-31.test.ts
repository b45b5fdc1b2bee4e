import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// Invented articles in the export layout; their words appear in no rule of the engine.

// One giving theft counts in the district (the rest sold abroad, "im Ausland") and in the whole state.
const bikes = answerAbout(`Erstellt von - Uhr

Fahrraddiebstähle: Polizei in Kellbrunn richtet Arbeitsgruppe ein

Im Kreis Kellbrunn sind seit Januar 37 teure E-Bikes gestohlen worden. Die Polizei hat eine eigene Arbeitsgruppe eingerichtet.

Die Täter brechen nachts Keller und Garagen auf. Sieben Räder wurden wiedergefunden, die übrigen 30 E-Bikes sind weiter verschwunden. Die Polizei vermutet, dass sie im Ausland verkauft werden.

Landesweit registrierte das Landeskriminalamt im vergangenen Jahr 4.850 gestohlene E-Bikes, ein Viertel mehr als im Jahr davor.

/news.de/dpa
`, 'ebikes-kellbrunn.de.txt', { withCitations: false });

// One whose paragraph of costs names no thing they are the costs of: the paragraph before says what was built.
const playground = answerAbout(`Erstellt von - Uhr

Spielplatz am Weiher in Dornhagen wieder offen

Nach einem Jahr Pause können Kinder in Dornhagen wieder am Weiher spielen. Am Samstag war die Eröffnung.

Geöffnet ist der Spielplatz täglich von 8 bis 20 Uhr. Hunde sind nicht erlaubt.

Was ist neu?

Die Gemeinde hat den alten Bolzplatz abgerissen und einen Kletterturm mit Rutsche gebaut. Die Arbeiten dauerten fünf Monate.

Die Kosten liegen bei 184.000 Euro. Das Land zahlt 90.000 Euro, den Rest trägt die Gemeinde.

  • eine Nestschaukel für bis zu vier Kinder
  • ein Sandkasten mit Wasserpumpe

/news.de/dpa
`, 'spielplatz-dornhagen.de.txt', { withCitations: false });

// One with sums in millions, written out.
const pool = answerAbout(`Erstellt von - Uhr

Hallenbad Tessenau wird saniert

Das Hallenbad in Tessenau schließt im Mai für ein Jahr. Dach, Lüftung und Becken werden erneuert.

Die Arbeiten kosten rund 4,5 Millionen Euro. Eine Förderung über 2,1 Millionen Euro hat die Stadt beim Land beantragt, den Rest zahlt sie selbst.

Während der Schließung dürfen die Schwimmvereine das Bad in Gellingen nutzen.

/news.de/dpa
`, 'hallenbad-tessenau.de.txt', { withCitations: false });

// One naming the critics of a plan ("sieht das Vorhaben kritisch") and the one who runs it.
const turbines = answerAbout(`Erstellt von - Uhr

Drei Windräder für den Hohen Ried

Auf dem Hohen Ried bei Kappelsberg sollen drei Windräder entstehen. Naturschützer haben allerdings Bedenken.

Die Windräder sollen 2027 ans Netz gehen und Strom für rund 9.000 Haushalte liefern. Betreiber ist die Bürgerenergie Kappelsberg mit ihrem Vorstand Lukas Fendt.

Die Bürgerinitiative Gegenwind Ried sieht das Vorhaben kritisch. "Windräder gehören nicht in ein Brutgebiet des Rotmilans", sagte ihr Sprecher Gernot Waibel.
`, 'windraeder-kappelsberg.de.txt', { withCitations: false });

// One about a museum giving no opening hours, but a time and hours of other things.
const museum = answerAbout(`Erstellt von - Uhr

Heimatmuseum Brackwede zeigt alte Spielzeuge

Das Heimatmuseum in Brackwede zeigt ab Sonntag eine Sammlung alter Blechspielzeuge. Die Stücke stammen aus einem Nachlass.

In dieser Zeit hat der Förderverein des Museums die 240 Spielzeuge gereinigt und geordnet. Eine Führung durch die Ausstellung dauert zwei Stunden.

Der Eintritt kostet drei Euro, Kinder zahlen nichts.

/news.de/dpa
`, 'heimatmuseum-brackwede.de.txt', { withCitations: false });

// One about a fire whose only hurt are told without "verletzt".
const fire = answerAbout(`Erstellt von - Uhr

Feuer in Lagerhalle in Ostendorf

In der Nacht zum Dienstag hat in Ostendorf eine Lagerhalle gebrannt. Der Schaden liegt bei rund 400.000 Euro.

Die Feuerwehr war mit 60 Einsatzkräften vor Ort. Ein Feuerwehrmann erlitt eine leichte Rauchvergiftung und kam ins Krankenhaus.

Die Polizei ermittelt zur Brandursache.

/news.de/dpa
`, 'lagerhalle-ostendorf.de.txt', { withCitations: false });

// One whose section asks what a court decided, while the lead names the court.
const court = answerAbout(`Erstellt von - Uhr

Streit um Hühnerstall in Ebersheim entschieden

Das Amtsgericht Kandelbach hat am Montag entschieden: Der Hühnerstall an der Grundstücksgrenze in Ebersheim darf bleiben.

Was hat das Gericht entschieden?

Die Hühner dürfen bleiben, der Hahn aber nicht. Er muss bis Ende Mai in einen anderen Stall umziehen. Die Nachbarn hatten über das Krähen am frühen Morgen geklagt.

/news.de/dpa
`, 'huehnerstall-ebersheim.de.txt', { withCitations: false });

// One whose opponents of a plan say "dagegen".
const mast = answerAbout(`Erstellt von - Uhr

Funkmast am Lerchenberg soll im Sommer stehen

Auf dem Lerchenberg bei Hausach soll im Sommer ein 40 Meter hoher Funkmast gebaut werden. Er soll die Funklöcher im Tal schließen.

Der Betreiber Funkwerk Süd rechnet mit Kosten von 380.000 Euro. Der Gemeinderat hat dem Bau im März zugestimmt.

Nicht alle sind froh über den Mast. Die Bürgerinitiative "Freier Lerchenberg" hat dagegen 1.200 Unterschriften gesammelt. Sie fürchtet um das Landschaftsbild.

/news.de/dpa
`, 'funkmast-lerchenberg.de.txt', { withCitations: false });

// One about a club's anniversary, with a rise in fees too.
const club = answerAbout(`Erstellt von - Uhr

Schützenverein Altenrode wird 150 Jahre alt

Der Schützenverein Altenrode feiert sein 150-jähriges Jubiläum. Der Verein hat heute 214 Mitglieder.

Gefeiert wird am Samstag, 21. Juni, auf der Festwiese hinter dem Schützenhaus. Es spielt die Blaskapelle Altenrode.

Ab Januar steigt der Mitgliedsbeitrag von 60 auf 72 Euro im Jahr.

/news.de/dpa
`, 'schuetzenverein-altenrode.de.txt', { withCitations: false });

// One whose court costs are shared in fractions, with other costs beside.
const hedge = answerAbout(`Erstellt von - Uhr

Heckenstreit in Wellsdorf: Gericht gibt Nachbarin recht

Die Thujahecke an der Grenze zweier Grundstücke in Wellsdorf muss auf zwei Meter gestutzt werden. Das hat das Amtsgericht entschieden.

Die Nachbarin hatte geklagt, weil die Hecke ihren Garten verschattet. Ein Gärtner schätzt den Rückschnitt auf 900 Euro.

Der Heckenbesitzer trägt drei Viertel der Verfahrenskosten, die Klägerin ein Viertel.

/news.de/dpa
`, 'heckenstreit-wellsdorf.de.txt', { withCitations: false });

// One about a new fee that is to be checked after a while.
const fee = answerAbout(`Erstellt von - Uhr

Lindenau führt Gebühr für Grünschnitt ein

Wer in Lindenau Grünschnitt abgibt, zahlt ab März fünf Euro pro Anhänger. Das hat der Gemeinderat beschlossen.

Bisher war die Abgabe am Wertstoffhof kostenlos. Die Gemeinde will mit der Gebühr die steigenden Kosten für die Kompostierung decken.

Der Gemeinderat hat festgelegt, dass die Gebühr nach einem Jahr überprüft wird.

/news.de/dpa
`, 'gruenschnitt-lindenau.de.txt', { withCitations: false });

// One giving a new water price for a household of four.
const water = answerAbout(`Erstellt von - Uhr

Wasser wird in Kellerbach teurer

Der Zweckverband Kellerbach erhöht den Wasserpreis zum 1. Januar von 2,10 auf 2,45 Euro pro Kubikmeter. Grund sind neue Leitungen.

Für einen Vier-Personen-Haushalt mit einem Verbrauch von 150 Kubikmetern bedeutet das Mehrkosten von gut 50 Euro im Jahr.

/news.de/dpa
`, 'wasserpreis-kellerbach.de.txt', { withCitations: false });

// One whose opponents of a plan are a citizens' initiative.
const lot = answerAbout(`Erstellt von - Uhr

Parkhaus am Anger: Stadtrat stimmt zu

Am Anger in Hohenwart soll ein Parkhaus mit 320 Plätzen entstehen. Der Stadtrat hat den Plänen am Donnerstag zugestimmt.

Die Bürgerinitiative "Grüner Anger" will das verhindern. Ihre Sprecherin Lisa Mohr kündigte ein Bürgerbegehren an.

/news.de/dpa
`, 'parkhaus-hohenwart.de.txt', { withCitations: false });

// One about a swimming pool's renovation, called "Sanierung" only.
const lido = answerAbout(`Erstellt von - Uhr

Freibad Mühlental öffnet nach zwei Jahren wieder

Das Freibad im Mühlental öffnet am 1. Juni wieder. Zwei Jahre lang war es geschlossen.

Die Sanierung hat 3,8 Millionen Euro gekostet. Das Becken ist jetzt aus Edelstahl, die Umkleiden sind neu.

Der Eintritt steigt von 3 auf 4 Euro.

/news.de/dpa
`, 'freibad-muehlental.de.txt', { withCitations: false });

// One inviting residents to an evening about a plan.
const bridge = answerAbout(`Erstellt von - Uhr

Brücke über die Lauter wird neu gebaut

Die marode Brücke über die Lauter in Steinfurth wird abgerissen und neu gebaut. Die Arbeiten beginnen im Herbst.

Über die Umleitung informiert die Stadt bei einem Bürgerabend am 12. Mai um 19 Uhr im Rathaus.

/news.de/dpa
`, 'lauterbruecke-steinfurth.de.txt', { withCitations: false });

// One about damage a storm did, told as "beschädigt".
const storm = answerAbout(`Erstellt von - Uhr

Sturm über Grabenstetten

Ein Sturm ist in der Nacht zum Montag über Grabenstetten gezogen. Die Feuerwehr rückte 23 Mal aus.

Der Sturm erreichte Böen von bis zu 110 Kilometern pro Stunde. Er hat das Dach der Turnhalle und zwei Autos beschädigt.

Verletzt wurde niemand. Am Dienstag soll es wieder ruhiger werden.

/news.de/dpa
`, 'sturm-grabenstetten.de.txt', { withCitations: false });

// One about a visit of the Russian president, who is never called "Kremlchef" in it.
const visit = answerAbout(`Erstellt von - Uhr

Staatsbesuch in Hanoi

Der russische Präsident ist am Mittwoch zu einem zweitägigen Besuch in Vietnam eingetroffen. Er folgt einer Einladung der vietnamesischen Regierung.

Beide Länder wollen ihre Zusammenarbeit bei Energie und Bildung ausbauen. Geplant sind mehrere Abkommen.

/news.de/dpa
`, 'staatsbesuch-hanoi.de.txt', { withCitations: false });

describe('reader questions 31', () => {
  it('reads "der Kremlchef" as "der russische Präsident"', () => {
    expect(visit('Auf wessen Einladung reist der Kremlchef nach Vietnam?')).toContain('Einladung der vietnamesischen Regierung');
  });

  it('reads "kaputt machen" as "beschädigen"', () => {
    expect(storm('Was hat der Sturm alles kaputt gemacht?')).toContain('Dach der Turnhalle');
  });

  it('reads an "Infoveranstaltung" as the "Bürgerabend" the article names', () => {
    expect(bridge('Wann ist die Infoveranstaltung?')).toContain('12. Mai');
  });

  it('reads a "Umbau" as the "Sanierung" the article names', () => {
    expect(lido('Wie teuer war der Umbau?')).toContain('3,8 Millionen Euro');
  });

  it('reads the opponents of a plan ("die Gegner") as its citizens\' initiative', () => {
    expect(lot('Wer ist Sprecherin der Gegner?')).toContain('Lisa Mohr');
  });

  it('reads "eine vierköpfige Familie" as "ein Vier-Personen-Haushalt"', () => {
    expect(water('Was muss eine vierköpfige Familie im Jahr mehr zahlen?')).toContain('gut 50 Euro');
  });

  it('reads "auf den Prüfstand stellen" as "überprüfen"', () => {
    expect(fee('Wird die Gebühr irgendwann auf den Prüfstand gestellt?')).toContain('nach einem Jahr überprüft');
  });

  it('takes a verb of bearing beside a fraction of costs ("trägt drei Viertel der Verfahrenskosten") as who pays', () => {
    expect(hedge('wer zahlt die gerichtskosten')).toContain('drei Viertel');
  });

  it('reads "Wann steigt die Feier?" as when the party takes place, and "steigt" of a fee as it rising', () => {
    expect(club('Wann steigt die Jubiläumsfeier?')).toContain('21. Juni');
    expect(club('Wann steigt der Beitrag?')).toContain('Ab Januar');
  });

  it('reads "Wer wehrt sich gegen X?" as who is against it ("dagegen")', () => {
    expect(mast('Wer wehrt sich gegen den Funkmast?')).toContain('Freier Lerchenberg');
  });

  it('does not answer "Welches X …?" by a section whose heading asks something else of X ("Was hat das Gericht entschieden?")', () => {
    expect(court('Welches Gericht hat das entschieden?')).toContain('Amtsgericht Kandelbach');
    expect(court('Was hat das Gericht entschieden?')).toContain('Hahn');
  });

  it('answers whether someone was hurt by an injury told without "verletzt" ("erlitt eine Rauchvergiftung")', () => {
    expect(fire('Wurde jemand verletzt?')).toContain('Rauchvergiftung');
  });

  it('does not take a compound of a general head ("Öffnungszeiten") as met by that head alone ("Zeit")', () => {
    expect(museum('Welche Öffnungszeiten hat das Museum?')).toBe('abstained');
    expect(museum('Wie lange dauert eine Führung?')).toContain('zwei Stunden');
  });

  it('reads "Wer hat was gegen …" as who criticises it', () => {
    expect(turbines('Wer hat was gegen die Windräder?')).toContain('Gegenwind Ried');
  });

  it('reads "Mio" as "Millionen"', () => {
    expect(pool('wo kommen die 2,1 mio her')).toContain('beim Land beantragt');
  });

  it('reads a paragraph opening with bare costs ("Die Kosten liegen bei …") as the costs of what the paragraph before describes', () => {
    expect(playground('Was hat der Bau gekostet?')).toContain('184.000 Euro');
  });

  it('reads "im ganzen Land" as "landesweit"', () => {
    expect(bikes('Wie viele E-Bikes werden im ganzen Land geklaut?')).toContain('4.850');
    expect(bikes('Wie viele E-Bikes wurden im Kreis gestohlen?')).toContain('37');
  });
});
