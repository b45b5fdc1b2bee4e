/**
 * Discord events -> the core's Incoming. Slash commands arrive parsed (options by name);
 * the adapter resolves the moderator group, the target channel, the locale and the
 * moderator right (Manage Server) here, so the core never sees discord.js.
 */
import { PermissionFlagsBits, type ChatInputCommandInteraction, type Message, type PermissionsBitField } from 'discord.js';
import { findCommand, type CommandSpec } from '../../core/commands.js';
import type { Incoming, Locale } from '../../core/ports.js';
import { MODERATOR_GROUP } from './command-payload.js';

/** German by default; English when the Discord client runs in English (en-US, en-GB). */
export function localeOf(discordLocale: string | null | undefined): Locale {
  return discordLocale?.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** Moderator = Manage Server (also Administrator, which implies it). */
export function isModerator(permissions: Readonly<PermissionsBitField> | null | undefined): boolean {
  return permissions?.has(PermissionFlagsBits.ManageGuild, true) ?? false;
}

/** The catalogue entry a slash command (or `/news <sub>`) stands for. */
export function specOf(interaction: Pick<ChatInputCommandInteraction, 'commandName' | 'options'>): CommandSpec | undefined {
  if (interaction.commandName === MODERATOR_GROUP) {
    const sub = interaction.options.getSubcommand(false);
    const spec = sub ? findCommand(sub) : undefined;
    return spec?.role === 'moderator' ? spec : undefined;
  }
  const spec = findCommand(interaction.commandName);
  return spec?.role === 'everyone' ? spec : undefined;
}

/**
 * Builds the Incoming for a slash command. chatId stays the channel the command was used
 * in; a channel option travels as `options.kanal` (its id), which the moderation core
 * takes as the target.
 */
export function incomingFromCommand(interaction: ChatInputCommandInteraction, spec: CommandSpec): Incoming {
  const options: Record<string, string | number | boolean> = {};
  const args: string[] = [];
  for (const option of spec.options) {
    const value = interaction.options.get(option.name)?.value;
    if (value === undefined || value === null) continue;
    options[option.name] = value;
    if (option.type === 'channel') continue;
    if (option.type === 'boolean') { if (value === true) args.push(option.name); }
    else args.push(String(value));
  }
  const argText = args.join(' ').trim();
  return {
    platform: 'discord',
    chatId: interaction.channelId,
    userId: interaction.user.id,
    userName: interaction.user.username,
    locale: localeOf(interaction.locale),
    text: `/${spec.name}${argText ? ` ${argText}` : ''}`,
    isModerator: isModerator(interaction.memberPermissions),
    command: { name: spec.name, args: argText, options },
  };
}

/** Incoming for a button press or another interaction without a command. */
export function incomingFromInteraction(interaction: {
  channelId: string | null; user: { id: string; username: string }; locale: string; memberPermissions: Readonly<PermissionsBitField> | null;
}, text = ''): Incoming {
  return {
    platform: 'discord',
    chatId: interaction.channelId ?? interaction.user.id,
    userId: interaction.user.id,
    userName: interaction.user.username,
    locale: localeOf(interaction.locale),
    text,
    isModerator: isModerator(interaction.memberPermissions),
  };
}

/** Removes the bot's own mention (`<@id>` / `<@!id>`) from a message's text. */
export function stripMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Is this message meant for the bot? A DM always is; in a guild channel only a mention of
 * the bot or a reply to one of its messages. Bots (including itself) are ignored.
 */
export function isAddressedToBot(message: Message, botId: string): boolean {
  if (message.author.bot || message.author.id === botId) return false;
  if (!message.inGuild()) return true;
  if (message.mentions.users.has(botId)) return true;
  return message.reference !== null && message.mentions.repliedUser?.id === botId;
}

/**
 * Incoming for a mention, reply or DM. Messages carry no client locale (and a guild's
 * preferred locale defaults to en-US), so they get the default: German.
 */
export function incomingFromMessage(message: Message, botId: string): Incoming {
  return {
    platform: 'discord',
    chatId: message.channelId,
    userId: message.author.id,
    userName: message.author.username,
    locale: 'de',
    text: stripMention(message.content, botId),
    isModerator: message.inGuild() ? isModerator(message.member?.permissions) : false,
  };
}
