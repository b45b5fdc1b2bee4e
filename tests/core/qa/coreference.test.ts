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

describe('role descriptions point back to a person named before them', () => {
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
  });
});
