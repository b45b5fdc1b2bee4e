/**
 * Finds quotations in a passage and, where the sentence names one, their speaker.
 * General German reporting patterns only ("…, sagte Müller", "Müller schrieb, …", "so Müller").
 */
import type { Quote } from '../core/article.js';

const QUOTE_SPANS = /"([^"]{2,})"|„([^“"]{2,})[“"]|»([^«]{2,})«|“([^”]{2,})”/g;
const SPEECH_VERBS = 'sagte|sagt|schrieb|schreibt|erklärte|erklärt|betonte|betont|meinte|meint|sagten|erklärten|warnte|warnt|kritisierte|forderte|fordert|teilte|berichtete|berichtet|hieß|so';
const CAPITALISED = "[A-ZÄÖÜ][\\p{L}'-]+";
/** One to four capitalised words; particles (von, van, de, al, bin) only between two of them. */
const NAME = `(${CAPITALISED}(?:\\s+(?:(?:von|van|de|al|bin)\\s+)?${CAPITALISED}){0,3})`;
const AFTER_VERB = new RegExp(`(?:^|[,:.]\\s*|\\s)(?:${SPEECH_VERBS})\\s+(?:der\\s+|die\\s+|das\\s+)?${NAME}`, 'u');
const BEFORE_VERB = new RegExp(`${NAME}\\s+(?:${SPEECH_VERBS.replace('|so', '')})\\b`, 'u');
const NOT_A_NAME = new Set(['Man', 'Es', 'Er', 'Sie', 'Wir', 'Ich', 'Das', 'Die', 'Der', 'Dies', 'Dazu', 'Zu', 'In', 'Im', 'Am', 'Auf']);

/** The speaker named in a sentence (reported speech), or null. */
export function findSpeaker(sentence: string): string | null {
  const outside = sentence.replace(QUOTE_SPANS, ' … ');
  for (const pattern of [AFTER_VERB, BEFORE_VERB]) {
    const name = pattern.exec(outside)?.[1];
    const first = name?.split(/\s+/)[0];
    if (name && first && !NOT_A_NAME.has(first)) return name;
  }
  return null;
}

/** "…, sagte er", "Sie betonte …": a pronoun as the speaker. */
const PRONOUN_SPEAKER = new RegExp(`(?:(?:${SPEECH_VERBS})\\s+(?:er|sie)\\b|\\b(?:Er|Sie)\\s+(?:${SPEECH_VERBS.replace('|so', '')})\\b)`, 'u');
/** Two to four capitalised words in a row: a person's name, perhaps after a role ("Landrat Detlev Kohrs"). */
const NAME_RUN = new RegExp(`${CAPITALISED}(?:\\s+${CAPITALISED}){1,3}`, 'gu');

/** The last name run in `text` that does not start with a function word ("Landrat Detlev Kohrs"), or null. */
function lastNamed(text: string): string | null {
  let found: string | null = null;
  for (const match of text.replace(QUOTE_SPANS, ' … ').matchAll(NAME_RUN)) {
    const words = match[0].split(/\s+/);
    while (words.length > 0 && NOT_A_NAME.has(words[0]!)) words.shift();
    if (words.length >= 2) found = words.join(' ');
  }
  return found;
}

/** The speaker of a quote's sentence: named there, or the person a pronoun speaker ("sagte er") points back to. */
function speakerOf(sentence: string, before: string): string | null {
  const outside = sentence.replace(QUOTE_SPANS, ' … ');
  if (PRONOUN_SPEAKER.test(outside)) return lastNamed(before + outside);
  return findSpeaker(sentence);
}

/** Quotes in `text`, each with the speaker of its sentence (or of the passage, if the sentence names none). */
export function findQuotes(text: string): Quote[] {
  const passageSpeaker = findSpeaker(text);
  const quotes: Quote[] = [];
  for (const match of text.matchAll(QUOTE_SPANS)) {
    const quoted = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').trim();
    if (quoted.length < 2) continue;
    const sentenceStart = Math.max(0, text.lastIndexOf('. ', match.index) + 1);
    const sentenceEnd = text.indexOf('. ', match.index + match[0].length);
    const sentence = text.slice(sentenceStart, sentenceEnd === -1 ? undefined : sentenceEnd + 1);
    quotes.push({ text: quoted, speaker: speakerOf(sentence, text.slice(0, sentenceStart)) ?? passageSpeaker });
  }
  return quotes;
}
