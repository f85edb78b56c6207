/**
 * Tells every BFF instance that public data changed (a notice withdrawn, an interpretation published, a reply made), so
 * each drops what it cached under that topic. One instance: in memory. Several: issue 14's Redis implementation
 * (publish/subscribe), chosen when REDIS_URL is set.
 */
export abstract class InvalidationBus {
  /** Announces the change to every instance, this one included; resolves once this instance has dropped its copies. */
  abstract publish(topic: string): Promise<void>;
  /** Calls `listener` for every topic published by any instance; returns the unsubscribe function. */
  abstract subscribe(listener: (topic: string) => void): () => void;
}

/** The single-instance bus: listeners are called synchronously, in this process only. */
export class LocalInvalidationBus extends InvalidationBus {
  private readonly listeners = new Set<(topic: string) => void>();

  publish(topic: string): Promise<void> {
    for (const listener of this.listeners) listener(topic);
    return Promise.resolve();
  }

  subscribe(listener: (topic: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
