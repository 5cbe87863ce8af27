import { ConsoleLogger, type LogLevel } from '@nestjs/common';

const LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Every line to stderr: the CLI's stdout carries its plan and summary (and JSON, with --json). */
class StderrLogger extends ConsoleLogger {
  protected override printMessages(
    messages: unknown[],
    context?: string,
    logLevel?: LogLevel,
    _stream?: 'stdout' | 'stderr',
    errorStack?: unknown,
    params?: Record<string, unknown>,
  ): void {
    super.printMessages(messages, context, logLevel, 'stderr', errorStack, params);
  }
}

/**
 * The CLI's log: warnings and errors only, unless LOG_LEVEL asks for more (LOG_LEVEL=log shows a
 * line per recorded command, with its origin, as the API logs them).
 */
export function cliLogger(env: NodeJS.ProcessEnv): ConsoleLogger {
  const asked = LEVELS.indexOf((env.LOG_LEVEL ?? 'warn') as LogLevel);
  return new StderrLogger({
    json: env.LOG_FORMAT !== 'text',
    colors: false,
    logLevels: LEVELS.slice(0, (asked < 0 ? LEVELS.indexOf('warn') : asked) + 1),
  });
}
