import { describe, expect, it } from 'vitest';
import { isTwoEditTypoOf, isTypoOf } from '../../../src/core/text/edit-distance.js';

describe('typo tolerance', () => {
  it('forgives one slip, but not one changed letter in a short word', () => {
    expect(isTypoOf('fuerht', 'fuehrt')).toBe(true);
    expect(isTypoOf('wetter', 'weiter')).toBe(false);
  });

  it('forgives two slips in a long word with the same first letter, and no more', () => {
    expect(isTwoEditTypoOf('satteliten', 'satelliten')).toBe(true);
    expect(isTwoEditTypoOf('weltraumprogram', 'weltraumprogramm')).toBe(true);
    expect(isTwoEditTypoOf('bundesregierung', 'landesregierung')).toBe(false);
    expect(isTwoEditTypoOf('satteliten', 'satellit')).toBe(false);
    expect(isTwoEditTypoOf('satelit', 'satellit')).toBe(false);
    expect(isTwoEditTypoOf('kampfflugzeuge', 'kampfhubschrauber')).toBe(false);
  });
});
