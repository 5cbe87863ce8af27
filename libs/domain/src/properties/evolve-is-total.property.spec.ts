import fc from 'fast-check';
import { followOnCommands } from '../effects/follow-on-commands';
import { AGGREGATES, AGGREGATE_KINDS } from '../routing/aggregate-registry';
import type { DomainEvent } from '../routing/domain-messages';
import { foldEvents } from '../shared/decider';
import { bodyEvent, tor2015 } from '../testing/body.fixtures';
import { dec2018Agenda, meetingEvent, noted } from '../testing/meeting.fixtures';

/** Events of every aggregate, some only meaningful after others: a pool to fold in any order. */
const pool: DomainEvent[] = [
  bodyEvent.established(),
  bodyEvent.memberAdmitted('police', 'Northshire Police'),
  bodyEvent.memberWithdrawn('police', '2020-01-01'),
  bodyEvent.torAdopted(1, tor2015),
  bodyEvent.torAmended(2, [{ change: 'removed', clauseId: '1' }]),
  bodyEvent.torAmended(3, [{ change: 'removed', clauseId: '99' }]),
  bodyEvent.elected('chair', '2019/20', 'Mr P. J. Hallowell MBE CC', '2019-06-14'),
  bodyEvent.leftOffice('chair', '2019/20', 'Mr P. J. Hallowell MBE CC', '2020-01-01', 'Resigned'),
  meetingEvent.scheduled(),
  meetingEvent.itemAdded(dec2018Agenda.performance),
  meetingEvent.itemWithdrawn('6'),
  meetingEvent.minuteRecorded('6'),
  meetingEvent.resolutionPassed('6', [noted()]),
  meetingEvent.cancelled(),
  meetingEvent.closed(),
  meetingEvent.noDeclarations(),
  { type: 'FollowUpFulfilled', data: { followUpId: 'f', fulfilledBy: { meetingId: 'm', itemNumber: '1' }, fulfilledOn: '2020-01-01' } },
  { type: 'ActionCompleted', data: { actionId: 'a', completedOn: '2020-01-01' } },
];

describe('evolve is total', () => {
  it('never throws, whatever events arrive in whatever order, for every aggregate', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(pool), (events) => {
        for (const kind of AGGREGATE_KINDS) foldEvents(AGGREGATES[kind].decider, events);
      }),
      { numRuns: 500 },
    );
  });

  it('ignores an event of an unknown type or a malformed one', () => {
    const odd = [
      { type: 'SomethingElse', data: {} },
      { type: 'BodyRenamed', data: {} },
    ] as unknown as DomainEvent[];
    for (const kind of AGGREGATE_KINDS) expect(() => foldEvents(AGGREGATES[kind].decider, [bodyEvent.established(), ...odd])).not.toThrow();
  });
});

describe('effects become commands deterministically', () => {
  it('gives the same commands, with unique keys, however often an event is replayed', () => {
    const effect = fc.constantFrom(
      { kind: 'raise-action' as const, owner: 'Priya Halden', description: 'x' },
      { kind: 'request-follow-up' as const, request: 'report' as const, subject: 'y', due: { kind: 'next-meeting' as const } },
      { kind: 'rename-body' as const, name: 'N', shortName: 'S' },
    );
    const part = fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.array(effect, { maxLength: 4 }));
    fc.assert(
      fc.property(fc.uniqueArray(part, { selector: ([label]) => label, maxLength: 3 }), (parts) => {
        const event: DomainEvent = {
          type: 'ResolutionPassed',
          data: {
            meetingId: 'northshire-scb-2019-06-14',
            bodyId: 'northshire-scb',
            heldOn: '2019-06-14',
            itemNumber: '7',
            parts: parts.map(([label, effects]) => ({ label, kind: 'agreed', text: 'That …', effects })),
          },
        };
        const commands = followOnCommands(event);
        expect(followOnCommands(JSON.parse(JSON.stringify(event)) as DomainEvent)).toEqual(commands);
        const keys = commands.map((c) => c.commandKey);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });
});
