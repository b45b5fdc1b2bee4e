import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/core/qa/question.js';
import { alternativesIn, answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Hallenbad Brunnstedt: Marodes Bad schließt - Schwimmkurse fallen aus

Das Hallenbad in Brunnstedt muss schließen. Ein Gutachten fand Risse im Beckenboden. Vereine und Schulen suchen nun Ersatz.

Schwimmmeisterin Jana Pohl am leeren Becken in Brunnstedt. (Foto) Suche
Schwimmmeisterin Jana Pohl am leeren Becken in Brunnstedt. Bild: picture alliance/dpa | Ole Sander

Wenn Jana Pohl morgens die Halle aufschließt, ist es still. Seit neun Jahren arbeitet die 41-Jährige im Bad. Im Sommer hatte sie Risse im Boden des Beckens bemerkt.

Ein Statiker prüfte das Becken im Oktober. "Das Becken ist nicht mehr sicher", sagte Tom Reiners vom Ingenieurbüro Weiland. Der Statiker war mit zwei Kollegen angereist. Jana Pohl zeigte ihnen die Risse im Becken.

Wer ist betroffen?

Nach Angaben der Stadt nutzen 2.300 Kinder und Jugendliche das Bad. Die Trainer von neun der 14 Vereine suchen nun andere Hallen. Die Preise für Eintrittskarten stiegen im Frühjahr auf 6 Euro. Der Gemeinderat hatte dem Umbau im Mai zugestimmt. Vereinssprecher Kai Brandt befürchtet lange Wege zu anderen Hallen.

Elternsprecherin Sabine Wolf sagte, man sei von der Schließung enttäuscht. Viele Kinder könnten nun nicht schwimmen lernen.

Wie flog der Pfusch auf?

Ein Taucher meldete der Stadt lose Fliesen am Beckenrand.

Wie geht es weiter?

Der Bürgermeister erklärte die Schließung in einem Beitrag für das Amtsblatt. Eine Sanierung würde nach ersten Schätzungen 6,5 Millionen Euro kosten. Die Stadt will bis Ende März entscheiden. Stadtdirektorin Petra Lang prüft einen Neubau. Der Bürgermeister nannte das Bad "das Wohnzimmer der Stadt".

Folgen Sie News.de schon bei WhatsApp, Facebook, Twitter, Pinterest und YouTube? Hier finden Sie brandheiße News, aktuelle Videos und den direkten Draht zur Redaktion.

/news.de/dpa

Themen:
`;
const answer = answerAbout(text, 'hallenbad-brunnstedt.de.txt', { withCitations: true });
const withoutPhoto = text.split('\n').filter((line) => !line.startsWith('Schwimmmeisterin Jana Pohl am leeren Becken')).join('\n');
const answerWithoutPhoto = answerAbout(withoutPhoto, 'hallenbad-ohne-foto.de.txt', { withCitations: true });

describe('reader questions: round 10 mechanisms', () => {
  it('meets a compound by its head alone when the article has nothing of its modifier ("Gastbeitrag" ~ "Beitrag")', () => {
    expect(answer('Wo hat der Bürgermeister seinen Gastbeitrag veröffentlicht?')).toContain('Amtsblatt');
  });

  it('does not let the head alone stand for the thing counted or measured ("Strompreise" are no prices of tickets)', () => {
    expect(answer('Wie hoch sind die Strompreise?')).toBe('abstained');
  });

  it('reads a number with a noun of its own as counting that noun ("neun der 14 Vereine" counts no trainers)', () => {
    expect(answer('Wie viele Trainer hat das Bad?')).toBe('abstained');
  });

  it('lets a pair of nouns share a number ("2.300 Kinder und Jugendliche")', () => {
    expect(answer('Wie viele Jugendliche nutzen das Bad?')).toContain('2.300');
  });

  it('keeps a role given in the caption for later mentions of the name ("Wie alt ist die Schwimmmeisterin?")', () => {
    expect(answer('Wie alt ist die Schwimmmeisterin?')).toContain('41-Jährige');
  });

  it('reads a profession after an article as pointing back to the person named before ("Der Statiker war …")', () => {
    expect(answer('Wie heißt der Statiker?')).toContain('Tom Reiners');
    expect(answer('Wie heißt der Statiker, der vor Ort war?')).toContain('Tom Reiners');
  });

  it('does not read a council after an article as a person ("Der Gemeinderat hatte …")', () => {
    expect(answer('Wer sitzt im Gemeinderat?')).toBe('abstained');
  });

  it('answers "Was hat X gesagt?" only with the words of X, and abstains when X says nothing', () => {
    expect(answer('Was hat Tom Reiners gesagt?')).toContain('nicht mehr sicher');
    expect(answer('Was hat Jana Pohl gesagt?')).toBe('abstained');
  });

  it('gives no credit for a photo the article does not have, whatever the photo is said to show', () => {
    expect(answer('Wer hat das Foto vom Becken gemacht?')).toContain('Ole Sander');
    expect(answerWithoutPhoto('Wer hat das Foto vom Becken gemacht?')).toBe('abstained');
    expect(answer('Wer hat das Foto vom Amtsblatt gemacht?')).not.toContain('Ole Sander');
  });

  it('reads "Auf welcher Seite ist der Artikel erschienen?" as asking for the source, but not "wann"', () => {
    expect(answer('Auf welcher Seite ist der Artikel erschienen?')).toContain('news.de');
    expect(answer('Wann ist der Artikel erschienen?')).not.toContain('news.de');
  });

  it('meets a role compound by another role with the same modifier ("Stadtchefin" ~ "Stadtdirektorin")', () => {
    expect(answer('Wie heißt die Stadtchefin?')).toContain('Petra Lang');
  });

  it('reads "in dem Ort" as the story\'s own place, which the article names by its name', () => {
    expect(answer('Wie viele Jugendliche nutzen das Bad in dem Ort?')).toContain('2.300');
  });

  it('abstains when the question\'s verb is nowhere in the article and only the name asked about is met', () => {
    expect(answer('Was verdient Jana Pohl?')).toBe('abstained');
  });

  it('reads the noun after "als" in "Wie bezeichnet X Y als Z?" as what the answer calls it, not a word it must hold', () => {
    expect(answer('Wie bezeichnet der Bürgermeister das Bad als Treffpunkt?')).toContain('Wohnzimmer der Stadt');
  });

  it('reads "Was hält X von Y?" as asking for X\'s words, and "Angst" as a worry', () => {
    const opinion = parseQuestion('Was hält die Elternsprecherin von der Schließung?', [], undefined);
    expect(opinion.focus).toBe('quote');
    expect(opinion.terms.find((term) => term.words[0] === 'haelt')?.soft).toBe(true);
    expect(answer('Was hält die Elternsprecherin von der Schließung?')).toContain('enttäuscht');
    expect(answer('Wovor hat der Vereinssprecher Angst?')).toContain('lange Wege');
  });

  it('routes a question to a heading it shares its only content word with ("Wie ist das Ganze aufgeflogen?")', () => {
    expect(answer('Wie ist das Ganze aufgeflogen?')).toContain('Taucher');
  });

  it('reads "entdecken" as "bemerken"', () => {
    expect(alternativesIn(text, 'hallenbad-brunnstedt.de.txt')('Wer hat die Risse entdeckt?', 'entdeckt').flat()).toContain('bemerkt');
    expect(answer('Wer hat die Risse entdeckt?')).toContain('Jana Pohl');
  });

  it('answers a question the same whatever was asked before (a word read as a noun or not resolves apart)', () => {
    const fresh = answerAbout(text, 'hallenbad-brunnstedt.de.txt', { withCitations: true });
    fresh('Wo hat der Bürgermeister seinen gastbeitrag veröffentlicht?');
    expect(fresh('Wo hat der Bürgermeister seinen Gastbeitrag veröffentlicht?')).toBe(answer('Wo hat der Bürgermeister seinen Gastbeitrag veröffentlicht?'));
    expect(fresh('Wo hat der Bürgermeister seinen Gastbeitrag veröffentlicht?')).toContain('Amtsblatt');
  });
});
