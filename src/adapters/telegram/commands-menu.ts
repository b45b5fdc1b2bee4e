/**
 * Telegram's command menus, generated from the one catalogue (core/commands.ts): German by
 * default, English for clients with language_code "en"; everyone-commands for all chats,
 * moderator commands added for chat administrators. Telegram names must match
 * `^[a-z0-9_]{1,32}$`, so umlauts are transliterated and the mapping kept for parsing.
 */
import { COMMANDS, type CommandSpec } from '../../core/commands.js';

/** One setMyCommands call. */
export interface CommandMenu {
  commands: { command: string; description: string }[];
  language_code?: 'en';
  scope: { type: 'default' } | { type: 'all_chat_administrators' };
}

/** A catalogue name as a valid Telegram command name ("zurück" -> "zurueck"). */
export function telegramCommandName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 32);
}

/** Telegram command name (German or English) -> catalogue entry. */
export function commandByTelegramName(name: string): CommandSpec | undefined {
  const wanted = name.toLowerCase();
  return COMMANDS.find((spec) => telegramCommandName(spec.name) === wanted || telegramCommandName(spec.nameEn) === wanted);
}

const clip = (text: string) => (text.length > 256 ? `${text.slice(0, 255)}…` : text);

function entries(specs: readonly CommandSpec[], english: boolean) {
  const seen = new Set<string>();
  return specs.flatMap((spec) => {
    const command = telegramCommandName(english ? spec.nameEn : spec.name);
    if (!command || seen.has(command)) return [];
    seen.add(command);
    return [{ command, description: clip(english ? spec.descriptionEn : spec.description) }];
  });
}

/** The four menus: (everyone | administrators) x (German default | English). */
export function commandMenus(specs: readonly CommandSpec[] = COMMANDS): CommandMenu[] {
  const everyone = specs.filter((spec) => spec.role === 'everyone');
  return [
    { scope: { type: 'default' }, commands: entries(everyone, false) },
    { scope: { type: 'default' }, language_code: 'en', commands: entries(everyone, true) },
    { scope: { type: 'all_chat_administrators' }, commands: entries(specs, false) },
    { scope: { type: 'all_chat_administrators' }, language_code: 'en', commands: entries(specs, true) },
  ];
}
