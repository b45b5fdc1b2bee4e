/**
 * Discord slash-command JSON generated from the one catalogue (core/commands.ts).
 * Everyone-commands are top level; moderator commands become subcommands of `/news`,
 * which carries default_member_permissions = Manage Server so Discord hides it from
 * members without that right (the adapter still checks again when it runs).
 */
import { COMMANDS, type CommandOption, type CommandSpec } from '../../core/commands.js';

/** Name of the command group that holds every moderator command. */
export const MODERATOR_GROUP = 'news';

/** Manage Server (MANAGE_GUILD, 1 << 5) as Discord's permission bit string. */
export const MANAGE_GUILD_BITS = '32';

/** Discord locales that get the English name and description. */
const ENGLISH_LOCALES = ['en-US', 'en-GB'] as const;

/** Option types from Discord's docs (ApplicationCommandOptionType). */
const OPTION_TYPE = { subcommand: 1, string: 3, integer: 4, boolean: 5, channel: 7 } as const;

/** Text channels a moderator can point subscriptions at: GUILD_TEXT (0), GUILD_ANNOUNCEMENT (5). */
const POSTABLE_CHANNEL_TYPES = [0, 5];

/** One option as Discord's API expects it (a subset of APIApplicationCommandOption). */
export interface DiscordOptionJson {
  type: number;
  name: string;
  name_localizations: Record<string, string>;
  description: string;
  description_localizations: Record<string, string>;
  required?: boolean;
  autocomplete?: boolean;
  max_length?: number;
  channel_types?: number[];
  options?: DiscordOptionJson[];
}

/** One top-level CHAT_INPUT command as sent in `PUT /applications/:app/commands`. */
export interface DiscordCommandJson {
  type: 1;
  name: string;
  name_localizations: Record<string, string>;
  description: string;
  description_localizations: Record<string, string>;
  options: DiscordOptionJson[];
  default_member_permissions: string | null;
  /** Interaction contexts: 0 = guild, 1 = bot DM, 2 = private channel. */
  contexts?: number[];
}

function english(value: string): Record<string, string> {
  return Object.fromEntries(ENGLISH_LOCALES.map((locale) => [locale, value]));
}

function optionJson(option: CommandOption): DiscordOptionJson {
  const json: DiscordOptionJson = {
    type: OPTION_TYPE[option.type],
    name: option.name,
    name_localizations: english(option.nameEn),
    description: option.description,
    description_localizations: english(option.descriptionEn),
    required: option.required,
  };
  if (option.autocomplete) json.autocomplete = true;
  if (option.type === 'string' && option.maxLength) json.max_length = option.maxLength;
  if (option.type === 'channel') json.channel_types = POSTABLE_CHANNEL_TYPES;
  return json;
}

/** Discord wants required options before optional ones. */
function orderedOptions(spec: CommandSpec): DiscordOptionJson[] {
  const all = spec.options.map(optionJson);
  return [...all.filter((o) => o.required), ...all.filter((o) => !o.required)];
}

/** Builds the full command list for registration: everyone-commands plus `/news …`. */
export function buildCommandPayload(commands: readonly CommandSpec[] = COMMANDS): DiscordCommandJson[] {
  const everyone = commands.filter((c) => c.role === 'everyone').map((spec): DiscordCommandJson => ({
    type: 1,
    name: spec.name,
    name_localizations: english(spec.nameEn),
    description: spec.description,
    description_localizations: english(spec.descriptionEn),
    options: orderedOptions(spec),
    default_member_permissions: null,
  }));
  const moderator = commands.filter((c) => c.role === 'moderator');
  if (moderator.length === 0) return everyone;
  const group: DiscordCommandJson = {
    type: 1,
    name: MODERATOR_GROUP,
    name_localizations: english(MODERATOR_GROUP),
    description: 'Eilmeldungen und Abos verwalten (Moderation)',
    description_localizations: english('Manage breaking items and subscriptions (moderators)'),
    options: moderator.map((spec) => ({
      type: OPTION_TYPE.subcommand,
      name: spec.name,
      name_localizations: english(spec.nameEn),
      description: spec.description,
      description_localizations: english(spec.descriptionEn),
      options: orderedOptions(spec),
    })),
    default_member_permissions: MANAGE_GUILD_BITS,
    contexts: [0],
  };
  return [...everyone, group];
}

/** The fields that matter for "has it changed", in a stable shape. */
function canonicalOption(raw: Record<string, unknown>): unknown {
  const options = Array.isArray(raw.options) ? (raw.options as Record<string, unknown>[]).map(canonicalOption) : [];
  return {
    type: raw.type,
    name: raw.name,
    name_localizations: sortedRecord(raw.name_localizations),
    description: raw.description,
    description_localizations: sortedRecord(raw.description_localizations),
    required: raw.required === true,
    autocomplete: raw.autocomplete === true,
    max_length: raw.max_length ?? null,
    channel_types: Array.isArray(raw.channel_types) ? [...(raw.channel_types as number[])].sort() : [],
    options,
  };
}

function sortedRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value as Record<string, string>).sort(([a], [b]) => a.localeCompare(b)));
}

function canonicalCommand(raw: Record<string, unknown>): string {
  return JSON.stringify({
    ...(canonicalOption(raw) as object),
    type: raw.type ?? 1,
    default_member_permissions: raw.default_member_permissions ?? null,
  });
}

/** True when the registered commands (from GET) differ from `wanted` in anything we set. */
export function commandsChanged(registered: readonly unknown[], wanted: readonly DiscordCommandJson[]): boolean {
  if (registered.length !== wanted.length) return true;
  const have = registered.map((c) => canonicalCommand(c as Record<string, unknown>)).sort();
  const want = wanted.map((c) => canonicalCommand(c as unknown as Record<string, unknown>)).sort();
  return have.some((entry, index) => entry !== want[index]);
}
