import { type ArgumentsHost, HttpException, type LoggerService } from '@nestjs/common';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';

/**
 * Answers an error thrown by a route that is not GraphQL (feeds, transparency, health) as JSON.
 * Without it the error would reach Express's own handler, which answers an HTML page with the stack
 * trace. A refusal keeps its status and body; a fault of ours is answered with a correlation id
 * only, and the log keeps the detail.
 */
export function answerHttpError(exception: unknown, host: ArgumentsHost, logger: LoggerService): void {
  const response = host.switchToHttp().getResponse<Response>();
  if (response.headersSent) return;
  if (exception instanceof HttpException) {
    response.status(exception.getStatus()).json(exception.getResponse());
    return;
  }
  const correlationId = randomUUID();
  logger.error({
    message: 'request failed',
    correlationId,
    error: exception instanceof Error ? exception.message : String(exception),
    stack: exception instanceof Error ? exception.stack : undefined,
  });
  response.setHeader('x-correlation-id', correlationId);
  response
    .status(500)
    .json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId } }] });
}
