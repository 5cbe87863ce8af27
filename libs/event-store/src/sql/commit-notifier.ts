/**
 * Tells other processes that appends have committed, with a NOTIFY sent after the commit rather
 * than inside the append's transaction (where it would serialise concurrent commits). One
 * notification is on its way at a time; appends that commit meanwhile share the next one, which
 * carries the highest position. Subscribers also poll, so a notification that fails or is lost
 * with the process only delays delivery.
 */
export class CommitNotifier {
  private latest = 0n;
  private sent = 0n;
  private sending?: Promise<void>;

  constructor(private readonly send: (position: bigint) => Promise<unknown>) {}

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
      const position = this.latest;
      this.sent = position;
      await this.send(position).catch(() => undefined);
    }
  }
}
