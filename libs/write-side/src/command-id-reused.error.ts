/** A client reused a command id for a different command: its first use stands, this one is refused. */
export class CommandIdReusedError extends Error {
  readonly code = 'COMMAND_ID_REUSED';
  constructor(readonly commandId: string) {
    super(`Command id ${commandId} was already used for a different command; choose a new id for a new command`);
    this.name = 'CommandIdReusedError';
  }
}
