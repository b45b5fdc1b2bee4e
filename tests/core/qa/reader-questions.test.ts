import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

const text = `Erstellt von - Uhr

Sturm über Lindenau: Bäume entwurzelt, Bahnstrecke gesperrt

Ein schwerer Sturm ist am Wochenende über Lindenau gezogen. Mehrere Straßen sind blockiert.

Der Sturm erreichte Lindenau am Samstag um 21.30 Uhr. Rund 300 Menschen mussten ihre Wohnungen verlassen, viele kamen bei Nachbarn unter. Der Zugverkehr zwischen Lindenau und Bergheim wurde eingestellt.

Die Kirche des Ortes stammt aus dem 12. Jahrhundert, ihr Turm wurde 1712 erbaut. Der Turm ist 48 Meter hoch. Der Pfarrer sprach von einem Wunder, dass der Turm stehen blieb.

Nach dem Sturm hat die Kriminalpolizei Nordstadt die Ermittlungen zu Plünderungen übernommen. Die Feuerwehr räumte die Straßen mit 40 Fahrzeugen frei.

Der Sturm wiederholte sich: Zuletzt traf ein vergleichbarer Orkan den Ort im März 1990. Die Stadtkasse trägt die Kosten der Räumung.

  • Aufwand für die Räumung: 25.000 Euro
`;
const answer = answerAbout(text, 'sturm-lindenau.de.txt', { withCitations: false });

describe('reader questions on an article the engine was not tuned on', () => {
  it('meets an umlaut plural in a compound (Züge ~ Zugverkehr) and reads the first word of a yes/no question as its verb', () => {
    expect(answer('Fahren noch Züge nach Bergheim?')).toContain('Zugverkehr');
  });

  it('needs the counted noun next to its number, not elsewhere in the sentence', () => {
    expect(answer('Wie viele Wohnungen sind zerstört?')).toBe('abstained');
    expect(answer('Mit wie vielen Fahrzeugen räumte die Feuerwehr?')).toContain('40 Fahrzeugen');
  });

  it('answers the age of things with their century or year of origin', () => {
    expect(answer('Wie alt ist die Kirche?')).toContain('12. Jahrhundert');
  });

  it('needs the measured noun in the sentence with the measure (and the question\'s year)', () => {
    expect(answer('Wie hoch ist der Turm?')).toContain('48 Meter');
    expect(answer('Wie hoch war der Turm im März 1990?')).toBe('abstained');
  });

  it('reads any form of "kosten" as a question for money', () => {
    expect(answer('Was hat die Räumung gekostet?')).toContain('25.000 Euro');
  });

  it('meets a verb in the noun derived from it (ermitteln ~ Ermittlungen)', () => {
    expect(answer('Wer ermittelt?')).toContain('Kriminalpolizei Nordstadt');
  });

  it('allows typos only in longer words', () => {
    expect(answer('Wie viel Geld fehlt in der Kasse?')).toBe('abstained');
  });
});
