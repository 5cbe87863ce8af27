import { planImport } from '../plan/plan-import';
import { HEADERLESS_2019_DATE, sampleDocument } from '../testing/sample-minutes';
import { renderJson } from './plan-json';
import { renderPlanText } from './plan-text';

describe('the plan as text and as JSON', () => {
  const plan = planImport([sampleDocument(2019), sampleDocument(2023)], {
    bodyId: 'lscsb',
    date: HEADERLESS_2019_DATE,
    bodyName: 'Leicestershire Safer Communities Strategy Board',
  });

  it('shows the meeting, each item, its decisions and effects, what is unclassified, and the counts', () => {
    const text = renderPlanText(plan);
    expect(text).toContain('Meeting lscsb-2019-06-14 of body lscsb');
    expect(text).toContain('date from --date');
    expect(text).toContain('Election of Deputy Chairman  [election-of-officeholder]');
    expect(text).toContain('→ elect-officeholder: elect Mr I.D. Ould OBE CC Chair for 2019/20');
    expect(text).toContain('Mr. I. D. Ould OBE CC from item 2');
    expect(text).toContain('items taken in the order 1, 2, 3, 4, 5, 6, 12, 7, 8');
    expect(text).toContain('HELD BACK item 6 (b) adopt-terms-of-reference');
    expect(text).toContain(
      'correction of minute 11(iii): "The whole family relationship service would be provided by Family Lives not the Teen Health Service."',
    );
    expect(text).toContain(
      'Counts: items 16; resolution parts 16 (noted 9, agreed 1, elected 1, requested 4, deferred 1); declarations 0; deferrals 1; requests 4',
    );
  });

  it('as JSON, is the plan itself, commands and counts included', () => {
    const parsed = JSON.parse(renderJson(plan));
    expect(parsed.plan.meetings.map((meeting: { meetingId: string }) => meeting.meetingId)).toEqual([
      'lscsb-2019-06-14',
      'lscsb-2023-09-29',
    ]);
    expect(parsed.plan.meetings[1].counts.partsByKind['approved-subject-to-amendment']).toBe(1);
    expect(parsed.plan.meetings[1].commands[0].command.type).toBe('ScheduleMeeting');
  });
});
