import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// Invented articles in the export layout; their words appear in no rule of the engine.

// One giving theft counts in the district (the rest sold abroad, "im Ausland") and one in the whole state.
const bikes = answerAbout(`Erstellt von - Uhr

Fahrraddiebstähle: Polizei in Kellbrunn richtet Arbeitsgruppe ein

Im Kreis Kellbrunn sind seit Januar 37 teure E-Bikes gestohlen worden. Die Polizei hat eine eigene Arbeitsgruppe eingerichtet.

Die Täter brechen nachts Keller und Garagen auf. Sieben Räder wurden wiedergefunden, die übrigen 30 E-Bikes sind weiter verschwunden. Die Polizei vermutet, dass sie im Ausland verkauft werden.

Landesweit registrierte das Landeskriminalamt im vergangenen Jahr 4.850 gestohlene E-Bikes, ein Viertel mehr als im Jahr davor.

/news.de/dpa
`, 'ebikes-kellbrunn.de.txt', { withCitations: false });

describe('reader questions 31', () => {
  it('reads "im ganzen Land" as "landesweit"', () => {
    expect(bikes('Wie viele E-Bikes werden im ganzen Land geklaut?')).toContain('4.850');
    expect(bikes('Wie viele E-Bikes wurden im Kreis gestohlen?')).toContain('37');
  });
});
