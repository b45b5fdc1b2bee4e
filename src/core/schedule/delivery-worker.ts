/**
 * The delivery worker: claims pending outbox rows with a lease, sends them through the
 * subscription platform's Poster within its rate limits, and records the outcome: sent,
 * retry later (backoff, retry-after), failed for good (subscription disabled), or moved.
 * One row per channel is in flight at a time, so a crash repeats at most that one post.
 */
import { ChannelMovedError, PermanentPostError, PostError, TransientPostError } from '../errors.js';
import type { MetricsRegistry } from '../metrics.js';
import type { Clock, Platform, Poster, Service, ServiceState, TimerHandle } from '../ports.js';
import { DEFAULT_BACKOFF, retryDelayMs, type BackoffPolicy } from './backoff.js';
import { itemReply } from './items.js';
import { silentLogger, type ScheduleLogger } from './logger-port.js';
import { createRateKeeper, RateKeeperClosedError, type RateKeeper } from './rate-keeper.js';
import type { ClaimedDelivery, Store } from './store-port.js';

export interface DeliveryWorkerDeps {
  store: Store;
  clock: Clock;
  posters: readonly Poster[];
  /** Names this worker's claims; keep it stable across restarts so a restart frees its own leases at once. */
  workerId: string;
  /** How long a claim holds, in ms (a crashed worker's rows return after it). */
  leaseMs?: number;
  /** How often the worker looks for due rows without being kicked, in ms. */
  pollMs?: number;
  /** Longest wait for in-flight sends on stop, in ms. */
  stopGraceMs?: number;
  backoff?: BackoffPolicy;
  logger?: ScheduleLogger;
  metrics?: MetricsRegistry;
}

export interface DeliveryWorker extends Service {
  /** Looks for work now (after a tick or a "sofort" item). */
  kick(): void;
  /** Rows being sent or waiting for a rate slot. */
  inFlight(): number;
}

interface Lane { poster: Poster; keeper: RateKeeper; inFlight: Set<string> }

/** Creates the worker; `start()` frees this worker id's old claims and begins polling. */
export function createDeliveryWorker(deps: DeliveryWorkerDeps): DeliveryWorker {
  const { store, clock, workerId } = deps;
  const leaseMs = deps.leaseMs ?? 60_000;
  const pollMs = deps.pollMs ?? 1_000;
  const stopGraceMs = deps.stopGraceMs ?? 5_000;
  const backoff = deps.backoff ?? DEFAULT_BACKOFF;
  const log = deps.logger ?? silentLogger;
  const deliveries = deps.metrics?.counter('deliveries_total', 'Delivery attempts by outcome (sent, retry, failed) and platform');
  const latency = deps.metrics?.histogram('send_latency_seconds', 'Time a Poster takes to send one post, in seconds');
  deps.metrics?.gauge('outbox_deliveries', 'Delivery rows in the outbox by status', async () =>
    Object.entries(await store.deliveryCounts()).map(([status, value]) => ({ labels: { status }, value })));
  deps.metrics?.gauge('queue_depth', 'Delivery rows waiting to be sent', async () => (await store.deliveryCounts()).pending);

  const lanes = new Map<Platform, Lane>(deps.posters.map((poster) => [poster.platform, {
    poster, keeper: createRateKeeper(poster.limits, clock), inFlight: new Set<string>(),
  }]));
  const sending = new Set<Promise<void>>();
  let state: ServiceState = 'idle';
  let pumping = false;
  let again = false;
  let pollTimer: TimerHandle | null = null;

  /** At most this many rows of a platform are claimed at once: two seconds' worth of its rate. */
  const maxInFlight = (lane: Lane): number => Math.max(1, Math.ceil(lane.poster.limits.perSecond * 2));
  const capacity = (lane: Lane): number => maxInFlight(lane) - lane.inFlight.size;

  async function pump(): Promise<void> {
    if (pumping) { again = true; return; }
    pumping = true;
    try {
      do {
        again = false;
        for (const [platform, lane] of lanes) {
          if (state !== 'running') return;
          const limit = capacity(lane);
          if (limit <= 0) continue;
          const claimed = await store.claimDeliveries({
            workerId, platform, now: clock.now(), leaseMs, limit, excludeSubscriptionIds: [...lane.inFlight],
          });
          for (const row of claimed) track(lane, row);
        }
      } while (again && state === 'running');
    } catch (error) {
      log.error({ err: error }, 'claiming deliveries failed; retrying at the next poll');
    } finally {
      pumping = false;
    }
  }

  function track(lane: Lane, row: ClaimedDelivery): void {
    lane.inFlight.add(row.subscription.id);
    const job = send(lane, row).catch((error: unknown) => {
      log.error({ err: error, deliveryId: row.delivery.id }, 'recording a delivery outcome failed; the lease will return the row');
    }).finally(() => {
      lane.inFlight.delete(row.subscription.id);
      sending.delete(job);
      // Refill when half the lane is free: one claim query per batch, not per send.
      if (state === 'running' && lane.inFlight.size <= maxInFlight(lane) / 2) void pump();
    });
    sending.add(job);
  }

  async function send(lane: Lane, { delivery, subscription, item }: ClaimedDelivery): Promise<void> {
    let started = 0;
    try {
      const { messageId } = await lane.keeper.run(subscription.channelId, () => {
        if (state !== 'running') throw new RateKeeperClosedError();
        started = clock.now();
        return lane.poster.post(subscription.channelId, { deliveryId: delivery.id, itemId: item.id, reply: itemReply(item) });
      });
      await store.markSent(delivery.id, workerId, messageId, clock.now());
      deliveries?.inc({ status: 'sent', platform: subscription.platform });
      latency?.observe((clock.now() - started) / 1000, { platform: subscription.platform });
    } catch (error) {
      if (error instanceof RateKeeperClosedError) return; // stopping: the claim is released in stop()
      await recordFailure(lane, { delivery, subscription, item }, error);
    }
  }

  async function recordFailure(lane: Lane, { delivery, subscription }: ClaimedDelivery, error: unknown): Promise<void> {
    const now = clock.now();
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof ChannelMovedError) {
      const fresh = await store.getSubscriptionById(subscription.id);
      if (fresh) await store.saveSubscription({ ...fresh, channelId: error.newChannelId });
      log.info({ subscriptionId: subscription.id, from: subscription.channelId, to: error.newChannelId }, 'channel moved; subscription follows it');
      await store.markRetry(delivery.id, workerId, reason, now);
      deliveries?.inc({ status: 'retry', platform: subscription.platform });
      return;
    }
    if (error instanceof PermanentPostError) {
      await store.markFailed(delivery.id, workerId, reason, now);
      deliveries?.inc({ status: 'failed', platform: subscription.platform });
      const fresh = await store.getSubscriptionById(subscription.id);
      if (fresh && !fresh.disabledReason) {
        await store.saveSubscription({ ...fresh, disabledReason: reason, lastError: reason });
        log.warn({ subscriptionId: subscription.id, channelId: subscription.channelId, reason }, 'platform refused for good; subscription disabled');
      }
      return;
    }
    const attempts = delivery.attempts + 1;
    if (attempts >= backoff.maxAttempts) {
      await store.markFailed(delivery.id, workerId, reason, now);
      deliveries?.inc({ status: 'failed', platform: subscription.platform });
      log.warn({ deliveryId: delivery.id, attempts, reason }, 'delivery gave up after its last attempt');
      return;
    }
    const retryAfterMs = error instanceof TransientPostError ? error.retryAfterMs : undefined;
    if (retryAfterMs) lane.keeper.pauseUntil(now + retryAfterMs);
    await store.markRetry(delivery.id, workerId, reason, now + retryDelayMs(backoff, attempts, retryAfterMs));
    deliveries?.inc({ status: 'retry', platform: subscription.platform });
    if (!(error instanceof PostError)) log.warn({ err: error, deliveryId: delivery.id }, 'unexpected send error; retrying as transient');
  }

  function poll(): void {
    pollTimer = clock.setTimer(() => {
      if (state !== 'running') return;
      void pump();
      poll();
    }, pollMs);
  }

  function waitFor(promises: Promise<unknown>[], ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = clock.setTimer(resolve, ms);
      void Promise.allSettled(promises).then(() => { clock.clearTimer(timer); resolve(); });
    });
  }

  return {
    name: 'delivery-worker',
    state: () => state,
    inFlight: () => [...lanes.values()].reduce((sum, lane) => sum + lane.inFlight.size, 0),
    async start() {
      state = 'starting';
      const released = await store.releaseClaims(workerId);
      if (released > 0) log.info({ released }, 'freed claims left by an earlier run; the in-flight post of then may repeat once');
      state = 'running';
      poll();
      void pump();
    },
    kick() {
      if (state === 'running') void pump();
    },
    async stop() {
      if (state !== 'running' && state !== 'starting') return;
      state = 'stopping';
      if (pollTimer) clock.clearTimer(pollTimer);
      for (const lane of lanes.values()) lane.keeper.close();
      await waitFor([...sending], stopGraceMs);
      const released = await store.releaseClaims(workerId);
      log.info({ released }, 'delivery worker stopped');
      state = 'stopped';
    },
  };
}
