import { describe, expect, it } from 'vitest';
import { SYNONYM_GROUP_KEYS } from '../../../src/core/text/synonym-keys.de.js';
import { computeGroupKeys } from '../../../src/core/text/synonyms.js';

describe('synonym group keys', () => {
  it('are the keys of the synonym groups as the stemmer gives them (else re-run scripts/build-synonym-keys.ts)', () => {
    expect(SYNONYM_GROUP_KEYS.split('\n').map((line) => line.split(' '))).toEqual(computeGroupKeys());
  });
});
