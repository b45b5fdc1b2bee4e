/**
 * Moderator commands (/abonnieren, /abbestellen, /zeitplan, /pause, /fortsetzen, /jetzt,
 * /status, /eilmeldung): implements bot.ts's ModeratorCommands. Checks the moderator flag
 * again (defence in depth), and writes every action to the audit log: who, what, when, where.
 */
import type { ModeratorCommands } from '../bot.js';
import type { CommandSpec } from '../commands.js';
import { UserError } from '../errors.js';
import { message, type MessageCode } from '../messages.js';
import type { Clock, Incoming, Locale } from '../ports.js';
import { textReply, type Reply } from '../reply.js';
import { silentLogger, type ScheduleLogger } from './logger-port.js';
import { describeCron, formatInstant } from './schedule-phrases.js';
import type { Scheduler } from './scheduler.js';
import type { Store, Subscription } from './store-port.js';

export interface ModerationDeps {
  scheduler: Scheduler;
  store: Store;
  clock: Clock;
  logger?: ScheduleLogger;
}

type Params = Record<string, string | number>;

/** Where a command acts: the `kanal` option when the platform passed one, else the chat it came from. */
export function targetChannel(incoming: Incoming): string {
  const option = incoming.command?.options?.kanal;
  return option !== undefined && String(option).trim() !== '' ? String(option) : incoming.chatId;
}

/** Splits "/eilmeldung <text> [sofort]" into text and the send-now flag. */
export function parseBreakingArgs(args: string, options?: Record<string, string | number | boolean>): { text: string; now: boolean } {
  let text = typeof options?.text === 'string' ? options.text : args;
  let now = options?.sofort === true || options?.sofort === 'true';
  const trailing = /\s*\bsofort[.!]?\s*$/i;
  if (trailing.test(text)) {
    now = true;
    text = text.replace(trailing, '');
  }
  return { text: text.trim(), now };
}

export function createModeration(deps: ModerationDeps): ModeratorCommands {
  const { scheduler, store, clock } = deps;
  const log = deps.logger ?? silentLogger;

  const when = (subscription: Subscription, locale: Locale): string => {
    const next = scheduler.nextRunOf(subscription);
    return next === null ? '–' : formatInstant(next, subscription.timezone, locale);
  };
  const scheduleParams = (subscription: Subscription, locale: Locale): Params => ({
    schedule: describeCron(subscription.cron, locale), cron: subscription.cron, timezone: subscription.timezone, next: when(subscription, locale),
  });

  async function requireSubscription(incoming: Incoming, channelId: string): Promise<Subscription> {
    const subscription = await store.getSubscription(incoming.platform, channelId);
    if (!subscription || subscription.removed) throw new UserError('subscription.none');
    return subscription;
  }

  async function status(subscription: Subscription, locale: Locale): Promise<Reply> {
    const counts = await store.deliveryCounts(subscription.id);
    const unscheduled = await store.countUnscheduled(subscription.id);
    const params = scheduleParams(subscription, locale);
    const state: [MessageCode, Params] = subscription.disabledReason
      ? ['status.disabled', { reason: subscription.disabledReason }]
      : [subscription.paused ? 'status.paused' : 'status.active', {}];
    const next = scheduler.nextRunOf(subscription);
    const lines = [
      message(locale, 'status.schedule', params),
      message(locale, 'status.timezone', params),
      next === null ? message(locale, 'status.noNext') : message(locale, 'status.next', params),
      message(locale, ...state),
      message(locale, 'status.counts', { sent: counts.sent, pending: counts.pending + unscheduled, failed: counts.failed }),
      subscription.lastError ? message(locale, 'status.lastError', { error: subscription.lastError }) : message(locale, 'status.noError'),
    ];
    return { blocks: [{ kind: 'heading', text: message(locale, 'status.title') }, { kind: 'list', items: lines }], citations: [], buttons: [], ephemeral: true };
  }

  async function execute(name: string, args: string, incoming: Incoming, channelId: string): Promise<Reply> {
    const locale = incoming.locale;
    const say = (code: MessageCode, params: Params = {}): Reply => textReply(message(locale, code, params));
    const option = (key: string): string | undefined => {
      const value = incoming.command?.options?.[key];
      return value === undefined ? undefined : String(value);
    };
    switch (name) {
      case 'abonnieren': {
        const { subscription, created } = await scheduler.subscribe(incoming.platform, channelId, option('zeitplan') ?? args);
        return say(created ? 'subscription.created' : 'subscription.exists', scheduleParams(subscription, locale));
      }
      case 'abbestellen':
        return say(await scheduler.unsubscribe(incoming.platform, channelId) ? 'subscription.removed' : 'subscription.none');
      case 'zeitplan': {
        const schedule = option('zeitplan') ?? args;
        if (!schedule.trim()) throw new UserError('schedule.missing');
        const updated = await scheduler.reschedule(await requireSubscription(incoming, channelId), schedule);
        return say('subscription.rescheduled', scheduleParams(updated, locale));
      }
      case 'pause': {
        const subscription = await requireSubscription(incoming, channelId);
        if (subscription.paused) return say('subscription.alreadyPaused');
        await scheduler.setPaused(subscription, true);
        return say('subscription.paused');
      }
      case 'fortsetzen': {
        const subscription = await requireSubscription(incoming, channelId);
        if (!subscription.paused && !subscription.disabledReason) return say('subscription.notPaused', scheduleParams(subscription, locale));
        const updated = await scheduler.setPaused(subscription, false);
        return say('subscription.resumed', scheduleParams(updated, locale));
      }
      case 'jetzt': {
        const subscription = await requireSubscription(incoming, channelId);
        return say(await scheduler.deliverNow(subscription.id) > 0 ? 'subscription.nowQueued' : 'subscription.nothingLeft');
      }
      case 'status':
        return status(await requireSubscription(incoming, channelId), locale);
      case 'eilmeldung': {
        const { text, now } = parseBreakingArgs(args, incoming.command?.options);
        if (!text) throw new UserError('breaking.empty');
        const author = `${incoming.platform}:${incoming.userId}`;
        const { sentTo } = await scheduler.addModeratorItem(text, author, now);
        return now ? say('breaking.sentNow', { count: sentTo }) : say('breaking.queued');
      }
      default:
        throw new UserError('command.unknown', { name });
    }
  }

  return {
    async run(command: CommandSpec, args: string, incoming: Incoming): Promise<Reply> {
      const channelId = targetChannel(incoming);
      const audit = (details: string): Promise<void> => store.appendAudit({
        at: clock.now(), platform: incoming.platform, channelId, userId: incoming.userId,
        userName: incoming.userName ?? null, action: command.name, details,
      });
      if (!incoming.isModerator) {
        await audit(`refused (not a moderator): ${args}`.trim());
        return textReply(message(incoming.locale, 'command.notModerator', { name: command.name }), true);
      }
      try {
        const reply = await execute(command.name, args, incoming, channelId);
        await audit(`ok: ${args}`.trim());
        return reply;
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        await audit(`rejected (${error.code}): ${args}`.trim());
        log.debug({ code: error.code, command: command.name }, 'moderator command rejected');
        return textReply(message(incoming.locale, error.code, error.params), true);
      }
    },
  };
}
