/**
 * The one table of user-facing texts, per locale. Errors and framing lines are looked up
 * by code here, never written inline, so German and English stay in step.
 * `{name}` placeholders are filled from params.
 */
import type { Locale } from './ports.js';

const de = {
  'question.empty': 'Bitte stelle eine Frage, zum Beispiel: „Worum geht es in dem Artikel?“',
  'question.tooLong': 'Die Frage ist zu lang ({length} Zeichen). Bitte fasse sie in höchstens {max} Zeichen.',
  'question.rateLimited': 'Du fragst gerade sehr schnell. Bitte warte {seconds} Sekunden und frag dann noch einmal.',
  'answer.abstain': 'Dazu steht nichts im Artikel.',
  'answer.sectionsIntro': 'Der Artikel behandelt diese Abschnitte:',
  'answer.summaryIntro': 'Worum es geht:',
  'answer.creditIntro': 'Das Foto stammt von: {credit}',
  'answer.noCredit': 'Der Artikel nennt keinen Bildnachweis.',
  'answer.sourceIntro': 'Quelle des Artikels: {source}',
  'answer.noSource': 'Der Artikel nennt keine Quelle.',
  'answer.noArticle': 'Es ist noch kein Artikel geladen.',
  'command.unknown': 'Den Befehl „/{name}“ kenne ich nicht. /hilfe zeigt alle Befehle.',
  'command.badArgs': 'Der Befehl „/{name}“ braucht: {usage}',
  'command.notModerator': 'Entschuldigung, „/{name}“ dürfen nur Moderatorinnen und Moderatoren verwenden.',
  'sections.title': 'Abschnitte von „{title}“:',
  'section.notFound': 'Einen Abschnitt „{query}“ gibt es nicht. /abschnitte zeigt alle {count} Abschnitte.',
  'source.title': 'Quelle',
  'help.title': 'So kannst du mich nutzen:',
  'help.question': 'Stell einfach eine Frage zum Artikel, etwa „Worum geht es?“',
  'help.moderator': 'Für Moderatoren:',
  'start.greeting': 'Hallo! Ich beantworte Fragen zum aktuellen Artikel „{title}“ – mit Zitat und Quelle.',
  'button.more': 'Mehr aus diesem Abschnitt',
  'button.source': 'Quelle',
  'error.internal': 'Da ist bei mir etwas schiefgegangen. Bitte versuche es gleich noch einmal.',
  'citation.label': 'Quelle',
  // Telegram adapter.
  'telegram.channelNotFound': 'Den Kanal „{channel}“ finde ich nicht. Füge mich dort als Administrator hinzu und nenne ihn mit @name oder seiner Id.',
} as const;

export type MessageCode = keyof typeof de;

const en: Record<MessageCode, string> = {
  'question.empty': 'Please ask a question, for example: "Worum geht es in dem Artikel?"',
  'question.tooLong': 'Your question is too long ({length} characters). Please keep it within {max} characters.',
  'question.rateLimited': 'You are asking very quickly. Please wait {seconds} seconds and ask again.',
  'answer.abstain': 'The article does not say.',
  'answer.sectionsIntro': 'The article has these sections:',
  'answer.summaryIntro': 'What it is about:',
  'answer.creditIntro': 'Photo credit: {credit}',
  'answer.noCredit': 'The article gives no photo credit.',
  'answer.sourceIntro': 'Source of the article: {source}',
  'answer.noSource': 'The article names no source.',
  'answer.noArticle': 'No article is loaded yet.',
  'command.unknown': 'I do not know the command "/{name}". /hilfe lists all commands.',
  'command.badArgs': 'The command "/{name}" needs: {usage}',
  'command.notModerator': 'Sorry, only moderators may use "/{name}".',
  'sections.title': 'Sections of "{title}":',
  'section.notFound': 'There is no section "{query}". /abschnitte lists all {count} sections.',
  'source.title': 'Source',
  'help.title': 'How to use me:',
  'help.question': 'Just ask a question about the article (in German), e.g. "Worum geht es?"',
  'help.moderator': 'For moderators:',
  'start.greeting': 'Hello! I answer questions about the current article "{title}" (in German), with quote and source.',
  'button.more': 'More from this section',
  'button.source': 'Source',
  'error.internal': 'Something went wrong on my side. Please try again in a moment.',
  'citation.label': 'Source',
  'telegram.channelNotFound': 'I cannot find the channel "{channel}". Add me there as an administrator and name it by @name or its id.',
};

const tables: Record<Locale, Record<MessageCode, string>> = { de, en };

/** The text for `code` in `locale`, with `{param}` placeholders filled. */
export function message(locale: Locale, code: MessageCode, params: Record<string, string | number> = {}): string {
  return tables[locale][code].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}
