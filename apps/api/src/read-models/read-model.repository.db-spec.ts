import { openStorage, type SqlClient, type Storage } from '@ledger/event-store';
import { migrateReadModels } from '@ledger/projections';
import type { ProjectionService } from './projection.service';
import { type DecisionQuery, ReadModelRepository } from './read-model.repository';

const SCHEMA = 'ledger_read';

interface PlanNode {
  readonly 'Node Type': string;
  readonly 'Index Name'?: string;
  readonly Plans?: readonly PlanNode[];
}

const nodesOf = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];

/** A client that remembers the statements sent through it. */
function recording(sql: SqlClient, statements: { sql: string; params: readonly unknown[] }[]): SqlClient {
  return {
    ...sql,
    query: (text, params = []) => {
      statements.push({ sql: text, params });
      return sql.query(text, params);
    },
  } as SqlClient;
}

describe('the decision register query', () => {
  let storage: Storage;
  const statements: { sql: string; params: readonly unknown[] }[] = [];
  let repository: ReadModelRepository;

  beforeAll(async () => {
    storage = await openStorage({ kind: 'pglite', dataDir: '', schema: 'ledger' }, { kind: 'pglite', schema: 'ledger' });
    await migrateReadModels(storage.database, SCHEMA);
    await storage.database.exec(`
      INSERT INTO ${SCHEMA}.decisions (meeting_id, item_number, part, item_order, part_order, body_id, held_on, item_title, minute_number, decision_kind, text, exempt)
      SELECT 'm' || m, i::text, '', i, 0, 'b' || (m % 3), date '2005-01-01' + m * 7, 'Item ' || i, i::text,
             'noted', CASE WHEN i = 1 THEN 'Domestic abuse update noted' ELSE 'Report noted' END, false
      FROM generate_series(1, 400) m, generate_series(1, 5) i;
      ANALYZE ${SCHEMA}.decisions;`);
    repository = new ReadModelRepository(recording(storage.database, statements), { schema: SCHEMA } as ProjectionService);
  });

  afterAll(() => storage.close());

  async function planOf(query: DecisionQuery): Promise<PlanNode[]> {
    statements.length = 0;
    await repository.decisions(query);
    expect(statements).toHaveLength(1);
    const [{ sql, params }] = statements;
    // With sorting priced out, the planner sorts only when no index gives the register's order.
    return storage.database.transaction(async (tx) => {
      await tx.exec('SET LOCAL enable_sort = off');
      const [row] = await tx.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(`EXPLAIN (FORMAT JSON) ${sql}`, params);
      return nodesOf(row['QUERY PLAN'][0].Plan);
    });
  }

  it.each([
    ['the whole register', { limit: 20, includeExempt: false }],
    ['a text search', { limit: 20, includeExempt: false, search: 'domestic abuse' }],
    [
      'a later page of a text search',
      {
        limit: 20,
        includeExempt: false,
        search: 'domestic',
        before: { heldOn: '2010-01-01', meetingId: 'm300', itemOrder: 1, partOrder: 0 },
      },
    ],
  ])('reads %s newest first from the index, without sorting the matches', async (_name, query: DecisionQuery) => {
    const nodes = await planOf(query);
    expect(nodes.map((node) => node['Node Type'])).not.toContain('Sort');
    expect(nodes.map((node) => node['Index Name'])).toContain('decisions_newest_first');
  });

  it('returns a text search newest first, items in their order', async () => {
    const rows = await repository.decisions({ limit: 3, includeExempt: false, search: 'domestic abuse' });
    expect(rows.map((row) => [row.meetingId, row.heldOn, row.itemNumber])).toEqual([
      ['m400', '2012-09-01', '1'],
      ['m399', '2012-08-25', '1'],
      ['m398', '2012-08-18', '1'],
    ]);
  });
});
