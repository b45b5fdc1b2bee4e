/**
 * The platform-neutral bot: every adapter turns a platform event into an Incoming,
 * calls `handle`, and renders the Reply. Questions, everyone-commands, permissions.
 */
import type { Article } from './article.js';
import type { CommandSpec } from './commands.js';
import type { Clock, Incoming } from './ports.js';
import type { Answer, ButtonAction, Reply } from './reply.js';

/** Answers German questions about the loaded articles (implemented in core/qa). */
export interface QuestionAnswerer {
  /** Answers about `articleId`, or about the current story when omitted. Pure, sync, < 1 ms. */
  answer(question: string, options?: { articleId?: string }): Answer;
}

/** The loaded stories; the newest is "the story" questions go to. */
export interface StorySource {
  current(): Article | null;
  get(articleId: string): Article | undefined;
  all(): readonly Article[];
  /** The answerer over the current set of articles (rebuilt when the folder changes). */
  answerer(): QuestionAnswerer;
}

/** Moderator commands (subscriptions, schedule, breaking items), implemented in core/schedule. */
export interface ModeratorCommands {
  /** Runs an already permission-checked moderator command; `options` holds parsed option values. */
  run(command: CommandSpec, args: string, incoming: Incoming): Promise<Reply>;
}

export interface BotDeps {
  stories: StorySource;
  clock: Clock;
  moderation?: ModeratorCommands;
  /** Max chars of a question (config QUESTION_MAX_CHARS). */
  questionMaxChars: number;
  /** Per-user question limit: `count` questions per `windowMs`; then one polite notice. */
  questionRate?: { count: number; windowMs: number };
  /** Observes answers for metrics (answered / abstained). */
  onAnswer?: (answer: Answer, incoming: Incoming) => void;
}

export interface Bot {
  /** Handles a question or a command; never throws for bad input (a UserError becomes a reply). */
  handle(incoming: Incoming): Promise<Reply>;
  /** Handles a button press ("Mehr aus diesem Abschnitt", "Quelle"). */
  press(action: ButtonAction, incoming: Incoming): Promise<Reply>;
  /** Autocomplete suggestions for a question or section field, <= `limit` entries of <= 100 chars. */
  suggest(field: 'question' | 'section', input: string, limit: number): string[];
  /** Several answers for an inline query (Telegram inline mode), best first. */
  answers(question: string, limit: number): Answer[];
}
