/**
 * grammY failures -> the core's PostError classes, so the delivery worker can decide:
 * retry later (network, 5xx, 429), disable the subscription (blocked, kicked, chat gone,
 * no right to post) or move it (group upgraded to a supergroup).
 */
import { GrammyError, HttpError } from 'grammy';
import { ChannelMovedError, PermanentPostError, TransientPostError, type PostError } from '../../core/errors.js';

/** Bot API descriptions of a 400 that will not change by retrying the same chat. */
const PERMANENT_400 = [
  'chat not found', 'bot is not a member', 'bot was kicked', 'need administrator rights', 'not enough rights',
  'chat_write_forbidden', 'have no rights to send', 'peer_id_invalid', 'user is deactivated', 'chat is deactivated',
  'chat_restricted', 'group chat was deactivated', 'bot can\'t initiate conversation',
];

/** Replaces the bot token wherever it appears (grammY's network errors carry the request URL). */
export function redact(text: string, token: string): string {
  return token ? text.split(token).join('[REDACTED]') : text;
}

/** Seconds from a 429's `parameters.retry_after`, in ms; undefined when absent. */
export function retryAfterMs(error: unknown): number | undefined {
  if (!(error instanceof GrammyError)) return undefined;
  const seconds = error.parameters.retry_after;
  return typeof seconds === 'number' && seconds >= 0 ? seconds * 1000 : undefined;
}

/** Maps a failed Bot API call to a PostError; the message never contains the token. */
export function toPostError(error: unknown, token: string): PostError {
  if (error instanceof GrammyError) {
    const description = redact(error.description, token);
    const migrated = error.parameters.migrate_to_chat_id;
    if (typeof migrated === 'number') return new ChannelMovedError(String(migrated), { cause: error });
    if (error.error_code === 429) return new TransientPostError(`429 ${description}`, retryAfterMs(error), { cause: error });
    if (error.error_code >= 500) return new TransientPostError(`${error.error_code} ${description}`, undefined, { cause: error });
    if (error.error_code === 403 || error.error_code === 401) return new PermanentPostError(`${error.error_code} ${description}`, error.error_code, { cause: error });
    const lower = description.toLowerCase();
    if (error.error_code === 400 && PERMANENT_400.some((part) => lower.includes(part))) {
      return new PermanentPostError(`400 ${description}`, 400, { cause: error });
    }
    // Any other refusal (a malformed message is our bug, not the chat's): let the worker retry and report.
    return new TransientPostError(`${error.error_code} ${description}`, undefined, { cause: error });
  }
  if (error instanceof HttpError) return new TransientPostError(redact(error.message, token), undefined, { cause: error });
  const text = error instanceof Error ? error.message : String(error);
  return new TransientPostError(redact(text, token), undefined, { cause: error });
}
