import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/parse-article.js';
import { indexArticle } from '../../../src/core/qa/article-index.js';
import { ensureRoleReferences } from '../../../src/core/qa/coreference.js';
import { answerAbout } from './answer-about.js';

const text = `Erstellt von - Uhr

Hochwasser: Deich bricht bei Auheim

Anwohner Herbert Kunze kann nur den Kopf schütteln. Der 71-Jährige wohnt seit 44 Jahren in Auheim.

Umweltministerin Sabine Kortmann besuchte das Krisengebiet. Bürgermeisterin Katrin Wollenberg zeigte ihr die Bruchstelle. Unmittelbar vor ihrem Besuch hatte die Ministerin das Land verteidigt.

Die Ministerin kündigte eine Sanierung im Eilverfahren an.

Deichgraf Henrik Paulsen bestätigte die Schäden. "Wir haben seit Jahren gewarnt", so der 58-Jährige.

/news.de/dpa
`;

/** The referent keys of the sentence starting with `start`, joined. */
function refersOf(start: string): string | undefined {
  const index = indexArticle(parseArticle(text, 'auheim.de.txt'));
  ensureRoleReferences(index);
  const sentence = index.passages.flatMap((passage) => passage.sentences).find((candidate) => candidate.text.startsWith(start));
  return sentence?.refers ? [...sentence.refers].join(' ') : undefined;
}

const quoted = `Erstellt von - Uhr

Volkshochschule: Kurse gestrichen

Die Volkshochschule Lindau streicht zwei Kurse.

Olga Wenzel unterrichtet seit elf Jahren in Lindau. "Mir fehlen im Monat gut 2.000 Euro. Das hält man nicht lange durch", sagte die 52-Jährige.

Die 52-Jährige will sich nun an einer Schule bewerben.

/news.de/dpa
`;

/** The indexed quoted-article, its role descriptions resolved. */
function quotedIndex() {
  const index = indexArticle(parseArticle(quoted, 'lindau.de.txt'));
  ensureRoleReferences(index);
  return index;
}

describe('role descriptions point back to a person named before them', () => {
  it('gives the first-person sentences of a quote to the person its closing role points back to ("…", sagte die 52-Jährige)', () => {
    const sentence = quotedIndex().passages.flatMap((passage) => passage.sentences).find((candidate) => candidate.text.startsWith('"Mir fehlen'))!;
    expect([...(sentence.speaker ?? [])]).toContain('wenzel');
  });

  it('adds a referent to the passage of one sentence, not to that sentence\'s own keys', () => {
    const passage = quotedIndex().passages.find((candidate) => candidate.text.startsWith('Die 52-Jährige will'))!;
    expect(passage.sentences[0]!.refers).toBeDefined();
    expect(passage.keys.has('wenzel')).toBe(true);
    expect(passage.sentences[0]!.keys.has('wenzel')).toBe(false);
  });

  it('reads "der 71-Jährige" as the person named in the sentence before', () => {
    expect(refersOf('Der 71-Jährige')).toContain('kunz');
  });

  it('reads "die Ministerin" as the last person introduced with that role, not the last person named', () => {
    expect(refersOf('Unmittelbar vor ihrem Besuch')).toContain('kortmann');
    expect(refersOf('Die Ministerin kündigte')).toContain('kortmann');
  });

  it('gives a role description the role the person was introduced with: "Wie alt ist der Deichgraf?"', () => {
    const answer = answerAbout(text, 'auheim.de.txt', { withCitations: false });
    expect(answer('Wie alt ist der Deichgraf?')).toContain('58-Jährige');
  });

  it('answers a question by name from a sentence that names the person only by role', () => {
    const answer = answerAbout(text, 'auheim.de.txt', { withCitations: false });
    expect(answer('Was kündigte Kortmann an?')).toContain('Eilverfahren');
  });

  it('does not answer "wann" with a time relative to the event asked about', () => {
    const answer = answerAbout(text, 'auheim.de.txt', { withCitations: false });
    expect(answer('Wann hat Kortmann das Land verteidigt?')).toContain('Unmittelbar vor ihrem Besuch');
    expect(answer('Wann besuchte Kortmann das Krisengebiet?')).toBe('abstained');
    // (Also where the question names the event by a synonym of the article's word: "reiste" ~ "Besuch".)
    expect(answer('Wann reiste Kortmann in das Krisengebiet?')).toBe('abstained');
  });
});
