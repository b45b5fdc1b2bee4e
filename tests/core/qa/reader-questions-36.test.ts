import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

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
});
