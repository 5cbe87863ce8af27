/**
 * Tells other processes that appends have committed, with a NOTIFY sent after the commit rather
 * than inside the append's transaction (where it would serialise concurrent commits). One
 * notification is on its way at a time; appends that commit meanwhile share the next one, which
 * carries the highest position, and notifications are at least `minIntervalMs` apart (each is a
 * commit of its own, which a busy server feels). Subscribers also poll, so a notification that
 * fails or is lost with the process only delays delivery.
 */
export class CommitNotifier {
  private latest = 0n;
  private sent = 0n;
  private sending?: Promise<void>;
  private lastSentAt = 0;

  constructor(
    private readonly send: (position: bigint) => Promise<unknown>,
    private readonly minIntervalMs = 10,
  ) {}

  committed(position: bigint): void {
    if (position > this.latest) this.latest = position;
    this.sending ??= this.sendUntilCurrent().finally(() => (this.sending = undefined));
  }

  /** Resolves once the notification on its way, if any, has been sent. */
  async settled(): Promise<void> {
    await this.sending;
  }

  private async sendUntilCurrent(): Promise<void> {
    while (this.sent < this.latest) {
      const wait = this.lastSentAt + this.minIntervalMs - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      this.lastSentAt = Date.now();
      const position = this.latest;
      this.sent = position;
      await this.send(position).catch(() => undefined);
    }
  }
}
