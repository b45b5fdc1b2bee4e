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

describe('reader questions (thirty-first session)', () => {
  it('counts "zusätzliche" things as the new ones asked about', () => {
    expect(campsite('Wie viele neue Stellplätze sind geplant?')).toMatch(/^Die Betreiberin Karla Senft hat beim Landkreis einen Bauantrag für 25 zusätzliche/);
    expect(campsite('Wie viele neue Plätze soll es geben?')).toMatch(/25 zusätzliche Stellplätze/);
    expect(campsite('Wie viele Stellplätze gibt es derzeit?')).toMatch(/80 Stellplätze/);
  });
});
