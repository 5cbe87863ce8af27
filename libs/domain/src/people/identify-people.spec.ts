import { identifyPeople } from './identify-people';
import { initialPersonRegisterState, type PersonRegisterState } from './person-register.decider';

/** The names are invented; their forms are those minutes print. */
describe('which printed names are one person', () => {
  it('matches the spellings of one person by surname and initials, and says so', () => {
    const { people, personOf } = identifyPeople(
      ['Mr I.D. Quarrie OBE CC', 'Mr. I. D. Quarrie OBE CC', 'Mr. E. Fairlie', 'Euan Fairlie', 'Cllr. Alan Fairlie'],
      initialPersonRegisterState,
    );
    expect(people).toStrictEqual([
      {
        personId: 'fairlie.a',
        displayName: 'Alan Fairlie',
        nameForms: ['Cllr. Alan Fairlie'],
        honorifics: ['Cllr'],
        postNominals: [],
        because: ['matched by surname Fairlie and initials A'],
      },
      {
        personId: 'fairlie.e',
        displayName: 'Euan Fairlie',
        nameForms: ['Euan Fairlie', 'Mr. E. Fairlie'],
        honorifics: ['Mr'],
        postNominals: [],
        because: ['matched by surname Fairlie and initials E'],
      },
      {
        personId: 'quarrie.id',
        displayName: 'I. D. Quarrie',
        nameForms: ['Mr I.D. Quarrie OBE CC', 'Mr. I. D. Quarrie OBE CC'],
        honorifics: ['Mr'],
        postNominals: ['OBE', 'CC'],
        because: ['matched by surname Quarrie and initials I D'],
      },
    ]);
    expect(personOf('Mr.  I. D. Quarrie OBE CC')).toBe('quarrie.id');
    expect(personOf('Someone Else')).toBeUndefined();
  });

  it('gives the same people whatever the order of the names', () => {
    const names = ['Mr I.D. Quarrie OBE CC', 'Alan Fairlie', 'A. Fairlie', 'Adam Fairlie', 'the Chair'];
    expect(identifyPeople(names, initialPersonRegisterState).people).toStrictEqual(
      identifyPeople([...names].reverse(), initialPersonRegisterState).people,
    );
  });

  it('keeps two first names with the same initial apart, and a form with initials alone with neither', () => {
    const { personOf, people } = identifyPeople(['Alan Fairlie', 'Adam Fairlie', 'Cllr A. Fairlie'], initialPersonRegisterState);
    expect([personOf('Alan Fairlie'), personOf('Adam Fairlie'), personOf('Cllr A. Fairlie')]).toEqual([
      'fairlie.a.alan',
      'fairlie.a.adam',
      'fairlie.a',
    ]);
    expect(people.find((person) => person.personId === 'fairlie.a')?.because).toEqual([
      'matched by surname Fairlie and initials A; not matched to adam or alan, as the records print both first names',
    ]);
  });

  it('makes no person of a name it cannot take apart', () => {
    const { people, personOf } = identifyPeople(['the Chair', 'Fernmoor Police', 'Euan Fairlie'], initialPersonRegisterState);
    expect(people.map((person) => person.personId)).toEqual(['fairlie.e']);
    expect(personOf('the Chair')).toBeUndefined();
    expect(personOf('Fernmoor Police')).toBeUndefined();
  });

  it("applies the clerk's splits and then merges, in order, with their reasons", () => {
    const register: PersonRegisterState = {
      splits: [
        {
          personId: 'fairlie.e',
          nameForms: ['Cllr E. Fairlie'],
          newPersonId: 'fairlie.e.2',
          reason: 'A councillor, not the officer',
          decidedOn: '2024-05-02',
        },
        // A form that is not the person's is left where it is.
        {
          personId: 'fairlie.e',
          nameForms: ['Mr I.D. Quarrie'],
          newPersonId: 'fairlie.e.3',
          reason: 'Named by mistake',
          decidedOn: '2024-05-03',
        },
      ],
      merges: [
        { personId: 'quarrie.i', intoPersonId: 'quarrie.id', reason: 'The same chairman', decidedOn: '2024-05-04' },
        { personId: 'quarrie.id', intoPersonId: 'quarrie.ivor', reason: 'His full name', decidedOn: '2024-05-05' },
      ],
    };
    const { personOf, people } = identifyPeople(
      ['Euan Fairlie', 'Cllr E. Fairlie', 'Mr I. Quarrie', 'Mr I.D. Quarrie', 'Ivor Quarrie'],
      register,
    );
    expect(personOf('Euan Fairlie')).toBe('fairlie.e');
    expect(personOf('Cllr E. Fairlie')).toBe('fairlie.e.2');
    expect(personOf('Mr I.D. Quarrie')).toBe('quarrie.ivor');
    expect(personOf('Mr I. Quarrie')).toBe('quarrie.ivor');
    expect(people.find((person) => person.personId === 'fairlie.e.2')?.because).toEqual([
      'matched by surname Fairlie and initials E',
      'split from fairlie.e on 2024-05-02: A councillor, not the officer',
    ]);
    expect(people.find((person) => person.personId === 'quarrie.ivor')).toMatchObject({
      displayName: 'Ivor Quarrie',
      nameForms: ['Ivor Quarrie', 'Mr I. Quarrie', 'Mr I.D. Quarrie'],
    });
    expect(people.find((person) => person.personId === 'quarrie.ivor')?.because).toContain(
      'quarrie.id merged into quarrie.ivor on 2024-05-05: His full name',
    );
  });
});
