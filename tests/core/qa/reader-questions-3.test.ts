import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

const text = `Erstellt von - Uhr

Luchs im Harz: Wanderer sieht Luchs am Waldrand - Brauerei Talgrund feiert Jubiläum

Ein Luchs ist am Mittwoch am Waldrand von Tannhausen im Harz beobachtet worden. Ein Wanderer fotografierte das Tier aus rund 30 Metern Entfernung.

Der 61-jährige Peter Albrecht war gegen 7 Uhr mit seinem Hund unterwegs, als der Luchs auf den Weg trat. Nach Einschätzung der Förster ist das Tier ein Weibchen im Alter von etwa drei Jahren.

Die Brauerei Talgrund braut täglich rund 12.000 Liter Bier. Angeführt wird das Unternehmen von Chefin Marta Reuter. Die Brauerei forscht an alkoholfreien Sorten, die Forschung an Hopfen läuft seit 2020. Ihren Strombedarf deckt die Brauerei über eine eigene Solaranlage. Den Rest liefert ein Wasserkraftwerk am Fluss.

Wie sollte man sich verhalten, wenn man einem Luchs begegnet?

  • Ruhig stehen bleiben und Abstand halten.
  • Den Luchs niemals füttern.
  • Hunde an der Leine führen, weil Luchse sie als Beute sehen können.
`;
const answer = answerAbout(text, 'luchs-harz.de.txt', { withCitations: true });

describe('reader questions: derivations, typos and attributes', () => {
  it('meets a verb in its -ung noun and a noun in its -lich adjective, also in lower case', () => {
    expect(answer('Wie viel Bier braut die Brauerei am Tag?')).toContain('12.000 Liter');
    expect(answer('woran forscht die brauerei')).toContain('alkoholfreien');
  });

  it('forgives a swapped pair of letters in a separable verb (fürht … an ~ angeführt)', () => {
    expect(answer('Wer fürht die Brauerei an?')).toContain('Marta Reuter');
  });

  it('gives the age of the asked noun, not of a person standing next to another age', () => {
    expect(answer('Wie alt ist der Luchs ungefähr?')).toContain('drei Jahren');
  });

  it('reads a distance in the dative ("aus rund 30 Metern") and the measure after "wie" as no verb', () => {
    expect(answer('Wie weit war der Luchs weg?')).toContain('30 Metern');
  });

  it('answers "wo" with a place, and "woher" with an origin', () => {
    expect(answer('Wo wurde der Luchs gesehen?')).toContain('Tannhausen');
    expect(answer('Woher bekommt die Brauerei ihren Strom?')).toContain('Solaranlage');
  });

  it('quotes a section routed by its heading in its own order', () => {
    expect(answer('Was soll ich tun, wenn mir ein Luchs begegnet?')).toContain('stehen bleiben');
  });

  it('gives advice from the section that gives it, not from a story sentence with the same noun', () => {
    expect(answer('was mache ich mit meinem hund')).toContain('an der Leine');
  });

  it('abstains when the predicate after "ist" is nowhere in the article', () => {
    expect(answer('Wie viel ist die Brauerei wert?')).toBe('abstained');
  });
});
