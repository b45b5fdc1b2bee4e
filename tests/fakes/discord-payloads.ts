/**
 * Gateway and REST objects as Discord sends them (API v10 docs), for the fake Discord:
 * users, members, the guild of GUILD_CREATE, messages and interactions.
 */

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh, increasing snowflake. */
export function snowflake(): string {
  increment = (increment + 1n) % 4096n;
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment);
}

/** Permission bits (docs: Permissions). */
export const PERMISSIONS = {
  viewAndSend: String((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n)),
  /** View, send, embed links, read history + Manage Server. */
  moderator: String((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n) | (1n << 5n)),
};

export interface FakeUser { id: string; username: string; bot?: boolean }

export function userObject(user: FakeUser): Record<string, unknown> {
  return {
    id: user.id, username: user.username, discriminator: '0', global_name: user.username, avatar: null,
    bot: user.bot ?? false, system: false, public_flags: 0, flags: 0, banner: null, accent_color: null,
  };
}

export function memberObject(user: FakeUser, permissions?: string): Record<string, unknown> {
  return {
    user: userObject(user), nick: null, avatar: null, roles: [], joined_at: new Date(0).toISOString(), premium_since: null,
    deaf: false, mute: false, flags: 0, pending: false, communication_disabled_until: null,
    ...(permissions ? { permissions } : {}),
  };
}

export function channelObject(id: string, guildId: string, name: string): Record<string, unknown> {
  return {
    id, type: 0, guild_id: guildId, name, position: 0, permission_overwrites: [], topic: null, nsfw: false,
    parent_id: null, rate_limit_per_user: 0, last_message_id: null, flags: 0,
  };
}

/** The GUILD_CREATE payload: the guild with its channels, roles and the bot as member. */
export function guildObject(guildId: string, channels: Array<{ id: string; name: string }>, botUser: FakeUser): Record<string, unknown> {
  return {
    id: guildId, name: 'Redaktion', icon: null, splash: null, discovery_splash: null, banner: null, description: null,
    owner_id: '100000000000000001', afk_channel_id: null, afk_timeout: 300, verification_level: 0,
    default_message_notifications: 0, explicit_content_filter: 0, mfa_level: 0, application_id: null,
    system_channel_id: null, system_channel_flags: 0, rules_channel_id: null, public_updates_channel_id: null,
    safety_alerts_channel_id: null, vanity_url_code: null, premium_tier: 0, premium_subscription_count: 0,
    preferred_locale: 'de', nsfw_level: 0, premium_progress_bar_enabled: false, max_members: 500000,
    features: [], emojis: [], stickers: [],
    roles: [{ id: guildId, name: '@everyone', permissions: PERMISSIONS.viewAndSend, position: 0, color: 0, hoist: false,
      managed: false, mentionable: false, flags: 0, icon: null, unicode_emoji: null }],
    joined_at: new Date(0).toISOString(), large: false, unavailable: false, member_count: 2,
    voice_states: [], members: [memberObject(botUser)],
    channels: channels.map((channel) => channelObject(channel.id, guildId, channel.name)),
    threads: [], presences: [], stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [],
  };
}

/** A message object as REST returns it and MESSAGE_CREATE carries it. */
export function messageObject(fields: {
  id?: string; channelId: string; guildId?: string; author: FakeUser; content?: string; embeds?: unknown[];
  components?: unknown[]; mentions?: FakeUser[]; reference?: { messageId: string }; referenced?: Record<string, unknown>;
  nonce?: string | number; flags?: number; webhookId?: string; applicationId?: string; member?: Record<string, unknown>;
}): Record<string, unknown> {
  return {
    id: fields.id ?? snowflake(), channel_id: fields.channelId, ...(fields.guildId ? { guild_id: fields.guildId } : {}),
    author: userObject(fields.author), content: fields.content ?? '', timestamp: new Date().toISOString(),
    edited_timestamp: null, tts: false, mention_everyone: false,
    mentions: (fields.mentions ?? []).map(userObject), mention_roles: [], mention_channels: [], attachments: [],
    embeds: fields.embeds ?? [], components: fields.components ?? [], reactions: [], pinned: false,
    type: fields.reference ? 19 : 0, flags: fields.flags ?? 0,
    ...(fields.member ? { member: fields.member } : {}),
    ...(fields.nonce !== undefined ? { nonce: fields.nonce } : {}),
    ...(fields.webhookId ? { webhook_id: fields.webhookId } : {}),
    ...(fields.applicationId ? { application_id: fields.applicationId } : {}),
    ...(fields.reference ? { message_reference: { type: 0, message_id: fields.reference.messageId, channel_id: fields.channelId,
      ...(fields.guildId ? { guild_id: fields.guildId } : {}) } } : {}),
    ...(fields.referenced ? { referenced_message: fields.referenced } : {}),
  };
}

/** Common fields of an INTERACTION_CREATE in a guild channel or a DM. */
export function interactionBase(fields: {
  applicationId: string; type: number; user: FakeUser; locale: string; guildId?: string; channelId: string;
  permissions?: string; data?: Record<string, unknown>; message?: Record<string, unknown>;
}): Record<string, unknown> & { id: string; token: string } {
  const id = snowflake();
  const inGuild = Boolean(fields.guildId);
  return {
    id, application_id: fields.applicationId, type: fields.type, token: `itoken-${id}`, version: 1,
    ...(fields.data ? { data: fields.data } : {}),
    ...(fields.message ? { message: fields.message } : {}),
    ...(inGuild
      ? { guild_id: fields.guildId, guild: { id: fields.guildId, locale: 'de', features: [] }, guild_locale: 'de',
        member: memberObject(fields.user, fields.permissions ?? PERMISSIONS.viewAndSend),
        channel: channelObject(fields.channelId, fields.guildId!, 'nachrichten') }
      : { user: userObject(fields.user), channel: { id: fields.channelId, type: 1, recipients: [userObject(fields.user)], flags: 0 } }),
    channel_id: fields.channelId,
    app_permissions: PERMISSIONS.moderator,
    locale: fields.locale,
    entitlements: [],
    authorizing_integration_owners: inGuild ? { 0: fields.guildId } : { 1: fields.user.id },
    context: inGuild ? 0 : 1,
    attachment_size_limit: 10_485_760,
  };
}
