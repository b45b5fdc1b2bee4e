import { describe, expect, it } from 'vitest';
import { answerToJson } from '../../../src/adapters/console/render-text.js';
import type { Answer } from '../../../src/core/reply.js';

const cited = (text: string): Answer => ({ answered: true, text: 'Putin besucht Kim.', citations: [{ id: 's1.p1', section: 'Einleitung', text }] });

describe('answerToJson', () => {
  it('prints the documented fields only, and the same answer again the same way', () => {
    const answer = { ...cited('Putin besucht Kim.'), articleId: 'a', sectionId: 'lead' };
    const expected = '{"answered":true,"text":"Putin besucht Kim.","citations":[{"id":"s1.p1","section":"Einleitung","text":"Putin besucht Kim."}]}';
    expect(answerToJson(answer)).toBe(expected);
    expect(answerToJson(answer)).toBe(expected);
  });

  it('prints an answer with the same text but other citations or verdict as what it is', () => {
    expect(JSON.parse(answerToJson(cited('Erster Absatz.'))).citations[0].text).toBe('Erster Absatz.');
    expect(JSON.parse(answerToJson(cited('Zweiter Absatz.'))).citations[0].text).toBe('Zweiter Absatz.');
    expect(JSON.parse(answerToJson({ ...cited('Zweiter Absatz.'), answered: false })).answered).toBe(false);
  });
});
