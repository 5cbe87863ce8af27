import type { ItemKind } from '@ledger/domain';
import { numberAgendaItems } from './agenda-numbering';

const item = (kind: ItemKind = 'report', citedAgendaNumber?: number, printedNumber?: string) => ({
  kind,
  ...(citedAgendaNumber !== undefined && { citedAgendaNumber }),
  ...(printedNumber !== undefined && { printedNumber }),
});

describe('agenda numbers', () => {
  it('are the positions when nothing says otherwise, with printed minute numbers kept beside them', () => {
    expect(numberAgendaItems([item('introductions', undefined, '29'), item('report', 2, '30')])).toMatchObject({
      numbers: ['1', '2'],
      minuteNumbers: ['29', '30'],
      source: 'position',
    });
  });

  it('come from the cited numbers when the order was varied; the other items take the free numbers in order', () => {
    const numbering = numberAgendaItems([
      item('introductions'),
      item('change-to-order-of-business'),
      item('report', 4),
      item('report', 2),
      item('report', 3),
      item('date-of-next-meeting'),
    ]);
    expect(numbering).toMatchObject({
      numbers: ['1', undefined, '4', '2', '3', '5'],
      source: 'citations',
      orderTaken: ['1', '4', '2', '3', '5'],
    });
  });

  it('fall back to positions when two reports cite the same number', () => {
    const numbering = numberAgendaItems([item('report', 2), item('report', 2)]);
    expect(numbering).toMatchObject({ numbers: ['1', '2'], source: 'position' });
    expect(numbering.notes[0]).toContain('cite the same agenda item number');
  });
});

describe('agenda numbers printed beside the items', () => {
  it('are the agenda numbers when they rise by one from a low number other than 1', () => {
    expect(numberAgendaItems([item('minutes-of-previous-meeting', undefined, '2'), item('report', undefined, '3')])).toMatchObject({
      numbers: ['2', '3'],
      minuteNumbers: [undefined, undefined],
      source: 'printed',
    });
  });

  it('are minute numbers, with the positions for agenda numbers, when they start high or skip', () => {
    expect(numberAgendaItems([item('report', undefined, '218'), item('report', undefined, '219')])).toMatchObject({
      numbers: ['1', '2'],
      source: 'position',
    });
    expect(numberAgendaItems([item('report', undefined, '2'), item('report', undefined, '4')])).toMatchObject({ source: 'position' });
  });
});
