import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import type { INestApplication, LoggerService } from '@nestjs/common';

/** How long a shutdown waits for requests in flight (a Kubernetes pod gets 30 s between SIGTERM and SIGKILL). */
export const DRAIN_TIMEOUT_MS = 20_000;
/** How long the server goes on accepting connections after the signal, at least and at most (see HttpDrain.drain). */
const ACCEPT_GRACE_MS = 100;
const ACCEPT_MAX_MS = 5_000;
/** How long a connection accepted during the drain may take to send its request. */
const FIRST_REQUEST_GRACE_MS = 1_000;
/** The interval at which the drain looks again; every interval holds at least one poll of the sockets. */
const CHECK_INTERVAL_MS = 10;

interface Connection {
  requests: number;
  inFlight: boolean;
  upgraded: boolean;
}

/**
 * Knows the server's connections and which requests are being answered, so that a shutdown can stop
 * taking new connections and still answer every request already sent: a mutation that has started
 * completes and its answer is sent.
 */
export class HttpDrain {
  private readonly connections = new Map<Socket, Connection>();
  private readonly inFlight = new Set<ServerResponse>();
  private draining = false;
  private accepted = 0;
  private onSettled?: () => void;

  constructor(private readonly server: Server) {
    server.on('connection', (socket: Socket) => {
      this.accepted += 1;
      this.connections.set(socket, { requests: 0, inFlight: false, upgraded: false });
      socket.once('close', () => this.connections.delete(socket));
    });
    // WebSocket connections (subscriptions) are left to the application's close, which ends them
    // properly. (graphql-ws always listens for upgrades too, so this listener never leaves one unanswered.)
    server.prependListener('upgrade', (request: IncomingMessage) => {
      const connection = this.connections.get(request.socket);
      if (connection) connection.upgraded = true;
    });
    server.prependListener('request', (request: IncomingMessage, response: ServerResponse) => {
      const connection = this.connections.get(request.socket);
      if (connection) {
        connection.requests += 1;
        connection.inFlight = true;
      }
      if (this.draining) response.setHeader('connection', 'close');
      this.inFlight.add(response);
      response.once('close', () => {
        this.inFlight.delete(response);
        if (connection) connection.inFlight = false;
        if (this.draining) {
          // An answer whose headers went out before the shutdown still promised keep-alive.
          if (connection && !request.socket.destroyed) request.socket.destroySoon();
          if (this.inFlight.size === 0) this.onSettled?.();
        }
      });
    });
  }

  get requestsInFlight(): number {
    return this.inFlight.size;
  }

  /** Open connections by state, for the shutdown's log line. */
  get connectionCounts(): { open: number; awaitingFirstRequest: number } {
    return { open: this.connections.size, awaitingFirstRequest: this.awaitingFirstRequest() };
  }

  /**
   * Answers what was sent before the shutdown and refuses what comes after; resolves once every
   * request has been answered: true, or false if `timeoutMs` passed first.
   *
   * Closing the listening socket resets every connection still waiting in the kernel's accept
   * queue, and a busy event loop (an embedded store works on it) takes connections from that queue
   * a few per turn: clients that connected and sent their request well before the signal may still
   * be queued. So the server goes on accepting (answering with `Connection: close`) until a poll of
   * the sockets finds nobody waiting, then stops listening, gives the connections it has just
   * accepted a moment to send their request, and only then closes those that sent none.
   */
  async drain(timeoutMs = DRAIN_TIMEOUT_MS): Promise<boolean> {
    const started = Date.now();
    const deadline = started + timeoutMs;
    this.draining = true;
    for (const response of this.inFlight) if (!response.headersSent) response.setHeader('connection', 'close');
    this.closeIdle((connection) => connection.requests > 0);
    for (;;) {
      const acceptedBefore = this.accepted;
      await pause(CHECK_INTERVAL_MS);
      const elapsed = Date.now() - started;
      if ((this.accepted === acceptedBefore && elapsed >= ACCEPT_GRACE_MS) || elapsed >= ACCEPT_MAX_MS) break;
    }
    // net.Server's close, not http.Server's: the latter would also destroy connections just accepted.
    NetServer.prototype.close.call(this.server);
    const firstRequestDeadline = Date.now() + FIRST_REQUEST_GRACE_MS;
    while (this.awaitingFirstRequest() > 0 && Date.now() < firstRequestDeadline) await pause(CHECK_INTERVAL_MS);
    this.closeIdle(() => true);
    if (this.inFlight.size > 0) {
      const settled = new Promise<void>((resolve) => (this.onSettled = resolve));
      const left = Math.max(0, deadline - Date.now());
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([settled, new Promise<void>((resolve) => (timer = setTimeout(resolve, left)))]);
      clearTimeout(timer);
    }
    return this.inFlight.size === 0;
  }

  private awaitingFirstRequest(): number {
    let count = 0;
    for (const connection of this.connections.values()) if (connection.requests === 0 && !connection.upgraded) count += 1;
    return count;
  }

  /** Destroys connections with no request in flight (WebSocket connections apart) that `select` picks. */
  private closeIdle(select: (connection: Connection) => boolean): void {
    for (const [socket, connection] of this.connections) {
      if (!connection.inFlight && !connection.upgraded && select(connection)) socket.destroy();
    }
  }
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * On SIGTERM or SIGINT: stop accepting connections and answer the requests already sent, then close
 * the application (subscriptions end, the projector and the process manager finish their current
 * batch, the store closes) and exit 0. Exit 1 if requests were still unanswered after the drain
 * timeout or closing failed. A second signal while shutting down ends the process at once (exit 1).
 */
export function shutDownGracefullyOnSignals(app: INestApplication, drain: HttpDrain, logger: LoggerService): void {
  const shutDown = async (signal: NodeJS.Signals) => {
    logger.log(
      {
        message: 'shutting down: refusing new connections, finishing requests in flight',
        signal,
        requestsInFlight: drain.requestsInFlight,
        connections: drain.connectionCounts,
      },
      'Shutdown',
    );
    const drained = await drain.drain();
    if (!drained) {
      logger.warn(
        { message: `requests still in flight after ${DRAIN_TIMEOUT_MS} ms; closing anyway`, requestsInFlight: drain.requestsInFlight },
        'Shutdown',
      );
    }
    try {
      await app.close();
    } catch (error) {
      logger.error({ message: 'shutdown failed', error: error instanceof Error ? error.message : String(error) }, 'Shutdown');
      process.exit(1);
    }
    logger.log({ message: 'stopped', signal }, 'Shutdown');
    process.exit(drained ? 0 : 1);
  };
  let shuttingDown = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      logger.warn(
        { message: 'second signal while shutting down: exiting now', signal, requestsInFlight: drain.requestsInFlight },
        'Shutdown',
      );
      process.exit(1);
    }
    shuttingDown = true;
    void shutDown(signal);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
