/**
 * The ONE command catalogue. Discord slash-command JSON, Telegram setMyCommands and the
 * console help are all generated from it; nothing lists commands a second time.
 */

export type Role = 'everyone' | 'moderator';

export interface CommandOption {
  /** German option name, lowercase, Discord-valid (`^[-_\p{L}\p{N}]{1,32}$`). */
  name: string;
  nameEn: string;
  /** German description, <= 100 chars. */
  description: string;
  descriptionEn: string;
  type: 'string' | 'integer' | 'channel' | 'boolean';
  required: boolean;
  /** Offer suggestions while typing (Discord autocomplete). */
  autocomplete?: boolean;
  /** Max chars for string options. */
  maxLength?: number;
}

export interface CommandSpec {
  /** German name, lowercase, no slash. */
  name: string;
  nameEn: string;
  /** German description, <= 100 chars (Discord limit). */
  description: string;
  descriptionEn: string;
  role: Role;
  options: CommandOption[];
  /** Usage example shown in /hilfe and argument errors, e.g. "/abschnitt 2". */
  example: string;
}

/** Longest question the bot accepts, in chars (Discord option limit is 6000; we stay well below). */
export const MAX_QUESTION_CHARS = 500;

const questionOption: CommandOption = {
  name: 'text', nameEn: 'text', description: 'Deine Frage zum Artikel', descriptionEn: 'Your question about the article',
  type: 'string', required: true, autocomplete: true, maxLength: MAX_QUESTION_CHARS,
};
const channelOption: CommandOption = {
  name: 'kanal', nameEn: 'channel', description: 'Kanal (Standard: dieser Kanal)', descriptionEn: 'Channel (default: this channel)',
  type: 'channel', required: false,
};
const scheduleOption = (required: boolean): CommandOption => ({
  name: 'zeitplan', nameEn: 'schedule', description: 'Cron, „stündlich“, „täglich 08:00“ oder „werktags 07:30“',
  descriptionEn: 'Cron, "stündlich", "täglich 08:00" or "werktags 07:30"', type: 'string', required, maxLength: 100,
});

export const COMMANDS: readonly CommandSpec[] = [
  { name: 'frage', nameEn: 'ask', description: 'Eine Frage zum Artikel stellen', descriptionEn: 'Ask a question about the article',
    role: 'everyone', options: [questionOption], example: '/frage Was bekommt Kim?' },
  { name: 'zusammenfassung', nameEn: 'summary', description: 'Worum es im Artikel geht', descriptionEn: 'What the article is about',
    role: 'everyone', options: [], example: '/zusammenfassung' },
  { name: 'abschnitte', nameEn: 'sections', description: 'Die Abschnitte des Artikels', descriptionEn: 'The sections of the article',
    role: 'everyone', options: [], example: '/abschnitte' },
  { name: 'abschnitt', nameEn: 'section', description: 'Einen Abschnitt lesen (Nummer oder Titel)', descriptionEn: 'Read one section (number or title)',
    role: 'everyone', example: '/abschnitt 2',
    options: [{ name: 'abschnitt', nameEn: 'section', description: 'Nummer oder Titel', descriptionEn: 'Number or title',
      type: 'string', required: true, autocomplete: true, maxLength: 200 }] },
  { name: 'quelle', nameEn: 'source', description: 'Quelle, Agentur und Bildnachweis', descriptionEn: 'Source, agency and photo credit',
    role: 'everyone', options: [], example: '/quelle' },
  { name: 'hilfe', nameEn: 'help', description: 'Alle Befehle mit Beispielen', descriptionEn: 'All commands with examples',
    role: 'everyone', options: [], example: '/hilfe' },
  { name: 'abonnieren', nameEn: 'subscribe', description: 'Eilmeldungen in diesem Kanal abonnieren', descriptionEn: 'Subscribe this channel to breaking items',
    role: 'moderator', options: [scheduleOption(false), channelOption], example: '/abonnieren täglich 08:00' },
  { name: 'abbestellen', nameEn: 'unsubscribe', description: 'Eilmeldungen abbestellen', descriptionEn: 'Unsubscribe from breaking items',
    role: 'moderator', options: [channelOption], example: '/abbestellen' },
  { name: 'zeitplan', nameEn: 'schedule', description: 'Zeitplan der Eilmeldungen ändern', descriptionEn: 'Change the schedule of breaking items',
    role: 'moderator', options: [scheduleOption(true), channelOption], example: '/zeitplan werktags 07:30' },
  { name: 'pause', nameEn: 'pause', description: 'Eilmeldungen pausieren', descriptionEn: 'Pause breaking items',
    role: 'moderator', options: [channelOption], example: '/pause' },
  { name: 'fortsetzen', nameEn: 'resume', description: 'Eilmeldungen fortsetzen', descriptionEn: 'Resume breaking items',
    role: 'moderator', options: [channelOption], example: '/fortsetzen' },
  { name: 'status', nameEn: 'status', description: 'Zeitplan, nächster Lauf, Zustellungen, letzter Fehler', descriptionEn: 'Schedule, next run, deliveries, last error',
    role: 'moderator', options: [channelOption], example: '/status' },
  { name: 'eilmeldung', nameEn: 'breaking', description: 'Eine eigene Eilmeldung einreihen (mit „sofort“ sofort senden)', descriptionEn: 'Queue a breaking item ("sofort" sends it now)',
    role: 'moderator', example: '/eilmeldung Pressekonferenz um 15 Uhr sofort',
    options: [{ name: 'text', nameEn: 'text', description: 'Text der Eilmeldung', descriptionEn: 'Text of the item', type: 'string', required: true, maxLength: 1000 },
      { name: 'sofort', nameEn: 'now', description: 'Sofort an alle Abonnenten senden', descriptionEn: 'Send to all subscribers now', type: 'boolean', required: false }] },
  { name: 'jetzt', nameEn: 'now', description: 'Die nächste Eilmeldung sofort senden', descriptionEn: 'Send the next breaking item now',
    role: 'moderator', options: [channelOption], example: '/jetzt' },
];

/** Finds a command by its German or English name (case-insensitive, without slash). */
export function findCommand(name: string): CommandSpec | undefined {
  const wanted = name.toLowerCase();
  return COMMANDS.find((command) => command.name === wanted || command.nameEn === wanted);
}

/** Splits "/befehl@botname rest of text" into name and args; null when the text is no command. */
export function parseCommandText(text: string): { name: string; args: string } | null {
  const match = /^\/([\p{L}\p{N}_-]+)(?:@[\w]+)?(?:\s+([\s\S]*))?$/u.exec(text.trim());
  if (!match?.[1]) return null;
  return { name: match[1].toLowerCase(), args: (match[2] ?? '').trim() };
}
