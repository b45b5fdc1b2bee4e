/**
 * Registers the slash commands at start, but only when they changed: a GET of what
 * Discord has, compared field by field with what the catalogue generates, then one PUT.
 * Guild commands (DISCORD_GUILD_ID) update at once; global ones are for production.
 */
import { Routes, type REST } from 'discord.js';
import { buildCommandPayload, commandsChanged, type DiscordCommandJson } from './command-payload.js';

export interface RegisterOptions {
  rest: REST;
  applicationId: string;
  /** Register to this guild only; globally when unset. */
  guildId?: string;
  commands?: DiscordCommandJson[];
}

/** 'updated' when a PUT was sent, 'unchanged' when Discord already had these commands. */
export async function registerCommands(options: RegisterOptions): Promise<'updated' | 'unchanged'> {
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const wanted = options.commands ?? buildCommandPayload();
  let registered: unknown;
  try {
    registered = await options.rest.get(route, { query: new URLSearchParams({ with_localizations: 'true' }) });
  } catch {
    registered = undefined; // cannot compare (proxy without GET, transient error): overwrite, which is idempotent
  }
  if (Array.isArray(registered) && !commandsChanged(registered, wanted)) return 'unchanged';
  await options.rest.put(route, { body: wanted });
  return 'updated';
}
