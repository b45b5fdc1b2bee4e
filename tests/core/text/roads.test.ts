import { describe, expect, it } from 'vitest';
import { roadKeys } from '../../../src/core/text/roads.js';

describe('roadKeys', () => {
  it('gives a road written with its class letter or word the one-word key readers type ("K17")', () => {
    expect(roadKeys('Die Kreisstraße 17 wird gesperrt, auch die K 17 bei Haldorf.')).toEqual(['k17', 'k17']);
    expect(roadKeys('Der Stau reicht von der A7 bis zur Bundesstrasse 27 und zur Staatsstraße 2045.')).toEqual(['a7', 'b27', 'st2045']);
  });
  it('gives no key to a number without a road class', () => {
    expect(roadKeys('Die Umleitung ist 9 Kilometer lang, 17 Anwohner klagen.')).toEqual([]);
    expect(roadKeys('Gebaut wird ab Juli.')).toEqual([]);
  });
});
