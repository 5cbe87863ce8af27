import { Context, Query, Resolver } from '@nestjs/graphql';
import { requireAuditTrail } from '../audit/require-audit-trail';
import type { RequestContext } from '../platform/graphql/request-context';
import { ProcessManagerStatus } from './process-manager.model';
import { ProcessManagerService } from './process-manager.service';

@Resolver(() => ProcessManagerStatus)
export class ProcessManagerResolver {
  constructor(private readonly service: ProcessManagerService) {}

  @Query(() => ProcessManagerStatus, { description: 'How far the effects process manager has got, and what it parked.' })
  async processManager(@Context() context: RequestContext): Promise<ProcessManagerStatus> {
    requireAuditTrail(context);
    return { checkpoint: this.service.manager.checkpoint, parkedEffects: await this.service.manager.listParked() };
  }
}
