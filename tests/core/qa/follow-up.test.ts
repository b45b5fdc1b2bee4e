import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readArticleFile } from '../../../src/content/read-article.js';
import { evaluate } from '../../../src/core/evaluation.js';
import { createQaEngine } from '../../../src/core/qa/engine.js';
import { elliptic, namesFragment, pointsAtThing, pronounOf } from '../../../src/core/qa/follow-up.js';

// An invented article in the export layout (a fixture); its words appear in no rule of the engine.
const article = readArticleFile(fileURLToPath(new URL('../../fixtures/articles/kirchenchor-lindwerder.de.txt', import.meta.url)));
describe('follow-up questions', () => {
  it('reads a pronoun with the person the exchange before was about, named in its answer or its question', () => {
    const engine = createQaEngine([article]);
    const first = engine.answer('Wer leitet den Chor?');
    expect(first.text).toContain('Helga Sommerfeld');
    const followUp = engine.answer('Und seit wann dirigiert sie?', { previous: { question: 'Wer leitet den Chor?', answer: first.text } });
    expect(followUp.text).toContain('1998');
    expect(followUp.text).not.toContain('2011');
    const byName = engine.answer('Und wie alt ist er?', { previous: { question: 'Wie lange singt Bernhard Kleist schon?', answer: 'seit 70 Jahren' } });
    expect(byName.text).toContain('91-Jährige');
    expect(byName.text).not.toContain('44-Jährige');
  });

  it('finds the person of a name the article gives once, in the question before, and an age in brackets after a name', () => {
    const engine = createQaEngine([article]);
    const previous = { question: 'Wer ist Ute Brand?', answer: engine.answer('Wer ist Ute Brand?').text };
    expect(engine.answer('Und wie alt ist sie?', { previous }).text).toContain('Ute Brand (63)');
  });

  it('reads a follow-up pointing at a thing, that asks nothing of its own, with the nouns of the question before', () => {
    const engine = createQaEngine([article]);
    const previous = { question: 'Singen auch Männer im Chor?', answer: engine.answer('Singen auch Männer im Chor?').text };
    expect(engine.answer('Wie viele sind das?', { previous }).text).toContain('zwölf Männer');
    expect(engine.answer('Wie viele sind das?').text).not.toContain('zwölf Männer');
  });

  it('reads "Und … der?" with the passage the answer before quoted, when that has the fact asked', () => {
    const engine = createQaEngine([article]);
    const previous = { question: 'Wer nimmt Anmeldungen entgegen?', answer: engine.answer('Wer nimmt Anmeldungen entgegen?').text };
    expect(previous.answer).toContain('Ute Brand');
    const followUp = engine.answer('Und wie alt ist die?', { previous }).text;
    expect(followUp).toContain('Ute Brand (63)');
    expect(followUp).not.toContain('58-Jährige');
  });

  it('takes "der", "die", "den" or "dem" at the end of a short question as pointing back at a thing', () => {
    expect(pointsAtThing('Und wer bezahlt den?')).toBe(true);
    expect(pointsAtThing('Und wann hat der auf?')).toBe(true);
    expect(pointsAtThing('Und wer bezahlt den Zaun?')).toBe(false);
  });

  it('answers as asked when the question names someone or its pronoun points inside it', () => {
    const engine = createQaEngine([article]);
    const previous = { question: 'Wer leitet den Chor?', answer: 'Geleitet wird der Chor von Kantorin Helga Sommerfeld.' };
    expect(engine.answer('Wie alt ist Bernhard Kleist?', { previous }).text).toContain('91-Jährige');
    expect(engine.answer('Wie viele Männer hat der Chor, wenn sie alle kommen?', { previous }).text).toContain('zwölf Männer');
  });

  it('takes a question for a follow-up only when it is short (six words) or starts with "Und"', () => {
    expect(pronounOf('Wie alt ist sie?')?.[0]).toBe('sie');
    expect(pronounOf('\u00a0Wie\u2003alt  ist\tsie ?')?.[0]).toBe('sie');
    expect(pronounOf('Wie lange leitet sie den Chor?')?.[0]).toBe('sie');
    expect(pronounOf('Wie lange leitet sie den Chor schon?')).toBeNull();
    expect(pronounOf('Und wie lange leitet sie den Chor schon genau?')?.[0]).toBe('sie');
    expect(pronounOf('   ')).toBeNull();
  });

  it('is asked in order by the evaluation, as a reader asks', () => {
    const result = evaluate(createQaEngine([article]), {
      about: 'follow-up', article: 'kirchenchor-lindwerder.de.txt',
      questions: [{ q: 'Wer dirigiert den Posaunenchor?', expect: ['Martin Öhler'], answerable: true }, { q: 'Und wie alt ist er?', expect: ['44-Jährige'], answerable: true }],
    });
    expect(result.right).toBe(2);
  });
});

describe('elliptic follow-ups', () => {
  it('reads a fragment starting with "Und" as the question before with the fragment\'s words', () => {
    expect(elliptic('und fürs ganze jahr?', 'Was kostet das Parken im Monat?')).toBe('Was kostet das Parken im Monat fürs ganze jahr?');
    expect(elliptic('Und für Kinder', 'Was kostet der Eintritt?')).toBe('Was kostet der Eintritt für Kinder?');
  });

  it('leaves a question of its own alone, and one without "Und"', () => {
    expect(elliptic('Und wie viel war es früher?', 'Was kostet das Parken?')).toBeNull();
    expect(elliptic('Und worauf stützt sich der Bericht?', 'Was meldet Bloomberg?')).toBeNull();
    expect(elliptic('Und gibt es einen Rabatt?', 'Was kostet das Parken?')).toBeNull();
    expect(elliptic('Für Kinder?', 'Was kostet der Eintritt?')).toBeNull();
  });

  it('takes an answer to the fragment read so only where it says something of what the fragment adds', () => {
    expect(namesFragment('und fürs ganze jahr?', 'Ein Monatsabo kostet 10 Euro und ein Jahresabo 90 Euro.', 'Was kostet das Parken im Monat?')).toBe(true);
    expect(namesFragment('Und das Schauspiel?', 'Niemand im Gemeinderat hat das gerne beschlossen.', 'Wie gut war das Ballett besucht?')).toBe(false);
    // ("im Jahr davor" adds nothing to a question about last year: read so, it is that question again.)
    expect(namesFragment('und im jahr davor?', 'Im vergangenen Jahr gab es neun Fälle.', 'Wie viele Fälle gab es letztes Jahr?')).toBe(false);
  });
});
