/**
 * One load per published event, however many subscribers it reaches: the first subscriber's
 * call does the work and the others share its promise for a short while.
 */
export class OncePerEvent<T> {
  private readonly pending = new Map<string, Promise<T>>();

  constructor(private readonly keepMs = 2000) {}

  get(eventId: string, load: () => Promise<T>): Promise<T> {
    let p = this.pending.get(eventId);
    if (!p) {
      p = load();
      this.pending.set(eventId, p);
      setTimeout(() => this.pending.delete(eventId), this.keepMs).unref();
      p.catch(() => this.pending.delete(eventId));
    }
    return p;
  }
}
