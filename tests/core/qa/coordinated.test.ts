import { describe, expect, it } from 'vitest';
import { splitCoordinated } from '../../../src/core/qa/coordinated.js';

describe('two questions joined by "und"', () => {
  it('gives a bare question phrase after "und" the rest of the first question', () => {
    expect(splitCoordinated('Wer hat den Betrieb gegründet und wann?')).toEqual(['Wer hat den Betrieb gegründet?', 'wann hat den Betrieb gegründet?']);
    expect(splitCoordinated('Wofür spendet der Verein Geld und wie viel?')).toEqual(['Wofür spendet der Verein Geld?', 'wie viel spendet der Verein Geld?']);
  });

  it('gives a bare question phrase before "und" the rest of the second', () => {
    expect(splitCoordinated('Wie lang und wie breit wird die Brücke?')).toEqual(['Wie lang wird die Brücke?', 'wie breit wird die Brücke?']);
    expect(splitCoordinated('Wann und wo ist der Infoabend?')).toEqual(['Wann ist der Infoabend?', 'wo ist der Infoabend?']);
  });

  it('asks a second question with words of its own as it is, and one without them with the words of the first', () => {
    expect(splitCoordinated('Was bekommt Kim und was gibt Putin?')).toEqual(['Was bekommt Kim?', 'was gibt Putin?']);
    expect(splitCoordinated('Ab wann fährt der Bus und wie oft kommt er?')).toEqual(['Ab wann fährt der Bus?', 'wie oft kommt er fährt der Bus?']);
  });

  it('leaves a question alone where "und" joins no question word, or where no question word leads', () => {
    expect(splitCoordinated('Was bekommen Kim und Putin?')).toEqual(['Was bekommen Kim und Putin?']);
    expect(splitCoordinated('Kim und wie weiter?')).toEqual(['Kim und wie weiter?']);
  });
});
