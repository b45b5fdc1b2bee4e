/**
 * Two questions joined by "und" in one sentence, read as two: "Wer hat die Firma gegründet und wann?" asks who founded it
 * and when; "Wie lang und wie breit wird die Brücke?" asks both measures of the bridge.
 */
import { fold } from '../text/normalize.js';
import { classOf } from './question-words.js';

/** "und" before a question word, with an optional comma ("…, und wann"); the question word is captured. */
const AND_QUESTION_WORD = /,?\s+und\s+(?=(wie|wann|warum|wieso|weshalb|wo|wer|was|welche[rnms]?|wofür|wofuer|womit|woher|wohin|wozu|wieviele?)\b)/iu;

/** Most words of a question phrase standing alone after "und" ("wann", "wie lange", "wie lange schon"). */
const MAX_PHRASE_WORDS = 3;

/**
 * The words of the question phrase that starts `words`, or 0 when they start with none: a question word, after a
 * preposition perhaps ("ab wann"), and after "wie" the word it asks with ("wie lange", "wie viel").
 */
function phraseLength(words: readonly string[]): number {
  const at = words.slice(0, 2).findIndex((word) => classOf(fold(word)).question);
  if (at < 0) return 0;
  return fold(words[at]!) === 'wie' && words.length > at + 1 ? at + 2 : at + 1;
}

/** Whether the text has a word of its own, neither a stop word nor a question word ("wie alt sind die" has none). */
function hasContent(text: string): boolean {
  return text.split(/\s+/u).some((word) => {
    const folded = fold(word.replace(/[?!.,]/gu, ''));
    if (folded.length < 3) return false;
    const cls = classOf(folded);
    return !cls.stop && !cls.question && !cls.soft && !cls.measure;
  });
}

/**
 * The questions of one sentence joined by "und" before a question word, each whole; [question] when it has no such join.
 * A bare question phrase after "und" takes the rest of the first question ("… gegründet und wann" -> "wann … gegründet?");
 * a bare one before it the rest of the second ("Wie lang und wie breit wird die Brücke?"). A second question without words
 * of its own ("und wie alt sind die?") points back at the first: it is asked with the words of the first.
 */
export function splitCoordinated(question: string): string[] {
  const match = AND_QUESTION_WORD.exec(question);
  if (!match) return [question];
  const first = question.slice(0, match.index).trim();
  const second = question.slice(match.index + match[0].length).trim();
  const firstWords = first.split(/\s+/u);
  const secondWords = second.replace(/[?!.]+$/u, '').split(/\s+/u);
  const firstPhrase = phraseLength(firstWords);
  if (firstPhrase === 0) return [question];
  // "Wie lang und wie breit wird die Brücke?": the first is a question phrase only.
  if (firstWords.length <= firstPhrase) {
    const rest = secondWords.slice(phraseLength(secondWords)).join(' ');
    return rest.length > 0 ? [`${first} ${rest}?`, second] : [question];
  }
  // "Wer hat die Firma gegründet und wann?": the second is a question phrase only.
  if (secondWords.length <= MAX_PHRASE_WORDS && secondWords.length <= phraseLength(secondWords) + 1) {
    const rest = firstWords.slice(firstPhrase).join(' ');
    return [`${first}?`, `${secondWords.join(' ')} ${rest}?`];
  }
  // "… und wie alt sind die?": a second question without words of its own is read with those of the first.
  return hasContent(second) ? [`${first}?`, second] : [`${first}?`, `${secondWords.join(' ')} ${firstWords.slice(firstPhrase).join(' ')}?`];
}
