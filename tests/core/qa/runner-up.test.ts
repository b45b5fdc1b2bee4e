import { describe, expect, it } from 'vitest';
import { withRunnerUp } from '../../../src/core/qa/retrieve.js';

describe('the passages an answer quotes', () => {
  it('quotes the runner-up beside the best passage when it scores at least 80 % as well', () => {
    expect(withRunnerUp([{ score: 1 }, { score: 0.82 }, { score: 0.81 }])).toEqual([{ score: 1 }, { score: 0.82 }]);
  });

  it('quotes the best passage alone when the runner-up scores clearly less', () => {
    expect(withRunnerUp([{ score: 1 }, { score: 0.75 }])).toEqual([{ score: 1 }]);
    expect(withRunnerUp([{ score: 0.6 }])).toEqual([{ score: 0.6 }]);
  });
});
