import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import type { LedgerConfig } from '@ledger/config';

const LEVELS_BY_THRESHOLD: readonly LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Nest's own logger, as one JSON object per line (for log collectors) or as text for a terminal. */
export function createLogger(log: LedgerConfig['log']): ConsoleLogger {
  const threshold = LEVELS_BY_THRESHOLD.indexOf(log.level);
  return new ConsoleLogger({
    json: log.format === 'json',
    colors: log.format === 'text' && process.stdout.isTTY,
    logLevels: LEVELS_BY_THRESHOLD.slice(0, threshold + 1),
  });
}
