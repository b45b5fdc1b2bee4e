import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/parse-article.js';
import { createQaEngine } from '../../../src/core/qa/engine.js';

const text = `Erstellt von - Uhr

Zugunglück: Güterzug entgleist bei Kassel

Ein Güterzug ist in der Nacht entgleist. Die Strecke ist gesperrt.

Der Güterzug fuhr mit 80 Kilometern pro Stunde, als er um 3.15 Uhr aus den Schienen sprang. Die Waggons wiegen zusammen 900 Tonnen. Die Bahn hat die Mitarbeiter des Stellwerks befragt.

Nach Angaben der Polizei wurden zwei Waggons beschädigt. Reisende können ihre Fahrkarten kostenlos erstatten lassen. Es ist bereits der zweite Unfall auf der Strecke.
`;
const engine = createQaEngine([parseArticle(text, 'zugunglueck.de.txt')]);

describe('measure, count and ordinal questions', () => {
  it('answers a measure with a sentence holding its unit', () => {
    expect(engine.answer('Wie schnell war der Güterzug?').text).toContain('80 Kilometern pro Stunde');
    expect(engine.answer('Wie schwer sind die Waggons?').text).toContain('900 Tonnen');
    expect(engine.answer('Wie viel wiegen die Waggons?').text).toContain('900 Tonnen');
  });

  it('asks "wie viel wiegt" for a mass, not for any number', () => {
    expect(engine.answer('Wie viel wiegt der Güterzug?').text).toContain('900 Tonnen');
    expect(engine.answer('Wie viel wiegt das Stellwerk?').answered).toBe(false);
  });

  it('abstains when the article gives no figure in the unit asked for', () => {
    expect(engine.answer('Wie teuer war der Güterzug?').answered).toBe(false);
  });

  it('needs the counted noun next to a number', () => {
    expect(engine.answer('Wie viele Waggons wurden beschädigt?').text).toContain('zwei Waggons');
    expect(engine.answer('Wie viele Mitarbeiter hat das Stellwerk?').answered).toBe(false);
  });

  it('answers "der wievielte" with an ordinal before the noun', () => {
    expect(engine.answer('Der wievielte Unfall ist das?').text).toContain('zweite Unfall');
  });

  it('meets a colloquial refund question through its synonyms', () => {
    expect(engine.answer('Krieg ich mein Geld fürs Ticket zurück?').text).toContain('erstatten');
  });
});
