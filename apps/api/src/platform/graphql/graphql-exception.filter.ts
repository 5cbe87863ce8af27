import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import { answerHttpError } from '../http/answer-http-error';
import type { RequestContext } from './request-context';
import { toClientError } from './to-client-error';

/**
 * Every error a resolver throws passes here, is logged with its correlation id, and is made safe; so
 * does every error of the other routes, answered as JSON.
 */
@Catch()
export class GraphQLExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'http') return answerHttpError(exception, host, this.logger);
    if (host.getType<string>() !== 'graphql') throw exception;
    const context = GqlArgumentsHost.create(host).getContext<RequestContext | undefined>();
    const correlationId = context?.correlationId ?? randomUUID();
    const { error, expected } = toClientError(exception, correlationId);
    const detail = {
      correlationId,
      code: error.extensions.code,
      error: exception instanceof Error ? exception.message : String(exception),
    };
    if (expected) {
      this.logger.warn({ message: 'request refused', ...detail });
    } else {
      this.logger.error({ message: 'request failed', ...detail, stack: exception instanceof Error ? exception.stack : undefined });
    }
    return error;
  }
}
