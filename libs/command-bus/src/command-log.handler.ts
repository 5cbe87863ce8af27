import { Logger } from '@nestjs/common';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { CommandHandled } from './command-outcome.events';

/**
 * A line per recorded command, with its origin. Refusals are logged where they are answered (the
 * GraphQL exception filter, the importer's summary, the process manager's retries); the sample
 * minutes and the process manager's commands are logged at debug level, as they come by the hundred.
 */
@EventsHandler(CommandHandled)
export class CommandLogHandler implements IEventHandler<CommandHandled> {
  private readonly logger = new Logger('Commands');

  handle({ envelope, origin, result }: CommandHandled): void {
    const line = {
      message: result.alreadyRecorded ? 'command already recorded' : 'command recorded',
      commandType: envelope.command.type,
      commandId: result.commandId,
      correlationId: envelope.correlationId,
      streamId: result.streamId,
      revision: result.revision?.toString(),
      position: result.position?.toString(),
      source: envelope.source,
      origin,
    };
    if (origin === 'graphql' || origin === 'cli-import') this.logger.log(line);
    else this.logger.debug(line);
  }
}
