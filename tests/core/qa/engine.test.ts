import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/parse-article.js';
import { readArticleFile } from '../../../src/content/read-article.js';
import { allPassages, type Article } from '../../../src/core/article.js';
import { message } from '../../../src/core/messages.js';
import { createQaEngine } from '../../../src/core/qa/engine.js';
import { splitSentences } from '../../../src/core/text/normalize.js';
import { findArticleFile, readQuestionFile } from '../../../src/adapters/console/eval-files.js';

const seed = readArticleFile(join(import.meta.dirname, '..', '..', '..', 'src', 'content', 'articles', 'putin-kim-nordkorea.de.txt'));
const engine = createQaEngine([seed]);

/** Every sentence the article has anywhere (head, passages, headings). */
function articleSentences(article: Article): Set<string> {
  const texts = [article.title, article.teaser ?? '', article.image?.caption ?? '', ...allPassages(article).map((p) => p.text)];
  return new Set(texts.flatMap((text) => splitSentences(text)));
}

describe('createQaEngine', () => {
  it('routes a question matching a section heading to that section, with its paragraph and bullets', () => {
    const answer = engine.answer('Was bekommt Kim?');
    expect(answer.answered).toBe(true);
    expect(answer.sectionId).toBe('s1');
    expect(answer.citations[0]).toMatchObject({ id: 's1.p1', section: 'Was bekommt Kim Jong Un von Wladimir Putin?' });
    expect(answer.citations.some((citation) => citation.id.startsWith('s1.b'))).toBe(true);
    expect(answer.text).toContain('Getreide');
  });

  it('understands colloquial verbs, lower case and a missing question mark', () => {
    expect(engine.answer('was kriegt kim').sectionId).toBe('s1');
  });

  it('meets a verb with a particle of direction the article lacks by the verb\'s synonyms ("Wo reist Putin hin?" ~ "besucht")', () => {
    const answer = engine.answer('wo reist putin hin?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('besucht Nordkorea');
  });

  it('matches umlaut transliteration and a typo in a long word', () => {
    expect(engine.answer('Wofuer lobt Putin Nordkorea').answered).toBe(true);
    expect(engine.answer('Wie viele Artileriegeschosse hat Nordkorea geliefert?').text).toContain('fünf Millionen');
  });

  it('answers a repeated question the same, and a changed copy does not leak into the next answer', () => {
    const first = engine.answer('Wie viele Geschosse hat Nordkorea geliefert?');
    first.citations.length = 0;
    first.text = '';
    const again = engine.answer('Wie viele Geschosse hat Nordkorea geliefert?');
    expect(again.text).toContain('fünf Millionen');
    expect(again.citations.length).toBeGreaterThan(0);
  });

  it('answers "Wer ist X?" with the role the article gives X, also where it names X by that role alone', () => {
    expect(engine.answer('Wer ist Wladimir Putin?').text).toContain('russische Präsident');
    expect(engine.answer('wer is wladimir putin').text).toContain('russische Präsident');
  });

  it('matches the head of a compound (Geschosse ~ Artilleriegeschosse)', () => {
    expect(engine.answer('Wie viele Geschosse hat Nordkorea geliefert?').text).toContain('fünf Millionen');
  });

  it('quotes only sentences of the article, besides one framing line', () => {
    const sentences = articleSentences(seed);
    for (const question of ['Was braucht Pjöngjang immer?', 'Was wurde in der Ukraine gefunden?', 'Was ist das Ziel des Weltraumprogramms?', 'Worum geht es?']) {
      const answer = engine.answer(question);
      const lines = answer.text.split('\n').filter((line) => line !== message('de', 'answer.summaryIntro'));
      for (const line of lines) for (const sentence of splitSentences(line)) expect(sentences, question).toContain(sentence);
      for (const citation of answer.citations) expect(allPassages(seed).map((p) => p.text).concat(seed.teaser ?? '', seed.title)).toContain(citation.text);
    }
  });

  it('abstains when the thing asked about never occurs in the article, listing the sections', () => {
    for (const question of ['Wie viele Panzer hat Russland an Nordkorea geliefert?', 'Wie wird das Wetter morgen in Berlin?', 'Wie alt ist Kim Jong Un?']) {
      const answer = engine.answer(question);
      expect(answer.answered, question).toBe(false);
      expect(answer.text).toContain(message('de', 'answer.abstain'));
      expect(answer.text).toContain('Was bekommt Kim Jong Un von Wladimir Putin?');
      expect(answer.citations).toEqual([]);
    }
  });

  it('abstains on a count question when the article gives no number for it', () => {
    expect(engine.answer('Wie viele Satelliten hat Nordkorea gestartet?').answered).toBe(false);
  });

  it('abstains when a "who exactly" question finds the role but no name', () => {
    expect(engine.answer('Wer leitet das Weltraumprogramm?').answered).toBe(false);
    expect(engine.answer('Wie alt ist Putin?').answered).toBe(false);
  });

  it('abstains when a year of the question is not in the sentence with the asked fact', () => {
    expect(engine.answer('Wie viele Schiffe wurden 2019 gesichtet?').answered).toBe(false);
  });

  it('meets strong verb forms and nouns of the same verb', () => {
    expect(engine.answer('Was fand man in der Ukraine?').text).toContain('Raketen');
  });

  it('answers summary requests with the headline, the teaser and the first paragraph', () => {
    for (const question of ['Worum geht es in dem Artikel?', 'Zusammenfassung bitte']) {
      const answer = engine.answer(question);
      expect(answer.answered).toBe(true);
      expect(answer.citations.map((citation) => citation.id)).toEqual(['title', 'teaser', 'lead.p1']);
      expect(answer.text).toContain(seed.title);
    }
  });

  it('names the photo credit and the source with metadata citations', () => {
    const photo = engine.answer('Von wem stammt das Foto?');
    expect(photo.citations[0]?.id).toBe('image');
    expect(photo.text).toContain('picture alliance/dpa/KCNA/KNS');
    const source = engine.answer('Welche Nachrichtenagentur steht hinter dem Artikel?');
    expect(source.citations[0]).toMatchObject({ id: 'source', text: 'news.de/dpa' });
  });

  it('does not mistake a question about a named source inside the text for the article source', () => {
    const answer = engine.answer('Welche Quelle nennt Bloomberg?');
    expect(answer.citations[0]?.id).toBe('s1.b3');
    expect(answer.citations[0]?.text).toContain('Verteidigungsministerium');
  });

  it('answers about the current article unless another is named', () => {
    const other: Article = { ...seed, id: 'anders', title: 'Ganz anderes Thema', teaser: null, image: null,
      sections: [{ id: 'lead', heading: null, bullets: [], paragraphs: [{ id: 'lead.p1', kind: 'paragraph', quotes: [], text: 'Die Stadt baut eine neue Brücke über den Fluss.' }] }] };
    const two = createQaEngine([seed, other]);
    expect(two.answer('Was baut die Stadt?').articleId).toBe('anders');
    expect(two.answer('Was bekommt Kim?', { articleId: seed.id }).answered).toBe(true);
    expect(createQaEngine([seed, other], { currentArticleId: seed.id }).answer('Was bekommt Kim?').answered).toBe(true);
  });

  it('says no article is loaded when there is none', () => {
    expect(createQaEngine([]).answer('Was bekommt Kim?')).toMatchObject({ answered: false, text: message('de', 'answer.noArticle') });
  });

  it('ranks several distinct answers, best first, within the limit', () => {
    const answers = engine.rank('Was liefert Nordkorea an Russland?', 3);
    expect(answers.length).toBeGreaterThanOrEqual(2);
    expect(answers.length).toBeLessThanOrEqual(3);
    const firstCitations = answers.map((answer) => answer.citations[0]?.id);
    expect(new Set(firstCitations).size).toBe(firstCitations.length);
    expect(engine.rank('Wie wird das Wetter morgen?', 5)).toHaveLength(1);
  });

  it('suggests short questions that the engine itself answers', () => {
    const suggestions = engine.suggestions();
    expect(suggestions.length).toBeGreaterThanOrEqual(4);
    for (const suggestion of suggestions) {
      expect(suggestion.length).toBeLessThanOrEqual(100);
      expect(engine.answer(suggestion).answered, suggestion).toBe(true);
    }
  });
});

describe('answers do not depend on the questions asked before', () => {
  it('reads a word alike whether an earlier question had it as a verb, a noun or with other neighbours', () => {
    const pairs = [['Was hat die Bahn angeboten?', 'fahren die s-bahnen in münchen Nordkoreas?'], ['wofür braucht nordkorea die satelliten', 'wofür braucht nordkorea die satelliten Verdacht?']];
    for (const [before, question] of pairs) {
      const used = createQaEngine([seed]);
      used.answer(before!);
      expect(used.answer(question!)).toEqual(createQaEngine([seed]).answer(question!));
    }
  });

  const evalFolder = join(import.meta.dirname, '..', '..', 'eval');
  for (const file of ['seed-questions.de.json', 'seed-blind-questions.de.json', 'blind/bahnstreik-gdl-maerz.questions.de.json', 'blind8/datenleck-lernwolke.questions.de.json']) {
    it(`gives the same answers to ${file} asked forwards and backwards`, () => {
      const path = join(evalFolder, file);
      const questions = readQuestionFile(path).questions.map((question) => question.q);
      const article = readArticleFile(findArticleFile(path, readQuestionFile(path).article));
      // Each question also asked once with a word of another question added, so caches fill with many shapes of words.
      const asked = [...questions, ...questions.map((question, i) => `${question} ${questions[(i + 1) % questions.length]!.split(' ')[1] ?? ''}`)];
      const forwards = createQaEngine([article]);
      const backwards = createQaEngine([article]);
      const first = asked.map((question) => forwards.answer(question).text);
      const second = [...asked].reverse().map((question) => backwards.answer(question).text).reverse();
      expect(second).toEqual(first);
    });
  }

  it('reads an idiom per article: as asked where the article uses it, as its plain words where it does not, in any order', () => {
    const uses = parseArticle(`Brauerei Kessel: Kessel schreibt rote Zahlen\n\nDie Brauerei Kessel aus Hagenau steckt in der Krise.\n\nDie Brauerei schreibt seit 2023 rote Zahlen. Grund sind die Preise für Gerste.\n\n/news.de/dpa\n`, 'kessel.de.txt');
    const plain = parseArticle(`Brauerei Lind: Lind macht Verlust\n\nDie Brauerei Lind aus Hagenau steckt in der Krise.\n\nDie Brauerei machte 2024 einen Verlust von 80.000 Euro. Grund ist die schwache Gerstenernte.\n\nDie Zahlen für das Jahr legte die Brauerei im März vor.\n\n/news.de/dpa\n`, 'lind.de.txt');
    const question = 'Wann schrieb die Brauerei rote Zahlen?';
    const both = createQaEngine([uses, plain]);
    const first = [both.answer(question, { articleId: uses.id }).text, both.answer(question, { articleId: plain.id }).text];
    expect(first[0]).toContain('seit 2023 rote Zahlen');
    expect(first[1]).toContain('Verlust von 80.000 Euro');
    const reversed = createQaEngine([uses, plain]);
    expect([reversed.answer(question, { articleId: plain.id }).text, reversed.answer(question, { articleId: uses.id }).text].reverse()).toEqual(first);
    expect([both.answer(question, { articleId: uses.id }).text, both.answer(question, { articleId: plain.id }).text]).toEqual(first);
  });
});
