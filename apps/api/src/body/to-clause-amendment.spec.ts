import { plainToInstance } from 'class-transformer';
import { ClauseAmendmentInput } from './clause-amendment.input';
import { toClauseAmendment } from './to-clause-amendment';

const amendment = (input: object) => toClauseAmendment(plainToInstance(ClauseAmendmentInput, input));

describe('clause amendment input to the domain', () => {
  it('replaces a clause, keeping its heading when none is given', () => {
    expect(amendment({ replace: { clauseId: '4.2', text: 'New text.', heading: null } })).toEqual({
      change: 'replaced',
      clauseId: '4.2',
      text: 'New text.',
    });
    expect(amendment({ replace: { clauseId: '4.2', text: 'New text.', heading: 'Quorum' } })).toEqual({
      change: 'replaced',
      clauseId: '4.2',
      heading: 'Quorum',
      text: 'New text.',
    });
  });

  it('inserts a clause after another, or first when no clause is named', () => {
    const clause = { id: '4.3', heading: 'Substitutes', text: 'Members may send a substitute.' };
    expect(amendment({ insert: { clause, afterClauseId: '4.2' } })).toEqual({ change: 'inserted', clause, afterClauseId: '4.2' });
    expect(amendment({ insert: { clause, afterClauseId: null } })).toEqual({ change: 'inserted', clause, afterClauseId: null });
    expect(amendment({ insert: { clause } })).toEqual({ change: 'inserted', clause, afterClauseId: null });
  });

  it('removes a clause', () => {
    expect(amendment({ remove: { clauseId: '4.2' } })).toEqual({ change: 'removed', clauseId: '4.2' });
  });

  it('gives plain data, not input class instances', () => {
    const inserted = amendment({ insert: { clause: { id: '1', heading: 'h', text: 't' } } });
    expect(Object.getPrototypeOf(inserted.change === 'inserted' && inserted.clause)).toBe(Object.prototype);
  });
});
