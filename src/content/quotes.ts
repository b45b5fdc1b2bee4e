/**
 * Finds quotations in a passage and, where the sentence names one, their speaker.
 * General German reporting patterns only ("…, sagte Müller", "Müller schrieb, …", "so Müller").
 */
import type { Quote } from '../core/article.js';

const QUOTE_SPANS = /"([^"]{2,})"|„([^“"]{2,})[“"]|»([^«]{2,})«|“([^”]{2,})”/g;
const SPEECH_VERBS = 'sagte|sagt|schrieb|schreibt|erklärte|erklärt|betonte|betont|meinte|meint|sagten|erklärten|warnte|warnt|kritisierte|forderte|fordert|teilte|berichtete|berichtet|'
  + 'räumte|räumt|kündigte|kündigt|versprach|verspricht|versicherte|versichert|ergänzte|ergänzt|fügte|mahnte|mahnt|bekräftigte|bestätigte|bestätigt|'
  + 'unterstrich|lobte|lobt|nannte|nennt|sprach|spricht|behauptete|erzählte|erzählt|schilderte|schildert|klagte|klagt|beklagte|beklagt|fragte|fragt|antwortete|antwortet|hoffte|hofft|hieß|so';
/**
 * A capitalised word. Letters of the Latin script only (Basic Latin to Latin Extended-B, and Latin
 * Extended Additional: "Wöhrmann", "Łukasz", "Nguyễn"), so the patterns need no Unicode mode, whose
 * letter tables made compiling them the larger part of parsing an article (about 8 ms per process).
 */
const CAPITALISED = "[A-ZÄÖÜ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'-]+";
/** One to four capitalised words; particles (von, van, de, al, bin) only between two of them. */
const NAME = `(${CAPITALISED}(?:\\s+(?:(?:von|van|de|al|bin)\\s+)?${CAPITALISED}){0,3})`;
const AFTER_VERB = new RegExp(`(?:^|[,:.]\\s*|\\s)(?:${SPEECH_VERBS})\\s+(?:der\\s+|die\\s+|das\\s+)?${NAME}`);
const BEFORE_VERB = new RegExp(`${NAME}\\s+(?:${SPEECH_VERBS.replace('|so', '')})\\b`);
const NOT_A_NAME = new Set(['Man', 'Es', 'Er', 'Sie', 'Wir', 'Ich', 'Das', 'Die', 'Der', 'Dies', 'Dazu', 'Zu', 'In', 'Im', 'Am', 'Auf']);

/** Articles before a role as the subject ("Die Ministerin räumte ein …"): the role is the speaker. */
const ARTICLES = new Set(['Der', 'Die', 'Das']);

/** The speaker named in a sentence (reported speech), or null. */
export function findSpeaker(sentence: string): string | null {
  const outside = sentence.replace(QUOTE_SPANS, ' … ');
  for (const pattern of [AFTER_VERB, BEFORE_VERB]) {
    const words = pattern.exec(outside)?.[1]?.split(/\s+/) ?? [];
    if (words.length > 1 && ARTICLES.has(words[0]!)) words.shift();
    if (words.length > 0 && !NOT_A_NAME.has(words[0]!)) return words.join(' ');
  }
  return null;
}

/** "…, sagte er", "Sie betonte …": a pronoun as the speaker. */
const PRONOUN_SPEAKER = new RegExp(`(?:(?:${SPEECH_VERBS})\\s+(?:er|sie)\\b|\\b(?:Er|Sie)\\s+(?:${SPEECH_VERBS.replace('|so', '')})\\b)`);
/** Two to four capitalised words in a row: a person's name, perhaps after a role ("Landrat Detlev Kohrs"). */
const NAME_RUN = new RegExp(`${CAPITALISED}(?:\\s+${CAPITALISED}){1,3}`, 'g');

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

/**
 * One word stands for the person named in full before it: a role ("Ministerin" -> "Umweltministerin
 * Sabine Kortmann") or a surname ("Sieber" -> "Kämmerer Ralf Sieber").
 */
function withName(speaker: string, before: string): string {
  if (speaker.includes(' ')) return speaker;
  let found = speaker;
  for (const match of before.replace(QUOTE_SPANS, ' … ').matchAll(NAME_RUN)) {
    const words = match[0].split(/\s+/);
    while (words.length > 0 && NOT_A_NAME.has(words[0]!)) words.shift();
    if (words.length < 2) continue;
    if (words[0]!.toLowerCase().endsWith(speaker.toLowerCase()) || words[words.length - 1] === speaker) found = words.join(' ');
  }
  return found;
}

/** The speaker of a quote's sentence: named there, or the person a pronoun speaker ("sagte er") points back to. */
function speakerOf(sentence: string, before: string): string | null {
  const outside = sentence.replace(QUOTE_SPANS, ' … ');
  if (PRONOUN_SPEAKER.test(outside)) return lastNamed(before + outside);
  const named = findSpeaker(sentence);
  return named ? withName(named, before + outside) : null;
}

/** Quotes in `text`, each with the speaker of its sentence, else of the quote before it, else of the passage. */
export function findQuotes(text: string): Quote[] {
  const passageSpeaker = findSpeaker(text);
  let lastSpeaker: string | null = null;
  const quotes: Quote[] = [];
  for (const match of text.matchAll(QUOTE_SPANS)) {
    const quoted = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').trim();
    if (quoted.length < 2) continue;
    const sentenceStart = Math.max(0, text.lastIndexOf('. ', match.index) + 1);
    const sentenceEnd = text.indexOf('. ', match.index + match[0].length);
    const sentence = text.slice(sentenceStart, sentenceEnd === -1 ? undefined : sentenceEnd + 1);
    lastSpeaker = speakerOf(sentence, text.slice(0, sentenceStart)) ?? lastSpeaker;
    quotes.push({ text: quoted, speaker: lastSpeaker ?? passageSpeaker });
  }
  return quotes;
}
