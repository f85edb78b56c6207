import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { InvalidationBus } from '../cache/invalidation-bus';
import { sharedStateUnavailable } from './redis-connection';

/** How long `publish` waits for the other instances to confirm they dropped their copies. */
const ACK_TIMEOUT_MS = 2_000;

interface Announcement {
  id: string;
  /** The instance that published it: it has run its own listeners already. */
  from: string;
  topic: string;
}

/** An announcement this instance published: how many confirmations it waits for (known once PUBLISH answered). */
interface Pending {
  expected: number | null;
  confirmed: number;
  done: () => void;
}

function settle(pending: Pending): void {
  if (pending.expected !== null && pending.confirmed >= pending.expected) pending.done();
}

/** The topic announced to an instance that was cut off from Redis and may have missed announcements: drop everything. */
export const EVERYTHING = '*';

/**
 * The invalidation bus of several instances, over Redis publish/subscribe (REDIS_URL). `publish` runs this instance's
 * listeners first, then announces the topic on one channel; every other instance runs its listeners and confirms on a
 * second channel. `publish` resolves once every instance that received the announcement has confirmed (Redis tells
 * how many received it), so a write that invalidates before it answers (a notice withdrawn) is answered only when no
 * instance can serve the old copy any more. An instance that does not confirm within two seconds is logged and not
 * waited for: an instance that lost its Redis connection has dropped its cache (it is told EVERYTHING when it reconnects).
 */
export class RedisInvalidationBus extends InvalidationBus {
  private readonly logger = new Logger('InvalidationBus');
  private readonly instance = randomUUID();
  private readonly listeners = new Set<(topic: string) => void>();
  private readonly waiting = new Map<string, Pending>();
  private readonly announcements: string;
  private readonly confirmations: string;
  /** Settles once this instance listens to announcements (or failed to, for now: ioredis subscribes again on reconnect). */
  readonly ready: Promise<unknown>;

  constructor(
    private readonly publisher: Redis,
    subscriber: Redis,
    prefix: string,
  ) {
    super();
    this.announcements = `${prefix}invalidate`;
    this.confirmations = `${prefix}invalidated`;
    this.ready = subscriber.subscribe(this.announcements, this.confirmations).catch((error: Error) => {
      this.logger.warn({ msg: 'cannot subscribe to invalidations yet', error: error.message });
    });
    subscriber.on('message', (channel: string, text: string) => this.receive(channel, text));
    // Announcements sent while this instance was cut off from Redis are lost to it: it drops everything it cached.
    let connectedBefore = false;
    subscriber.on('ready', () => {
      if (connectedBefore) this.notify(EVERYTHING);
      connectedBefore = true;
    });
  }

  async publish(topic: string): Promise<void> {
    this.notify(topic);
    await this.ready;
    const id = randomUUID();
    const pending: Pending = { expected: null, confirmed: 0, done: () => undefined };
    const confirmed = new Promise<void>((done) => (pending.done = done));
    this.waiting.set(id, pending);
    let timer: NodeJS.Timeout | undefined;
    try {
      const received = await this.publisher.publish(this.announcements, JSON.stringify({ id, from: this.instance, topic } satisfies Announcement));
      // This instance's own subscriber received it too, and does not confirm.
      pending.expected = Math.max(0, received - 1);
      settle(pending);
      const late = new Promise<void>((done) => {
        timer = setTimeout(() => {
          this.logger.warn({ msg: 'some instances did not confirm an invalidation in time', topic, missing: pending.expected! - pending.confirmed });
          done();
        }, ACK_TIMEOUT_MS);
      });
      await Promise.race([confirmed, late]);
    } catch (error) {
      throw sharedStateUnavailable(error);
    } finally {
      clearTimeout(timer);
      this.waiting.delete(id);
    }
  }

  subscribe(listener: (topic: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private receive(channel: string, text: string): void {
    let message: Announcement;
    try {
      message = JSON.parse(text) as Announcement;
    } catch {
      return;
    }
    if (channel === this.announcements) {
      if (message.from === this.instance) return;
      this.notify(message.topic);
      this.publisher.publish(this.confirmations, JSON.stringify({ id: message.id, from: this.instance, topic: message.topic })).catch(() => undefined);
      return;
    }
    const pending = this.waiting.get(message.id);
    if (!pending) return;
    pending.confirmed += 1;
    settle(pending);
  }

  private notify(topic: string): void {
    for (const listener of this.listeners) {
      try {
        listener(topic);
      } catch (error) {
        this.logger.error({ msg: 'invalidation listener failed', topic, error: (error as Error).message });
      }
    }
  }
}
