import { bodyCommand as command, bodyEvent as event, clause, tor2015 } from '../testing/body.fixtures';
import { specify } from '../testing/given-when-then';
import { bodyDecider } from './body.decider';
import { foldEvents } from '../shared/decider';
import { termsOfReferenceInForce, type EstablishedBody } from './body.state';

const { given } = specify(bodyDecider);

describe('Terms of reference are versions of clauses with stable ids', () => {
  it('adopts version 1 from a date', () => {
    given(event.established()).when(command.adoptTor(1, tor2015)).then(event.torAdopted(1, tor2015));
  });

  it('numbers a newly adopted text as the next version', () => {
    given(event.established(), event.torAdopted(1, tor2015))
      .when(command.adoptTor(3, tor2015, '2023-09-29'))
      .thenFails('TOR_VERSION_NOT_NEXT');
  });

  it('needs at least one clause', () => {
    given(event.established()).when(command.adoptTor(1, [])).thenFails('EMPTY_TERMS_OF_REFERENCE');
  });

  it('keeps clause ids unique within a version', () => {
    given(event.established())
      .when(command.adoptTor(1, [clause('1', 'a'), clause('1', 'b')]))
      .thenFails('DUPLICATE_CLAUSE_ID');
  });

  it('cannot bring a version into force before the version it replaces', () => {
    given(event.established(), event.torAdopted(1, tor2015, '2015-06-08'))
      .when(command.adoptTor(2, tor2015, '2014-01-01'))
      .thenFails('IN_FORCE_DATE_BEFORE_CURRENT_VERSION');
  });
});

describe('Amendments change clauses of the version in force', () => {
  const replaced = { change: 'replaced', clauseId: '3', text: 'The Board meets four times a year.' } as const;

  it('amends clause by clause into the next version', () => {
    given(event.established(), event.torAdopted(1, tor2015))
      .when(command.amendTor(2, [replaced]))
      .then(event.torAmended(2, [replaced]));
  });

  it('replaces, inserts and removes clauses, keeping their ids and order', () => {
    const history = [
      event.established(),
      event.torAdopted(1, tor2015),
      event.torAmended(2, [
        replaced,
        { change: 'inserted', clause: clause('2.1', 'Substitutes may attend.'), afterClauseId: '2' },
        { change: 'inserted', clause: clause('0', 'Preamble.'), afterClauseId: null },
        { change: 'removed', clauseId: '1' },
      ]),
    ];
    const body = foldEvents(bodyDecider, history) as EstablishedBody;
    const inForce = termsOfReferenceInForce(body)!;
    expect(inForce.version).toBe(2);
    expect(inForce.clauses.map((c) => c.id)).toEqual(['0', '2', '2.1', '3']);
    expect(inForce.clauses.find((c) => c.id === '3')).toEqual({ ...tor2015[2], text: replaced.text });
    expect(body.termsOfReference[0]!.clauses).toEqual(tor2015);
  });

  it('cannot amend terms of reference that were never adopted', () => {
    given(event.established())
      .when(command.amendTor(1, [replaced]))
      .thenFails('TOR_NOT_ADOPTED');
  });

  it('names clauses that exist in the version in force', () => {
    given(event.established(), event.torAdopted(1, tor2015))
      .when(command.amendTor(2, [{ change: 'replaced', clauseId: '9', text: 'x' }]))
      .thenFails('UNKNOWN_CLAUSE');
  });

  it('cannot remove a clause an earlier amendment already removed', () => {
    given(event.established(), event.torAdopted(1, tor2015), event.torAmended(2, [{ change: 'removed', clauseId: '1' }]))
      .when(command.amendTor(3, [{ change: 'removed', clauseId: '1' }], '2017-01-01'))
      .thenFails('UNKNOWN_CLAUSE');
  });

  it('inserts only after a clause that exists', () => {
    given(event.established(), event.torAdopted(1, tor2015))
      .when(command.amendTor(2, [{ change: 'inserted', clause: clause('4', 'x'), afterClauseId: '9' }]))
      .thenFails('UNKNOWN_CLAUSE');
  });

  it('inserts only clauses with a new id', () => {
    given(event.established(), event.torAdopted(1, tor2015))
      .when(command.amendTor(2, [{ change: 'inserted', clause: clause('2', 'x'), afterClauseId: '1' }]))
      .thenFails('CLAUSE_ALREADY_EXISTS');
  });

  it('changes each clause at most once in one amendment', () => {
    given(event.established(), event.torAdopted(1, tor2015))
      .when(command.amendTor(2, [replaced, { change: 'removed', clauseId: '3' }]))
      .thenFails('CLAUSE_AMENDED_TWICE');
  });

  it('changes at least one clause', () => {
    given(event.established(), event.torAdopted(1, tor2015)).when(command.amendTor(2, [])).thenFails('EMPTY_AMENDMENT');
  });

  it('cannot remove every clause', () => {
    const removeAll = tor2015.map((c) => ({ change: 'removed', clauseId: c.id }) as const);
    given(event.established(), event.torAdopted(1, tor2015)).when(command.amendTor(2, removeAll)).thenFails('EMPTY_TERMS_OF_REFERENCE');
  });

  it('numbers the amended text as the next version', () => {
    given(event.established(), event.torAdopted(1, tor2015))
      .when(command.amendTor(1, [replaced]))
      .thenFails('TOR_VERSION_NOT_NEXT');
  });
});
