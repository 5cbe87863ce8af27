import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type GlobalPosition } from '@ledger/event-store';
import { ProjectionService } from '../../read-models/projection.service';

/** How far the read models are behind the event log, at one moment. */
export interface ProjectionLag {
  /** The read models' position, as far as this instance knows; undefined before the first event is projected. */
  readonly position: GlobalPosition | undefined;
  /** The last position of the log; undefined while the log is empty. */
  readonly headPosition: GlobalPosition | undefined;
  /**
   * Events in the log after the read models' position, counted (not subtracted: positions have gaps
   * in the SQL stores and are byte offsets in EventStoreDB). Counting stops at the limit asked for.
   */
  readonly events: number;
  /** True when counting stopped at the limit: there are at least `events` unprojected events. */
  readonly atLeast: boolean;
  /** When the store recorded the oldest event not yet projected; undefined when caught up. */
  readonly oldestUnprojectedRecordedAt: Date | undefined;
  /** Whether this instance projects (holds the lock) or stands by and reads the leader's checkpoint. */
  readonly projecting: boolean;
}

/** Measures the read models' lag behind the event log, for the readiness check and the metrics. */
@Injectable()
export class ProjectionLagService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionService,
  ) {}

  /**
   * Caught up costs one head read. Behind, it also reads at most `countUpTo + 1` events of the log
   * after the read models' position, so the cost of a check is bounded however large the backlog.
   */
  async measure(countUpTo: number): Promise<ProjectionLag> {
    const position = this.projections.position;
    const projecting = this.projections.isProjecting;
    const headPosition = await this.store.headPosition();
    if (headPosition === undefined || (position !== undefined && position >= headPosition)) {
      return { position, headPosition, events: 0, atLeast: false, oldestUnprojectedRecordedAt: undefined, projecting };
    }
    const pending = await this.store.readAll({ after: position, maxCount: countUpTo + 1 });
    return {
      position,
      headPosition,
      events: Math.min(pending.length, countUpTo),
      atLeast: pending.length > countUpTo,
      oldestUnprojectedRecordedAt: pending[0]?.recordedAt,
      projecting,
    };
  }
}
