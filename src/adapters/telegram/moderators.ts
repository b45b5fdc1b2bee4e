/**
 * Who may run moderator commands: the chat's creator and administrators, asked with
 * getChatMember and cached briefly (a minute), so a burst of commands costs one call and a
 * demoted admin loses the right soon after.
 */
import type { Clock } from '../../core/ports.js';

/** How long a getChatMember answer is trusted, in ms. */
export const ADMIN_CACHE_MS = 60_000;

export interface ChatMemberApi {
  getChatMember(chatId: number | string, userId: number): Promise<{ status: string }>;
}

export interface AdminChecker {
  /** True when `userId` is creator or administrator of `chatId`; false on any failure. */
  isAdmin(chatId: number | string, userId: number): Promise<boolean>;
}

export function createAdminChecker(api: ChatMemberApi, clock: Clock, ttlMs = ADMIN_CACHE_MS): AdminChecker {
  const cache = new Map<string, { admin: boolean; until: number }>();
  return {
    async isAdmin(chatId, userId) {
      const key = `${chatId}:${userId}`;
      const now = clock.now();
      const cached = cache.get(key);
      if (cached && cached.until > now) return cached.admin;
      let admin: boolean;
      try {
        const member = await api.getChatMember(chatId, userId);
        admin = member.status === 'creator' || member.status === 'administrator';
      } catch {
        return false; // not cached: a network blip must not lock an admin out for a minute
      }
      if (cache.size > 5_000) for (const [k, v] of cache) if (v.until <= now) cache.delete(k);
      cache.set(key, { admin, until: now + ttlMs });
      return admin;
    },
  };
}
