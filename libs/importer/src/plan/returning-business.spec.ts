/** Deferred business that comes back, on two invented pages of an invented Fenmoor Safety Board. */
import type { MeetingCommand } from '@ledger/domain';
import { planImport } from './plan-import';

const page = (date: string, items: string) => `Agenda and minutes

Fenmoor Safety Board - ${date} 10.00 am

Venue: Fenmoor House

Items
No. Item

${items}`;

const JUNE = page(
  'Friday, 7 June 2024',
  `1.

Election of Vice-Chairman

Minutes:

Nominations were invited for Vice-Chairman for 2024/25 however no nominations were received.

RESOLVED: That this item be deferred to the next meeting of the Board.

2.

Knife Crime Update

Minutes:

The update was postponed.

RESOLVED: That the Knife Crime Update be deferred to a future meeting.
`,
);

const SEPTEMBER = page(
  'Friday, 13 September 2024',
  `1.

Election of Vice-Chairman

Minutes:

RESOLVED: That Cllr. N. Quayle be elected Vice-Chairman of the Board for 2024/25.

2.

Knife Crime Update

Minutes:

The Board received the update.

RESOLVED: That the Knife Crime Update be deferred again to the December meeting.
`,
);

describe('deferred business that returns', () => {
  const plan = planImport(
    [
      { name: 'september.txt', text: SEPTEMBER },
      { name: 'june.txt', text: JUNE },
    ],
    { bodyId: 'fenmoor-sb' },
  );
  const resolutionOf = (meeting: number, itemNumber: string) =>
    plan.meetings[meeting]!.commands.map((planned) => planned.command).find(
      (command): command is Extract<MeetingCommand, { type: 'PassResolution' }> =>
        command.type === 'PassResolution' && command.data.itemNumber === itemNumber,
    )!;

  it('fulfils the follow-up of a deferred election with the election held at a later meeting', () => {
    expect(resolutionOf(1, '1').data.parts[0]!.effects).toEqual([
      { kind: 'elect-officeholder', office: 'deputy-chair', term: '2024/25', holder: 'Cllr. N. Quayle' },
      { kind: 'fulfil-follow-up', followUpId: 'fenmoor-sb-2024-06-07:1:-:2' },
    ]);
    expect(plan.meetings[1]!.effects.map((effect) => effect.kind)).toContain('fulfil-follow-up');
  });

  it('does not fulfil it with an item deferred again', () => {
    expect(resolutionOf(1, '2').data.parts[0]!.effects.map((effect) => effect.kind)).toEqual(['defer-item']);
  });

  it('leaves the deferring meeting as it was', () => {
    expect(resolutionOf(0, '1').data.parts[0]!.effects.map((effect) => effect.kind)).toEqual(['leave-office-vacant', 'defer-item']);
    expect(plan.meetings[0]!.domainCheck.refusals).toEqual([]);
    expect(plan.meetings[1]!.domainCheck.refusals).toEqual([]);
  });
});
