/**
 * The platform-neutral bot: every adapter turns a platform event into an Incoming,
 * calls `handle`, and renders the Reply. Questions, everyone-commands, permissions.
 */
import { headline, sectionTitle, type Article } from './article.js';
import { answerButtons, findSection, searchKey, sectionReply, sectionsReply, sourceReply, summaryReply } from './article-views.js';
import { COMMANDS, findCommand, parseCommandText, type CommandSpec } from './commands.js';
import { UserError } from './errors.js';
import { message } from './messages.js';
import type { Clock, Incoming, Locale } from './ports.js';
import { checkQuestion, createRateLimiter } from './question.js';
import { textReply, type Answer, type ButtonAction, type Reply } from './reply.js';
import { RecentMemo } from './text/memo.js';

/** A question and the text of its answer, the one before a follow-up ("Und wie alt ist sie?"). */
export interface Exchange {
  question: string;
  answer: string;
}

/** Answers German questions about the loaded articles (implemented in core/qa). */
export interface QuestionAnswerer {
  /**
   * Answers about `articleId`, or about the current story when omitted; a question pointing back by a pronoun is read
   * with the person of the `previous` exchange of the conversation. Pure, sync, < 1 ms.
   */
  answer(question: string, options?: { articleId?: string; previous?: Exchange }): Answer;
  /** Up to `limit` distinct answers, best first (Telegram inline mode). */
  rank(question: string, limit: number): Answer[];
  /** Questions a reader could ask, built from headings and bullets (autocomplete), each <= 100 chars. */
  suggestions(articleId?: string): string[];
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

/** Conversations whose last exchange is kept for follow-ups (a few hundred bytes each). */
const CONVERSATIONS = 4096;

/** Builds the bot over its ports. */
export function createBot(deps: BotDeps): Bot {
  const limiter = deps.questionRate ? createRateLimiter(deps.questionRate.count, deps.questionRate.windowMs) : null;
  // The last answered exchange of each reader in each chat, for follow-ups ("Und wie alt ist sie?"); the most recent kept.
  const lastExchange = new RecentMemo<Exchange>(CONVERSATIONS);

  function articleOrThrow(articleId?: string): Article {
    const article = articleId ? deps.stories.get(articleId) : deps.stories.current();
    if (!article) throw new UserError('answer.noArticle');
    return article;
  }

  function answerReply(answer: Answer, locale: Locale): Reply {
    return {
      blocks: [{ kind: 'text', text: answer.text }],
      citations: answer.citations,
      buttons: answer.answered && answer.articleId ? answerButtons(locale, answer.articleId, answer.sectionId) : [],
      answer,
    };
  }

  function ask(rawQuestion: string, incoming: Incoming): Reply {
    const question = checkQuestion(rawQuestion, deps.questionMaxChars);
    if (limiter) {
      const { verdict, retryInMs } = limiter.check(`${incoming.platform}:${incoming.userId}`, deps.clock.now());
      if (verdict === 'drop') return { ...textReply('', true), silent: true };
      if (verdict === 'notice') throw new UserError('question.rateLimited', { seconds: Math.max(1, Math.ceil(retryInMs / 1000)) });
    }
    articleOrThrow();
    const conversation = `${incoming.platform}:${incoming.chatId}:${incoming.userId}`;
    const previous = lastExchange.get(conversation);
    const answer = deps.stories.answerer().answer(question, previous ? { previous } : undefined);
    if (answer.answered) lastExchange.set(conversation, { question, answer: answer.text });
    deps.onAnswer?.(answer, incoming);
    return answerReply(answer, incoming.locale);
  }

  function helpReply(locale: Locale, isModerator: boolean, greeting: boolean): Reply {
    const describe = (command: CommandSpec) =>
      `${command.example} – ${locale === 'en' ? command.descriptionEn : command.description}`;
    const current = deps.stories.current();
    const blocks: Reply['blocks'] = [];
    if (greeting && current) blocks.push({ kind: 'text', text: message(locale, 'start.greeting', { title: headline(current) }) });
    blocks.push({ kind: 'heading', text: message(locale, 'help.title') }, { kind: 'text', text: message(locale, 'help.question') });
    blocks.push({ kind: 'list', items: COMMANDS.filter((command) => command.role === 'everyone').map(describe) });
    if (isModerator) {
      blocks.push({ kind: 'heading', text: message(locale, 'help.moderator') });
      blocks.push({ kind: 'list', items: COMMANDS.filter((command) => command.role === 'moderator').map(describe) });
    }
    return { blocks, citations: [], buttons: [] };
  }

  async function runCommand(name: string, args: string, incoming: Incoming): Promise<Reply> {
    if (name === 'start') return helpReply(incoming.locale, Boolean(incoming.isModerator), true);
    const spec = findCommand(name);
    if (!spec) throw new UserError('command.unknown', { name: name.slice(0, 40) });
    if (spec.role === 'moderator') {
      if (!incoming.isModerator) throw new UserError('command.notModerator', { name: spec.name });
      if (!deps.moderation) throw new UserError('command.unknown', { name: spec.name });
      return deps.moderation.run(spec, args, incoming);
    }
    switch (spec.name) {
      case 'frage':
        return ask(args, incoming);
      case 'zusammenfassung':
        return summaryReply(articleOrThrow(), incoming.locale);
      case 'abschnitte':
        return sectionsReply(articleOrThrow(), incoming.locale);
      case 'abschnitt': {
        if (!args) throw new UserError('command.badArgs', { name: spec.name, usage: spec.example });
        const article = articleOrThrow();
        return sectionReply(article, findSection(article, args), incoming.locale);
      }
      case 'quelle':
        return sourceReply(articleOrThrow(), incoming.locale);
      default:
        return helpReply(incoming.locale, Boolean(incoming.isModerator), false);
    }
  }

  async function guarded(locale: Locale, work: () => Promise<Reply> | Reply): Promise<Reply> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof UserError) return textReply(message(locale, error.code, error.params), true);
      throw error;
    }
  }

  return {
    handle(incoming) {
      return guarded(incoming.locale, () => {
        const parsed = incoming.command ?? parseCommandText(incoming.text);
        if (parsed) return runCommand(parsed.name, parsed.args, incoming);
        return ask(incoming.text, incoming);
      });
    },
    press(action, incoming) {
      return guarded(incoming.locale, () => {
        const article = articleOrThrow(action.articleId);
        return action.kind === 'source'
          ? sourceReply(article, incoming.locale)
          : sectionReply(article, findSection(article, action.sectionId), incoming.locale);
      });
    },
    suggest(field, input, limit) {
      const article = deps.stories.current();
      if (!article) return [];
      const candidates = field === 'section'
        ? article.sections.map((section, index) => `${index + 1}. ${sectionTitle(section)}`)
        : deps.stories.answerer().suggestions(article.id);
      const wanted = searchKey(input);
      const matching = wanted ? candidates.filter((candidate) => searchKey(candidate).includes(wanted)) : candidates;
      return [...new Set(matching)].slice(0, limit).map((text) => (text.length > 100 ? `${text.slice(0, 99)}…` : text));
    },
    answers(question, limit) {
      try {
        return deps.stories.answerer().rank(checkQuestion(question, deps.questionMaxChars), limit);
      } catch (error) {
        if (error instanceof UserError) return [];
        throw error;
      }
    },
  };
}
