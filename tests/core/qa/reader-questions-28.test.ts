import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Neue Fähre für Lindenwerth: Seilfähre über die Weser wird ersetzt

Die alte Seilfähre zwischen Lindenwerth und Oberhude hat ausgedient. Ab Mai soll ein Elektroschiff Autos und Radfahrer über den Fluss bringen.

Die Fähre "Möwe" pendelt seit 1968 über die Weser, eine Überfahrt dauert vier Minuten. Der Kreis hat nun ein neues Schiff für 3,4 Millionen Euro bestellt.

Die Werft in Bremerhaven liefert das Schiff im April. Die Bauarbeiten am Anleger dauern danach noch sechs Wochen.

Am Ufer in Oberhude entstehen 40 neue Parkplätze für Pendler. Die Zufahrt wird dafür verbreitert.

Der TÜV prüft die Fähre zweimal im Jahr.

Die Fährleute kontrollieren das Seil wöchentlich. Die Wartung kostet dreimal so viel wie früher.

"Wir freuen uns auf leisere Überfahrten", sagte Fährmann Jonas Brehmer.

/news.de/dpa
`;
const answer = answerAbout(text, 'faehre-lindenwerth.de.txt', { withCitations: false });

describe('reader questions about an invented article (session 25)', () => {
  it('answers "Wie oft …" by a number of times ("zweimal im Jahr") or a word of frequency ("wöchentlich"), and "Um wie viel Euro …" by neither', () => {
    expect(answer('Wie oft wird die Fähre vom TÜV geprüft?')).toContain('zweimal im Jahr');
    expect(answer('Wie oft wird das Seil kontrolliert?')).toContain('wöchentlich');
    expect(answer('Um wie viel Euro ist die Wartung teurer geworden?')).toBe('abstained');
  });

  it('meets a verb the article lacks by its compounds with another noun ("gebaut" ~ "Bauarbeiten", "parken" ~ "Parkplätze")', () => {
    expect(answer('Wie lange wird gebaut?')).toContain('sechs Wochen');
    expect(answer('Wie lange wird gebaut?')).not.toContain('vier Minuten');
    expect(answer('Kann man dort parken?')).toContain('40 neue Parkplätze');
  });
});
