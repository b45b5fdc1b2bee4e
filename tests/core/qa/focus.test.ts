import { describe, expect, it } from 'vitest';
import { satisfiesFocus } from '../../../src/core/qa/focus.js';
import { fold } from '../../../src/core/text/normalize.js';

const statesPlace = (sentence: string): boolean => satisfiesFocus('place', fold(sentence), false, sentence);

describe('the kind of fact a sentence states', () => {
  it('takes a country or region named with its article for a place ("in der Ukraine", "im Iran")', () => {
    expect(statesPlace('In der Ukraine wurden Raketen aus nordkoreanischer Produktion gefunden.')).toBe(true);
    expect(statesPlace('Die Teile kommen aus der Türkei.')).toBe(true);
    expect(statesPlace('Der Minister reist im Mai in den Iran.')).toBe(true);
  });

  it('takes no time or common noun after "im" or "in der" for a place', () => {
    expect(statesPlace('Geprobt wird im März und im September.')).toBe(false);
    expect(statesPlace('Das kostet im Jahr rund 400 Euro.')).toBe(false);
    expect(statesPlace('Er sprach in der Sitzung über die Kosten.')).toBe(false);
  });

  it('takes a named thing along or above which something is for a place ("entlang des Rottbachs")', () => {
    expect(statesPlace('Auf 30 Hektar entlang des Mühlbachs wird kein Holz mehr geschlagen.')).toBe(true);
    expect(statesPlace('Die Hütte liegt oberhalb der Altstadt.')).toBe(true);
    expect(statesPlace('Auf 30 Hektar wird kein Holz mehr geschlagen.')).toBe(false);
  });
});
