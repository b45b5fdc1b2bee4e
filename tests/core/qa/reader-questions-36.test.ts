import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';
import { otherSex } from '../../../src/core/qa/follow-up.js';
import { parseArticle } from '../../../src/content/parse-article.js';
import { createQaEngine } from '../../../src/core/qa/engine.js';

// Invented articles in the export layout; their words appear in no rule of the engine.

// One counting more of a thing by "zusätzliche", beside the number there is already.
const campsite = answerAbout(`Erstellt von - Uhr

Campingplatz am Olmsee soll wachsen

Der Campingplatz am Olmsee ist jeden Sommer ausgebucht. Derzeit gibt es dort 80 Stellplätze für Wohnwagen.

Die Betreiberin Karla Senft hat beim Landkreis einen Bauantrag für 25 zusätzliche Stellplätze eingereicht. Die neuen Plätze sollen frühestens im nächsten Frühjahr öffnen.

Der Gemeinderat entscheidet im Mai über den Antrag.

/news.de/dpa
`, 'campingplatz-olmsee.de.txt', { withCitations: false });

// One whose lead ends with what came before a resignation, and whose next paragraph names the paper written for.
const resignation = answerAbout(`Erstellt von - Uhr

Bürgermeisterin von Helmsdorf tritt zurück

Die Bürgermeisterin von Helmsdorf, Anke Rosner, gibt ihr Amt auf. Kurz vor ihrem Rücktritt hatte sie den Gemeinderat scharf kritisiert.

Man habe ihr die Arbeit seit Monaten schwer gemacht, schrieb sie in einem Gastbeitrag für die Zeitung "Helmsdorfer Bote".

Eine Nachfolgerin soll im Herbst gewählt werden.

/news.de/dpa
`, 'ruecktritt-helmsdorf.de.txt', { withCitations: false });

// One about a flood, which it calls "die Flut" and never an area.
const flood = answerAbout(`Erstellt von - Uhr

Nach der Flut im Ahlbachtal: Helfer aus ganz Hessen

Eine Woche nach der Flut im Ahlbachtal sind noch immer mehr als 300 Helfer im Einsatz. In den Dörfern Ahlbach und Renzhausen wurden 46 Häuser so schwer beschädigt, dass sie nicht bewohnbar sind.

Das Technische Hilfswerk pumpt weiter Keller leer. Die Straße nach Renzhausen bleibt bis Ende des Monats gesperrt.

/news.de/dpa
`, 'flut-ahlbachtal.de.txt', { withCitations: false });

// One naming a speaker by a first name the thesaurus also lists as a noun ("Iris"), then by her age.
const welfare = answerAbout(`Erstellt von - Uhr

Mehr Geld für Pflegeheime in Lohrbach

Der Kreis Lohrbach zahlt den Pflegeheimen im kommenden Jahr 1,2 Millionen Euro mehr. Das hat der Kreistag am Dienstag beschlossen.

Den Sozialverbänden reicht das nicht. "Das deckt nicht einmal die gestiegenen Löhne", sagte Iris Hellwig vom Diakonischen Werk.

Die 58-Jährige forderte zudem mehr Plätze in der Kurzzeitpflege.

/news.de/dpa
`, 'pflegeheime-lohrbach.de.txt', { withCitations: false });

// One where a tenant is named, then said to live there since a year, then quoted.
const tenants = answerAbout(`Erstellt von - Uhr

Mieter in der Lindenstraße dürfen bleiben

Die Stadt Hallbach kauft das Haus Lindenstraße 4. Die zwölf Mieter hatten um ihre Wohnungen gefürchtet.

Auch Rentnerin Erna Blum ist erleichtert. Sie wohnt seit 1979 im Erdgeschoss. "Ich bin hier eingezogen, als mein Sohn geboren wurde. Hier will ich auch alt werden", sagt die 82-Jährige.

/news.de/dpa
`, 'lindenstrasse-hallbach.de.txt', { withCitations: false });

// One quoting a chairman, then giving his age as "sagt der 31-jährige Zimmermann".
const club = answerAbout(`Erstellt von - Uhr

Schützenverein Ebenried sucht Nachwuchs

Dem Schützenverein Ebenried fehlen junge Mitglieder. Von 140 Mitgliedern sind nur zwölf jünger als 30 Jahre.

Der Vereinsvorsitzende Jonas Hauck will das ändern. "Wir öffnen das Schützenhaus jetzt jeden Freitag für Gäste", sagt der 31-jährige Zimmermann. Auch ein Bogenschießkurs ist geplant.

/news.de/dpa
`, 'schuetzenverein-ebenried.de.txt', { withCitations: false });

// One calling a brewery "das Unternehmen" in one paragraph and telling its founding in another.
const brewery = answerAbout(`Erstellt von - Uhr

Brauerei Hallmann in Oberzell ist pleite

Die Brauerei Hallmann in Oberzell hat Insolvenz angemeldet. 18 Mitarbeiter bangen um ihre Arbeit.

Das Unternehmen schreibt seit 2019 Verluste. Für das Unternehmen sucht der Insolvenzverwalter Jan Roth nun einen Käufer.

Die Brauerei wurde 1874 von dem Bauern Georg Hallmann gegründet und wird heute in fünfter Generation geführt.

/news.de/dpa
`, 'brauerei-oberzell.de.txt', { withCitations: false });

// One dating a festival by its first one.
const festival = answerAbout(`Erstellt von - Uhr

Kürbisfest in Waldheim lockt 20.000 Besucher

Das Kürbisfest in Waldheim hat am Wochenende rund 20.000 Besucher angezogen. So viele waren es noch nie.

Das erste Kürbisfest hatte der Heimatverein im Jahr 1988 organisiert, damals mit acht Ständen. In diesem Jahr verteilte sich das Fest über die ganze Innenstadt.

/news.de/dpa
`, 'kuerbisfest-waldheim.de.txt', { withCitations: false });

// One telling how long a closure lasts by its end ("bis Ende kommender Woche", "bis auf Weiteres").
const burstPipe = answerAbout(`Erstellt von - Uhr

Wasserrohrbruch in Lindach: Hauptstraße gesperrt

In der Nacht zum Montag ist in Lindach ein Wasserrohr unter der Hauptstraße gebrochen. Mehrere Keller liefen voll.

Die Hauptstraße bleibt zwischen Kirche und Rathaus bis Ende kommender Woche gesperrt. Die Buslinie 12 fährt eine Umleitung.

Die Notversorgung mit Trinkwasser soll bis auf Weiteres über einen Tankwagen laufen.

/news.de/dpa
`, 'rohrbruch-lindach.de.txt', { withCitations: false });

// One quoting a mayor, then going on with her words two paragraphs later ("Roth sagte weiter, …").
const poolText = `Erstellt von - Uhr

Freibad Wenzingen sucht Rettung

Dem Freibad in Wenzingen droht das Aus. Die Becken sind undicht, die Technik ist veraltet.

Laut einem Gutachten des Ingenieurbüros Kessel fehlen für die Sanierung 1,2 Millionen Euro. Die Stadt hat dieses Geld nicht.

"Wir suchen einen Investor, der mit uns das Bad betreibt", sagte Bürgermeisterin Jana Roth.

Im vergangenen Sommer kamen 41.000 Badegäste. Der Förderverein hat 900 Mitglieder.

Roth sagte weiter, die Stadt könne höchstens 200.000 Euro beisteuern.

/news.de/dpa
`;

// One giving a new fee beside the one so far ("120 statt bisher 95 Euro"), and another sentence with "bezahlen".
const feeText = `Erstellt von - Uhr

Volkshochschule Rehna erhöht die Gebühren

Die Volkshochschule Rehna wird teurer. Ein Sprachkurs mit zehn Abenden kostet ab März 120 statt bisher 95 Euro.

"Die Dozenten verdienen mehr, das müssen wir weitergeben", sagte Leiterin Petra Wendt. Für Schüler gibt es weiter 50 Prozent Ermäßigung.

"Das bezahlen am Ende die Teilnehmer", kritisierte Kursleiter Jonas Beck. Bislang hatte die Volkshochschule 1.200 Teilnehmer im Jahr.

/news.de/dpa
`;

describe('reader questions (thirty-first session)', () => {
  it('counts "zusätzliche" things as the new ones asked about', () => {
    expect(campsite('Wie viele neue Stellplätze sind geplant?')).toMatch(/^Die Betreiberin Karla Senft hat beim Landkreis einen Bauantrag für 25 zusätzliche/);
    expect(campsite('Wie viele neue Plätze soll es geben?')).toMatch(/25 zusätzliche Stellplätze/);
    expect(campsite('Wie viele Stellplätze gibt es derzeit?')).toMatch(/80 Stellplätze/);
  });

  it('takes the paper asked for from the paragraph after the one that matched, where that one ends with the sentence matched', () => {
    expect(resignation('In welchem Blatt hat Rosner vor dem Rücktritt was veröffentlicht?')).toMatch(/für die Zeitung "Helmsdorfer Bote"\.$/);
  });

  it('reads "Was zahlt X pro Y?" as asking a price for each, which an article without one does not answer', () => {
    expect(campsite('Was zahlt man pro Stellplatz?')).toBe('abstained');
    expect(campsite('Was zahlt die Betreiberin pro Stellplatz?')).toBe('abstained');
  });

  it('meets an area named by what happened there ("im Flutgebiet") by that event', () => {
    expect(flood('Wie viele Helfer sind im Flutgebiet im Einsatz?')).toBe('Eine Woche nach der Flut im Ahlbachtal sind noch immer mehr als 300 Helfer im Einsatz.');
  });

  it('reads a first name that is also a noun ("Iris Hellwig") as part of the name, so "Die 58-Jährige" after her is she', () => {
    expect(welfare('Wie alt ist Hellwig?')).toBe('Die 58-Jährige forderte zudem mehr Plätze in der Kurzzeitpflege.');
    expect(welfare('Was fordert Iris Hellwig?')).toMatch(/Die 58-Jährige forderte zudem mehr Plätze in der Kurzzeitpflege\.$/);
  });

  it('adds the sentence after any sentence chosen that holds the fact asked, not only after the last one', () => {
    expect(tenants('Seit wann wohnt Frau Blum in der Lindenstraße?')).toMatch(/Sie wohnt seit 1979 im Erdgeschoss\./);
  });

  it('does not read "sie" as a man named before, nor "er" as a woman, by their first names', () => {
    expect(otherSex('sie', 'horst wendland')).toBe(true);
    expect(otherSex('ihm', 'doris wendland')).toBe(true);
    expect(otherSex('sie', 'doris wendland')).toBe(false);
    expect(otherSex('er', 'horst wendland')).toBe(false);
    expect(otherSex('sie', 'kim jong un')).toBe(false);
  });

  it('reads "…", sagt der 31-jährige Zimmermann as the age of the one quoted', () => {
    expect(club('Wie alt ist der Vorsitzende?')).toMatch(/sagt der 31-jährige Zimmermann\.$/);
    expect(club('Wie alt ist Jonas Hauck?')).toMatch(/sagt der 31-jährige Zimmermann\.$/);
  });

  it('answers who founded "the firm" by the one founding the article tells, whatever word it has for the firm', () => {
    const founding = 'Die Brauerei wurde 1874 von dem Bauern Georg Hallmann gegründet und wird heute in fünfter Generation geführt.';
    expect(brewery('Wer hat das Unternehmen damals gegründet?')).toBe(founding);
    expect(brewery('Wer hat die Firma gegründet?')).toBe(founding);
  });

  it('answers since when a recurring thing exists by the year of its first one', () => {
    expect(festival('Seit wann gibt es das Fest?')).toBe('Das erste Kürbisfest hatte der Heimatverein im Jahr 1988 organisiert, damals mit acht Ständen.');
  });

  it('answers "Wie lange …?" by an end told in words ("bis Ende kommender Woche", "bis auf Weiteres")', () => {
    expect(burstPipe('Wie lange bleibt die Hauptstraße gesperrt?')).toBe('Die Hauptstraße bleibt zwischen Kirche und Rathaus bis Ende kommender Woche gesperrt.');
    expect(burstPipe('Wie lange läuft die Notversorgung über den Tankwagen?')).toBe('Die Notversorgung mit Trinkwasser soll bis auf Weiteres über einen Tankwagen laufen.');
  });

  it('answers "Was noch?", "Wie viele?" and "Wer sagt das?" from the answer before', () => {
    const engine = createQaEngine([parseArticle(poolText, 'freibad-wenzingen.de.txt')]);
    const said = { question: 'Was sagt die Bürgermeisterin?', answer: '"Wir suchen einen Investor, der mit uns das Bad betreibt", sagte Bürgermeisterin Jana Roth.' };
    const guests = { question: 'Wer kam ins Bad?', answer: 'Im vergangenen Sommer kamen 41.000 Badegäste. Der Förderverein hat 900 Mitglieder.' };
    const gap = { question: 'Wie viel Geld fehlt?', answer: 'Laut einem Gutachten des Ingenieurbüros Kessel fehlen für die Sanierung 1,2 Millionen Euro. Die Stadt hat dieses Geld nicht.' };
    expect(engine.answer('Was noch?', { previous: said }).text).toBe('Roth sagte weiter, die Stadt könne höchstens 200.000 Euro beisteuern.');
    expect(engine.answer('Wie viele?', { previous: guests }).text).toBe('Im vergangenen Sommer kamen 41.000 Badegäste. Der Förderverein hat 900 Mitglieder.');
    expect(engine.answer('Wer sagt das?', { previous: gap }).text).toMatch(/^Laut einem Gutachten des Ingenieurbüros Kessel/);
  });

  it('answers "Und was hat man vorher bezahlt?" by the earlier figure in the first line of the answer before', () => {
    const engine = createQaEngine([parseArticle(feeText, 'vhs-rehna.de.txt')]);
    const previous = { question: 'Was kostet ein Sprachkurs ab März?', answer: 'Die Volkshochschule Rehna wird teurer. Ein Sprachkurs mit zehn Abenden kostet ab März 120 statt bisher 95 Euro.\n"Die Dozenten verdienen mehr, das müssen wir weitergeben", sagte Leiterin Petra Wendt.' };
    expect(engine.answer('Und was hat man vorher bezahlt?', { previous }).text).toBe('Ein Sprachkurs mit zehn Abenden kostet ab März 120 statt bisher 95 Euro.');
  });
});
