/**
 * Follow-up questions in a conversation: "Wer leitet die Grabpaten?" – "Und was hat er früher gemacht?". An
 * answer names the person it is about (its subject); the next question, when it points back with a pronoun
 * and names no one itself, is read with that name in the pronoun's place. One pointing at a thing ("Wie viele
 * sind das?") is read with the nouns of the question before. Pure; the conversation (the last exchange of each
 * chat) is kept by the caller (see core/bot.ts).
 */
import { firstNameGender } from '../text/first-names.js';
import { isRoleBeforeName } from '../text/names.js';
import { fold, tokenize } from '../text/normalize.js';
import { QUESTION_WORDS, STOP_WORDS } from '../text/stopwords.js';
import { stem } from '../text/stem.js';
import { isCommonNoun } from '../text/synonyms.js';

/** Third-person pronouns of a person, and possessives ("sein" is left out: it is mostly the verb). */
const PERSONAL = 'er|sie|ihn|ihm|ihr';
const POSSESSIVE = 'ihre|ihren|ihrem|ihrer|ihres|seine|seinen|seinem|seiner|seines';
/** A whole word of `alternatives`, as written. */
const wholeWord = (alternatives: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, 'iu');
/** A pronoun of a person ("er", "sie", "ihm"). */
const POINTS_BACK = wholeWord(PERSONAL);
/** The same or a possessive ("seine", "ihrem"). */
const POINTS_BACK_OR_OWNS = wholeWord(`${PERSONAL}|${POSSESSIVE}`);
/** A question asking who: a possessive in it belongs to whoever is asked for ("Wer verliert seinen Sitz?"). */
const ASKS_WHO = /^\s*(?:und\s+)?(?:wer|wen|wem)\b/iu;

/**
 * The shape of a follow-up: it starts with "Und" or is short ("Wie haben sie ihn eingefangen?", six words at most); a
 * longer question with a pronoun mostly says itself whom it means. (Also keeps the extra reading off most questions.)
 */
export function hasFollowUpShape(question: string): boolean {
  return STARTS_WITH_UND.test(question) || fewWords(question, MAX_FOLLOW_UP_WORDS);
}
const STARTS_WITH_UND = /^\s*und\b/iu;

/** Whether a question starts with "Und": it asks on about the exchange before ("Und wie viel war das früher?"). */
export function startsWithUnd(question: string): boolean {
  return STARTS_WITH_UND.test(question);
}
const MAX_FOLLOW_UP_WORDS = 6;
/** Whether a code point above ASCII is white space as \s counts it (no-break, em and ideographic spaces, …). */
function isWideSpace(code: number): boolean {
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether `text` has 1 to `most` words (runs of non-space); a scan that stops early, not a regex that backtracks. */
function fewWords(text: string, most: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || (code >= 9 && code <= 13) || (code > 127 && isWideSpace(code));
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words > most) return false;
    }
  }
  return words > 0;
}

/** A capitalised word after the first: a noun (or name) of the question itself. */
const NOUN_BEFORE = /\s\p{Lu}/u;

/**
 * The first pronoun of a question before any comma (after one it points inside the question: "Warum sterben Kröten,
 * obwohl sie …"); a possessive only when the question does not ask who.
 */
export function pronounOf(question: string): RegExpExecArray | null {
  if (!hasFollowUpShape(question)) return null;
  const comma = question.indexOf(',');
  const head = comma < 0 ? question : question.slice(0, comma);
  const pronoun = (ASKS_WHO.test(head) ? POINTS_BACK : POINTS_BACK_OR_OWNS).exec(head);
  // A possessive after a noun of the question is that noun's ("Woher bekommt die Farm ihren Strom?").
  if (pronoun && pronoun[0].length > 3 && NOUN_BEFORE.test(head.slice(0, pronoun.index))) return null;
  return pronoun;
}

/** Pronouns of a man, folded ("sie", "ihr" are a woman's or several people's). */
const HIS = /^(?:er|ihn|ihm|sein\w*)$/;
/** Whether a pronoun cannot point back to the person `subject` names (folded words) by the sex of their first name. */
export function otherSex(pronoun: string, subject: string): boolean {
  const gender = firstNameGender(subject.split(' ')[0]!);
  return gender !== undefined && (gender === 'm') !== HIS.test(fold(pronoun));
}

/** The question read with `subject` (a name) for its pronoun `pronoun` (see pronounOf). */
export function withSubject(question: string, pronoun: RegExpExecArray, subject: string): string {
  return `${question.slice(0, pronoun.index)}${subject}${question.slice(pronoun.index + pronoun[0].length)}`;
}

/**
 * The person an exchange is about: a name the question named; else of the article's names (folded words) in the
 * answer the first after a role ("Kantorin Helga Sommerfeld", not "Kirchenchor St. Marien"), else the first; else a name
 * the text gives once, in the question, then in the answer; null when none.
 */
export function subjectOf(question: string, answerText: string, names: readonly string[][]): string | null {
  return nameWordIn(question, names) ?? namedIn(answerText, names) ?? personLike(question) ?? personLike(answerText);
}

/**
 * The first of the article's names (folded words) one of whose words a text has ("Kim" for "Kim Jong Un"), as a reader
 * names someone in a question; null when none. (A word test, far cheaper than parsing the question.)
 */
export function nameWordIn(text: string, names: readonly string[][]): string | null {
  const words = new Set(fold(text).split(/[^\p{L}\p{N}]+/u));
  for (const name of names) if (name.some((word) => word.length >= 3 && words.has(word) && !isCommonNoun(word))) return name.join(' ');
  return null;
}

/**
 * Two capitalised words inside a sentence that are not both common nouns, as a name the text gives once ("Wer ist
 * Claudia Marquardt?", "erzählte Renate Wolfsteller (67)"), folded; null when none.
 */
function personLike(text: string): string | null {
  const tokens = tokenize(text);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [first, second] = [tokens[i]!, tokens[i + 1]!];
    if (!first.capitalized || !second.capitalized || first.sentenceStart || STOP_WORDS.has(first.folded)) continue;
    if (!/^\s+$/.test(text.slice(first.start + first.surface.length, second.start))) continue;
    if (!isCommonNoun(first.folded) && !isCommonNoun(second.folded)) return `${first.folded} ${second.folded}`;
  }
  return null;
}

/** Of the article's names in a text, the first after a role, else the first; null when none. */
function namedIn(answerText: string, names: readonly string[][]): string | null {
  const words = fold(answerText).split(/[^\p{L}\p{N}]+/u);
  let best: string | null = null;
  let bestRank = Infinity;
  for (const name of names) {
    for (let at = words.indexOf(name[0]!); at >= 0; at = words.indexOf(name[0]!, at + 1)) {
      if (!name.every((word, i) => words[at + i] === word)) continue;
      // Earlier is better; after a role, better than any without.
      const rank = (at > 0 && isRoleBeforeName(words[at - 1]!) ? 0 : words.length) + at;
      if (rank < bestRank) {
        bestRank = rank;
        best = name.join(' ');
      }
      break;
    }
  }
  return best;
}

/** A demonstrative standing for a thing ("Und wer bezahlt den?"), and the verb's particle that may follow it ("… der auf?"). */
const DEMONSTRATIVE = '(?:der|die|den|dem)';
const PARTICLE = String.raw`\s*(?:(?:auf|zu|an|ab|aus)\s*)?`;

/** Words for the article itself or its photo: "dieser Text", "dieses Foto" mean the story, not what was said before. */
const THE_STORY = String.raw`(?:artikel|text|meldung|beitrag|bericht|nachricht|foto|bild)(?![\p{L}\p{N}])`;

/**
 * A word pointing back at a thing the exchange before was about: "damit", "dafür", "davon", …, or "das"/"dies" at the end
 * or before a form of "sein" ("Wie viele sind das?", "Wie viele sollen das gewesen sein?", not "das Ticket"), "der",
 * "die", "den" or "dem" at the end, perhaps before a verb's particle ("Und wer bezahlt den?", "Und wann hat der auf?"),
 * or "sie" for a plural ("Und wogegen wollen sie vorgehen?"), or "diese X" (not "dieser Text"), as written.
 */
const POINTS_AT_THING = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:da(?:mit|für|fuer|von|zu|rauf|ran|bei|durch|rin|raus|rüber|rueber|gegen|hinter|nach)|(?:das|dies)(?=\s*(?:[?.!]|$|gewesen\b|sein\b|war\b|ist\b|sind\b))|${DEMONSTRATIVE}(?=${PARTICLE}(?:[?.!]|$))|sie|diese[rsnm]?(?=\s+\p{L})(?!\s+${THE_STORY}))(?![\p{L}\p{N}])`, 'iu');

/** "der", "die", "den" or "dem" as the last word, perhaps before a verb's particle ("Und wann hat der auf?"). */
const LAST_DEMONSTRATIVE = new RegExp(String.raw`(?<![\p{L}\p{N}])${DEMONSTRATIVE}${PARTICLE}[?.!]?\s*$`, 'iu');

/** Whether a follow-up ends pointing at the thing the answer before named ("Und wer bezahlt den?"). */
export function endsWithDemonstrative(question: string): boolean {
  return hasFollowUpShape(question) && LAST_DEMONSTRATIVE.test(question);
}

/** Whether a question, in the shape of a follow-up, points back at something said before (see POINTS_AT_THING). */
export function pointsAtThing(question: string): boolean {
  if (!hasFollowUpShape(question)) return false;
  const comma = question.indexOf(',');
  return POINTS_AT_THING.test(comma < 0 ? question : question.slice(0, comma));
}

/**
 * The question with the nouns of the question before it, as written ("Und was soll damit erreicht werden?" after "Was
 * ist Nordkorea besonders wichtig?" -> "Und was soll damit erreicht werden Nordkorea"), or null when that has none.
 */
export function withNounsBefore(question: string, before: string, nouns: readonly string[]): string | null {
  const wanted = new Set(nouns);
  // (With a capital in a question that has capitals: they are nouns, also where the question before was all lower case.)
  const capitals = /\p{Lu}/u.test(question);
  const surfaces = tokenize(before).filter((token) => wanted.has(token.folded))
    .map((token) => (capitals ? token.surface[0]!.toUpperCase() + token.surface.slice(1) : token.surface.toLowerCase()));
  if (surfaces.length === 0) return null;
  // "diese Zahl" is what the answer before gave: the nouns before stand in its place.
  return `${question.replace(DEMONSTRATIVE_NOUN, '').replace(/[?\s]+$/u, '')} ${surfaces.join(' ')}?`;
}
const DEMONSTRATIVE_NOUN = /(?<![\p{L}\p{N}])diese[rsnm]?\s+\p{L}+/iu;

/** "Woher stammt diese Zahl?", "Und woher kommen die Angaben?": where a figure or statement of the answer before comes from. */
const SOURCE_OF_WHAT_WAS_SAID = /^\s*(?:und\s+)?woher\s+(?:stammt|stammen|kommt|kommen|hat\s+man)\s+(?:denn\s+)?(?:diese|die|das|dieser|der)\s+(?:zahl|zahlen|angabe|angaben|info|infos|information|informationen|schätzung|schaetzung|daten|wert|werte)\b/iu;

/** "Wer sagt das?", "Laut wem?", "Woher weiß man das?": who says what the answer before said. */
const WHO_SAYS_THAT = /^\s*(?:und\s+)?(?:(?:wer|welche\s+quelle)\s+(?:sagt|behauptet|berichtet|meldet|schreibt)\s+das|laut\s+wem|woher\s+(?:wei(?:ß|ss)\s+man|wissen\s+die)\s+das)\b/iu;

/** Whether a follow-up asks where what the answer before said comes from: its source is in the passage just quoted. */
export function asksSourceOfAnswer(question: string): boolean {
  return SOURCE_OF_WHAT_WAS_SAID.test(question) || WHO_SAYS_THAT.test(question);
}

/** "Was noch?", "Und sonst?", "Noch was?": what else the article says on from the answer before. */
const WHAT_ELSE = /^\s*(?:und\s+)?(?:was\s+(?:sonst\s+)?noch|sonst\s+noch\s+was|noch\s+(?:was|etwas)|sonst|weiter|und\s+weiter)\s*\??\s*$/iu;

/** Whether a follow-up asks what else the article says, on from the passages the answer before quoted. */
export function asksWhatElse(question: string): boolean {
  return WHAT_ELSE.test(question);
}

/** Finite verbs opening a question of its own ("Und gibt es …", "Und kann man …"), folded. */
const QUESTION_VERBS: ReadonlySet<string> = new Set(['gibt', 'gab', 'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'hatte', 'kann', 'koennen',
  'muss', 'muessen', 'wird', 'werden', 'darf', 'duerfen', 'soll', 'sollen']);

/** Whether a question asks something of its own: a question word or such a verb ("Und wie viel …", "Und gibt es …"). */
function asksOwnQuestion(question: string): boolean {
  return tokenize(question).some((token) => QUESTION_WORDS.has(token.folded) || QUESTION_VERBS.has(token.folded));
}

/**
 * "Und fürs ganze Jahr?" after "Was kostet das Parken im Monat?": a fragment starting with "Und" that asks nothing of its
 * own is the question before, asked again of what the fragment names. The question before with the fragment's words
 * ("Was kostet das Parken im Monat fürs ganze Jahr?"), or null when the question is no such fragment.
 */
export function elliptic(question: string, before: string): string | null {
  if (!STARTS_WITH_UND.test(question) || asksOwnQuestion(question)) return null;
  const fragment = question.replace(STARTS_WITH_UND, '').replace(/[?\s]+$/u, '').trim();
  if (!fragment) return null;
  // "Und vorher?" after "Was zahlt man künftig?" asks of the time before, not of both: the other time's words go.
  const contrast = timeContrastOf(fragment);
  const asked = contrast ? tokenize(before).filter((token) => !contrast.other.has(token.folded)).map((token) => token.surface).join(' ') : before;
  return `${asked.replace(/[?.!\s]+$/u, '')} ${fragment}?`;
}

/** Words of a time before now and of now or after, folded: "Und vorher?" turns a question of one to the other. */
const EARLIER: ReadonlySet<string> = new Set(['vorher', 'bisher', 'bislang', 'frueher', 'zuvor', 'davor', 'damals', 'ehemals', 'einst', 'urspruenglich']);
const LATER: ReadonlySet<string> = new Set(['kuenftig', 'zukuenftig', 'kuenftige', 'kuenftigen', 'jetzt', 'nun', 'heute', 'aktuell', 'derzeit', 'inzwischen',
  'mittlerweile', 'nachher', 'danach', 'spaeter', 'neu', 'neue', 'neuen', 'neuer', 'neues']);

/** The time a fragment asks of ("vorher"), with the words of the other time and those saying its own in an answer. */
function timeContrastOf(fragment: string): { other: ReadonlySet<string>; own: ReadonlySet<string> } | null {
  const words = tokenize(fragment).map((token) => token.folded);
  if (words.some((word) => EARLIER.has(word))) return { other: LATER, own: EARLIER_IN_ANSWER };
  if (words.some((word) => LATER.has(word))) return { other: EARLIER, own: LATER };
  return null;
}
/** An earlier figure in an answer: "künftig 14 Euro statt bisher 9,50 Euro". ("davor" is before another time.) */
const EARLIER_IN_ANSWER: ReadonlySet<string> = new Set([...[...EARLIER].filter((word) => word !== 'davor'), 'statt', 'anstatt']);

/**
 * Whether a question asks of the time before ("Und wie viel war es vorher?") where the answer before gives an earlier
 * figure beside the one asked ("… zahlen Eltern dann 96 statt bisher 78 Euro").
 */
export function asksEarlierOfAnswer(question: string, answerText: string): boolean {
  return tokenize(question).some((token) => EARLIER.has(token.folded)) && saysEarlier(answerText);
}

/** Whether a text gives an earlier figure ("statt bisher 78 Euro", "früher", "ursprünglich"). */
export function saysEarlier(text: string): boolean {
  return tokenize(text).some((token) => EARLIER_IN_ANSWER.has(token.folded));
}

/**
 * Whether an answer says something of what a fragment adds to the question before: one of its content words (stemmed)
 * that the question before lacks is in the answer's text. ("und im Jahr davor?" after "… letztes Jahr …" adds nothing
 * the question before had not: read so, it asks that question again.)
 */
export function namesFragment(fragment: string, answerText: string, before: string): boolean {
  const folded = fold(answerText);
  const asked = fold(before);
  // ("Und vorher?": an answer with an earlier figure, "14 Euro statt bisher 9,50 Euro", says it.)
  const contrast = timeContrastOf(fragment);
  if (contrast && tokenize(answerText).some((token) => contrast.own.has(token.folded))) return true;
  return tokenize(fragment).some((token) => {
    if (token.folded.length < 4 || STOP_WORDS.has(token.folded)) return false;
    const key = stem(token.folded);
    return !asked.includes(key) && folded.includes(key);
  });
}
