/**
 * Interaction handling: slash commands, autocomplete and buttons -> core -> embeds.
 * Acknowledges within Discord's 3 s: answers directly when the core is quick and defers
 * when it is not; errors and refusals are ephemeral.
 */
import type {
  AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction,
  InteractionReplyOptions, MessageCreateOptions,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Bot } from '../../core/bot.js';
import { message, type MessageCode } from '../../core/messages.js';
import type { Locale } from '../../core/ports.js';
import { decodeButtonAction, textReply, type Reply } from '../../core/reply.js';
import { incomingFromCommand, incomingFromInteraction, localeOf, specOf } from './incoming.js';
import { clip, EPHEMERAL_FLAG, renderMessage, type MessageJson } from './render.js';

/** Max autocomplete choices and chars per choice name/value (Discord limits). */
const CHOICES_MAX = 25;
const CHOICE_CHARS = 100;

export interface InteractionDeps {
  bot: Bot;
  logger: Logger;
  /** Defer the reply when the core has not answered after this many ms (default 1000; Discord allows 3000). */
  deferAfterMs?: number;
  /** Observes every handled interaction, for metrics (kind: command, autocomplete, button). */
  onHandled?: (kind: 'command' | 'autocomplete' | 'button', ms: number, ok: boolean) => void;
}

/** discord.js options for a rendered body (camelCase allowedMentions; no flags on edits). */
export function toDiscordOptions(body: MessageJson): InteractionReplyOptions & MessageCreateOptions {
  return {
    embeds: body.embeds,
    components: body.components,
    allowedMentions: { parse: [], repliedUser: false },
    ...(body.flags ? { flags: body.flags } : {}),
  } as InteractionReplyOptions & MessageCreateOptions;
}

/** A one-line ephemeral reply from the message table (errors, refusals). */
export function noticeReply(locale: Locale, code: MessageCode, params: Record<string, string | number> = {}): Reply {
  return textReply(message(locale, code, params), true);
}

type Repliable = ChatInputCommandInteraction | ButtonInteraction;

/** Creates the `interactionCreate` listener. It never throws; failures are logged. */
export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  const deferAfterMs = deps.deferAfterMs ?? 1000;
  const log = deps.logger;

  /** Runs `work`, defers if it is slow, then sends (or edits in) the rendered reply. */
  async function respond(interaction: Repliable, locale: Locale, work: () => Promise<Reply>): Promise<void> {
    let deferral: Promise<unknown> | undefined;
    const timer = setTimeout(() => {
      deferral = interaction.deferReply().catch((error: unknown) => log.warn({ err: error }, 'deferReply failed'));
    }, deferAfterMs);
    let reply: Reply;
    try {
      reply = await work();
    } catch (error) {
      log.error({ err: error, interaction: interaction.id }, 'core failed on an interaction');
      reply = noticeReply(locale, 'error.internal');
    } finally {
      clearTimeout(timer);
    }
    // An interaction must be answered; a question the core drops (rate limit) gets a short ephemeral notice.
    if (reply.silent) reply = noticeReply(locale, 'question.slowDown');
    const body = renderMessage(reply, locale);
    if (!deferral) {
      await interaction.reply(toDiscordOptions(body));
      return;
    }
    await deferral;
    if (body.flags === EPHEMERAL_FLAG) {
      // A deferred reply's visibility is fixed; replace it with an ephemeral follow-up.
      await interaction.deleteReply().catch(() => undefined);
      await interaction.followUp(toDiscordOptions(body));
      return;
    }
    const { flags: _flags, ...rest } = toDiscordOptions(body);
    await interaction.editReply(rest);
  }

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const locale = localeOf(interaction.locale);
    const spec = specOf(interaction);
    if (!spec) {
      await respond(interaction, locale, async () => noticeReply(locale, 'command.unknown', { name: interaction.commandName }));
      return;
    }
    const incoming = incomingFromCommand(interaction, spec);
    if (spec.role === 'moderator' && !incoming.isModerator) {
      // default_member_permissions hides the command, but server admins can override that.
      await respond(interaction, locale, async () => noticeReply(locale, 'command.notModerator', { name: spec.name }));
      return;
    }
    await respond(interaction, locale, () => deps.bot.handle(incoming));
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const field = focused.name === 'abschnitt' ? 'section' : 'question';
    let suggestions: string[] = [];
    try {
      suggestions = deps.bot.suggest(field, String(focused.value ?? ''), CHOICES_MAX);
    } catch (error) {
      log.error({ err: error }, 'suggest failed');
    }
    const seen = new Set<string>();
    const choices = suggestions
      .map((text) => clip(text.replace(/\s+/g, ' ').trim(), CHOICE_CHARS))
      .filter((text) => text.length > 0 && !seen.has(text) && Boolean(seen.add(text)))
      .slice(0, CHOICES_MAX)
      .map((text) => ({ name: text, value: text }));
    await interaction.respond(choices);
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    const locale = localeOf(interaction.locale);
    const action = decodeButtonAction(interaction.customId);
    const incoming = incomingFromInteraction(interaction);
    await respond(interaction, locale, async () =>
      action ? deps.bot.press(action, incoming) : noticeReply(locale, 'error.internal'));
  }

  return async (interaction) => {
    const started = performance.now();
    let kind: 'command' | 'autocomplete' | 'button' | undefined;
    try {
      if (interaction.isChatInputCommand()) { kind = 'command'; await onCommand(interaction); }
      else if (interaction.isAutocomplete()) { kind = 'autocomplete'; await onAutocomplete(interaction); }
      else if (interaction.isButton()) { kind = 'button'; await onButton(interaction); }
      if (kind) deps.onHandled?.(kind, performance.now() - started, true);
    } catch (error) {
      log.error({ err: error, interaction: interaction.id }, 'interaction failed');
      if (kind) deps.onHandled?.(kind, performance.now() - started, false);
      if (interaction.isRepliable() && !interaction.replied) {
        const body = toDiscordOptions(renderMessage(noticeReply(localeOf(interaction.locale), 'error.internal'), localeOf(interaction.locale)));
        const send = interaction.deferred ? interaction.followUp(body) : interaction.reply(body);
        await send.catch(() => undefined);
      }
    }
  };
}
