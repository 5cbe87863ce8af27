import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { PEOPLE_REGISTER } from '@ledger/domain';
import { PeopleDirectory } from '../../people/people-directory';
import { PeopleRepository } from '../../people/people.repository';
import { ProjectionService } from '../../read-models/projection.service';
import { ReadModelRepository } from '../../read-models/read-model.repository';
import { today } from '../../shared/query-context';
import { bodyObjects } from './body-objects';
import { oparlGraph, type OParlGraph } from './oparl-graph';
import { oparlObject, type OParlObject, OPARL_VERSION, type RecordedSpan, spanning } from './oparl-object';
import type { OParlUrls } from './oparl-urls';
import { OParlRepository } from './oparl.repository';

/** The OParl objects of the ledger, made from the read models as the public may read them. */
@Injectable()
export class OParlService {
  private readonly startedAt = new Date();
  private readonly graphs = new LRUCache<string, Promise<OParlGraph | undefined>>({ max: 16 });

  constructor(
    private readonly readModels: ReadModelRepository,
    private readonly repository: OParlRepository,
    private readonly people: PeopleRepository,
    private readonly directory: PeopleDirectory,
    private readonly projections: ProjectionService,
  ) {}

  async system(urls: OParlUrls): Promise<OParlObject> {
    const bodies = await this.bodies(urls);
    // Before anything is recorded, the system is as old as this server's start.
    const span = spanning(bodies.map(spanOfObject)) ?? { createdAt: this.startedAt, modifiedAt: this.startedAt };
    return oparlObject('System', urls.system, span, {
      oparlVersion: OPARL_VERSION,
      body: urls.bodies,
      name: 'Governance ledger',
    });
  }

  async bodies(urls: OParlUrls): Promise<OParlObject[]> {
    const ids = await this.readModels.bodyIds();
    const [states, spans] = await Promise.all([this.readModels.bodies(ids), this.repository.spansOfBodies()]);
    return ids.flatMap((id) => {
      const body = states.get(id);
      const span = spans.get(id);
      return body?.status === 'established' && span
        ? [bodyObjects(urls, { body, span, today: today(), personOf: () => undefined }).body]
        : [];
    });
  }

  /**
   * A body's whole graph; undefined when the ledger holds no such body. The graph follows from the read
   * models at their position (and today's date, which ends terms): a client paging through a body's lists
   * gets it made once, until anything more is projected.
   */
  graph(urls: OParlUrls, bodyId: string, context: object): Promise<OParlGraph | undefined> {
    const key = JSON.stringify([urls.system, bodyId, String(this.projections.position), today()]);
    let graph = this.graphs.get(key);
    if (!graph) {
      graph = this.makeGraph(urls, bodyId, context);
      this.graphs.set(key, graph);
      // A failure is not kept: the next request tries again.
      graph.catch(() => this.graphs.delete(key));
    }
    return graph;
  }

  private async makeGraph(urls: OParlUrls, bodyId: string, context: object): Promise<OParlGraph | undefined> {
    const body = (await this.readModels.bodies([bodyId])).get(bodyId);
    if (body?.status !== 'established') return undefined;
    const [meetings, pages, spans, names, register, people] = await Promise.all([
      this.readModels.meetingsOf(bodyId),
      this.repository.pagesOfBody(bodyId),
      this.repository.spansOfBody(bodyId, PEOPLE_REGISTER),
      this.repository.namesInBody(bodyId),
      this.people.register(),
      this.directory.for(context),
    ]);
    return oparlGraph(urls, {
      body,
      meetings: meetings.flatMap((meeting) => (meeting.status === 'not-scheduled' ? [] : [meeting])),
      pages,
      spans,
      names,
      people,
      register,
      registerId: PEOPLE_REGISTER,
      today: today(),
    });
  }
}

const spanOfObject = (object: OParlObject): RecordedSpan => ({
  createdAt: new Date(object.created),
  modifiedAt: new Date(object.modified),
});
