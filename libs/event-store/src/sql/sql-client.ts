/**
 * The little the SQL event store needs from a PostgreSQL connection, so that one implementation
 * serves both a PostgreSQL server (node-postgres) and embedded PGlite.
 */
export interface SqlExecutor {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs several statements; outside a transaction they form one implicit transaction. */
  exec(sql: string): Promise<void>;
}

export interface SqlClient extends SqlExecutor {
  /** Runs `work` in one transaction on one connection: committed if it resolves, rolled back if not. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Calls `onNotify` for each NOTIFY on `channel`; returns a function that stops listening. */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  /**
   * Tries to take a session-level advisory lock, held until released or until the connection
   * holding it is lost (then `onLost` is called). Undefined when another session holds it.
   */
  tryLock(name: string, onLost: () => void): Promise<HeldLock | undefined>;
  close(): Promise<void>;
}

export interface HeldLock {
  release(): Promise<void>;
}

/** An error raised by PostgreSQL, as node-postgres and PGlite both report it. */
export interface PostgresError {
  code?: string;
  constraint?: string;
  detail?: string;
  message: string;
}

export function isPostgresError(error: unknown): error is PostgresError {
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}
