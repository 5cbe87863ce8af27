import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { loadLedgerConfig } from '@ledger/config';
import type { DomainCommand } from '@ledger/domain';
import { openStorage, type SqlClient, type Storage } from '@ledger/event-store';
import { executeCommand } from '@ledger/write-side';
import { createApi } from '../create-api';

/** Counts the statements the read side sends, to show nested fields do not cost one query each. */
function counting(database: SqlClient): SqlClient & { statements: number } {
  const counter = Object.create(database) as SqlClient & { statements: number };
  counter.statements = 0;
  counter.query = (sql, params) => {
    counter.statements += 1;
    return database.query(sql, params);
  };
  return counter;
}

function meetingWithBusiness(bodyId: string, day: number): DomainCommand[] {
  const date = new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);
  const meetingId = `${bodyId}-${date}`;
  const recordedAt = `${date}T18:00:00Z`;
  return [
    {
      type: 'ScheduleMeeting',
      data: {
        meetingId,
        bodyId,
        startsAt: `${date}T10:00:00Z`,
        location: { kind: 'venue', venue: 'County Hall' },
        contactOfficer: { name: 'Clerk' },
      },
    },
    ...['1', '2', '3'].flatMap((number): DomainCommand[] => [
      { type: 'AddAgendaItem', data: { meetingId, item: { number, title: `Report ${number}`, kind: 'report' } } },
      {
        type: 'RecordMinuteText',
        data: { meetingId, itemNumber: number, recordedAt, paragraphs: ['The Board considered a report.'], points: [] },
      },
      {
        type: 'PassResolution',
        data: { meetingId, itemNumber: number, recordedAt, parts: [{ kind: 'noted', text: 'That the report be noted.', effects: [] }] },
      },
    ]),
  ];
}

describe("the read side's round trips to the database", () => {
  let storage: Storage;
  let database: ReturnType<typeof counting>;
  let app: INestApplication;
  let url: string;
  const bodyId = 'trips';

  beforeAll(async () => {
    const opened = await openStorage({ kind: 'pglite', dataDir: '', schema: 'ledger' }, { kind: 'pglite', schema: 'ledger' });
    database = counting(opened.database);
    storage = { ...opened, database };
    const commands: DomainCommand[] = [
      { type: 'EstablishBody', data: { bodyId, name: 'Round Trips Board', shortName: 'RTB' } },
      ...Array.from({ length: 50 }, (_, day) => meetingWithBusiness(bodyId, day)).flat(),
    ];
    let position = 0n;
    for (const command of commands) {
      const result = await executeCommand(storage.eventStore, {
        command,
        correlationId: randomUUID(),
        principal: { id: 't', role: 'clerk' },
        source: 'graphql',
      });
      position = result.position ?? position;
    }
    app = await createApi(loadLedgerConfig({ LOG_LEVEL: 'error' }), storage);
    await app.listen(0, '127.0.0.1');
    url = `${await app.getUrl()}/graphql`;
    await graphql(`{ bodies(waitForPosition: "${position}", waitTimeoutMs: 30000) { bodyId } }`);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await storage?.close();
  });

  async function graphql(query: string) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const answer = (await response.json()) as { data?: unknown; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    return answer.data;
  }

  const meetingsQuery = (first: number) => `{
    meetings(bodyId: "${bodyId}", first: ${first}) {
      edges { node {
        meetingId heldOn
        body { name { name } }
        items { number title minute { paragraphs } resolution { label kind text bodyChanges { description } } }
      } }
    }
  }`;

  async function statementsFor(query: string): Promise<{ statements: number; data: unknown }> {
    const before = database.statements;
    const data = await graphql(query);
    return { statements: database.statements - before, data };
  }

  it('answers 50 meetings with their items, minutes, resolutions and body in as many statements as 5', async () => {
    const five = await statementsFor(meetingsQuery(5));
    const fifty = await statementsFor(meetingsQuery(50));
    const edges = (fifty.data as { meetings: { edges: { node: { items: unknown[] } }[] } }).meetings.edges;
    expect(edges).toHaveLength(50);
    expect(edges.every((edge) => edge.node.items.length === 3)).toBe(true);
    // One for the page of meetings; for their body (each shared by a loader), one for the body itself,
    // one for its name on the day, one for its record, which says what each resolution changed.
    expect(fifty.statements).toBe(five.statements);
    expect(fifty.statements).toBeLessThanOrEqual(4);
  });
});
