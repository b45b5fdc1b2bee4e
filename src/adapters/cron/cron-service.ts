/**
 * Fires the core's schedule ticks with node-cron 4: one task per active subscription, in the
 * subscription's time zone, with noOverlap so a slow tick never runs twice at once. Tasks are
 * re-planned whenever subscriptions change. node-cron persists nothing; the scheduler's
 * catch-up makes up ticks missed while the bot was down.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Service, ServiceState } from '../../core/ports.js';
import type { Scheduler } from '../../core/schedule/scheduler.js';
import type { Subscription } from '../../core/schedule/store-port.js';

export interface CronServiceOptions {
  scheduler: Scheduler;
  logger: { info(details: object, message?: string): void; warn(details: object, message?: string): void; error(details: object, message?: string): void };
}

export interface CronService extends Service {
  /** Subscription ids with a live task (tests, /healthz). */
  planned(): string[];
}

/** node-cron's validator, for the scheduler's `validateCron`. */
export const validateCron = (expression: string): boolean => cron.validate(expression);

export function createCronService(options: CronServiceOptions): CronService {
  const { scheduler, logger } = options;
  const tasks = new Map<string, { task: ScheduledTask; cron: string; timezone: string }>();
  let state: ServiceState = 'idle';
  let unsubscribe: (() => void) | null = null;
  let planning = Promise.resolve();

  function plan(subscription: Subscription): void {
    const task = cron.schedule(subscription.cron, async () => {
      try {
        await scheduler.tick(subscription.id);
      } catch (error) {
        logger.error({ err: error, subscriptionId: subscription.id }, 'tick failed; the next tick tries again');
      }
    }, { timezone: subscription.timezone, noOverlap: true, name: `tick:${subscription.id}`, suppressMissedWarning: true });
    tasks.set(subscription.id, { task, cron: subscription.cron, timezone: subscription.timezone });
  }

  async function reconcile(): Promise<void> {
    if (state !== 'running' && state !== 'starting') return;
    const active = await scheduler.activeSubscriptions();
    const wanted = new Map(active.map((subscription) => [subscription.id, subscription]));
    for (const [id, entry] of tasks) {
      const subscription = wanted.get(id);
      if (!subscription || subscription.cron !== entry.cron || subscription.timezone !== entry.timezone) {
        await entry.task.destroy();
        tasks.delete(id);
      }
    }
    for (const subscription of active) if (!tasks.has(subscription.id)) plan(subscription);
    logger.info({ tasks: tasks.size }, 'cron tasks planned');
  }

  const replan = (): Promise<void> => {
    planning = planning.then(reconcile).catch((error: unknown) => logger.error({ err: error }, 'planning cron tasks failed'));
    return planning;
  };

  return {
    name: 'cron',
    state: () => state,
    planned: () => [...tasks.keys()],
    async start() {
      state = 'starting';
      unsubscribe = scheduler.onSubscriptionsChanged(() => void replan());
      await scheduler.catchUp();
      await replan();
      state = 'running';
    },
    async stop() {
      state = 'stopping';
      unsubscribe?.();
      await planning;
      for (const entry of tasks.values()) await entry.task.destroy();
      tasks.clear();
      state = 'stopped';
    },
  };
}
