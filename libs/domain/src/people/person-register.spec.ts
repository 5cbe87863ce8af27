import { specify } from '../testing/given-when-then';
import { PEOPLE_REGISTER, personRegisterDecider } from './person-register.decider';
import type { PersonRegisterCommand } from './person-register.commands';
import type { PersonRegisterEvent } from './person-register.events';

const { given } = specify(personRegisterDecider);
const registerId = PEOPLE_REGISTER;
const decidedOn = '2024-05-02';

const merge = (
  personId: string,
  intoPersonId: string,
  reason = 'The same officer, by the minutes of both boards',
): PersonRegisterCommand => ({
  type: 'MergePersons',
  data: { registerId, personId, intoPersonId, reason, decidedOn },
});
const merged = (
  personId: string,
  intoPersonId: string,
  reason = 'The same officer, by the minutes of both boards',
): PersonRegisterEvent => ({
  type: 'PersonsMerged',
  data: { registerId, personId, intoPersonId, reason, decidedOn },
});
const split = (personId: string, nameForms: string[], reason = 'Two councillors of the same name'): PersonRegisterCommand => ({
  type: 'SplitPerson',
  data: { registerId, personId, nameForms, reason, decidedOn },
});
const wasSplit = (
  personId: string,
  nameForms: string[],
  newPersonId: string,
  reason = 'Two councillors of the same name',
): PersonRegisterEvent => ({
  type: 'PersonSplit',
  data: { registerId, personId, nameForms, newPersonId, reason, decidedOn },
});

describe('the register of who is who', () => {
  describe('merging two people', () => {
    it('is recorded with its reason, on a register with no history', () => {
      given().when(merge('quarrie.i', 'quarrie.id')).then(merged('quarrie.i', 'quarrie.id'));
    });

    it('is refused for one person with itself', () => {
      given().when(merge('quarrie.id', 'quarrie.id')).thenFails('PERSON_MERGED_WITH_ITSELF');
    });

    it('is refused for a person already merged into someone else', () => {
      given(merged('quarrie.i', 'quarrie.id')).when(merge('quarrie.i', 'tressell.m')).thenFails('PERSON_ALREADY_MERGED');
    });

    it('is refused into a person who was merged, naming the person kept', () => {
      const refusal = given(merged('quarrie.i', 'quarrie.id')).when(merge('tressell.m', 'quarrie.i')).thenFails('PERSON_ALREADY_MERGED');
      expect(refusal.details).toEqual({ personId: 'quarrie.i', mergedInto: 'quarrie.id' });
    });

    it('may make the person kept part of another, so merges chain without a cycle', () => {
      given(merged('quarrie.i', 'quarrie.id')).when(merge('quarrie.id', 'quarrie.ivor')).then(merged('quarrie.id', 'quarrie.ivor'));
      given(merged('quarrie.i', 'quarrie.id')).when(merge('quarrie.id', 'quarrie.i')).thenFails('PERSON_ALREADY_MERGED');
    });

    it('is refused in any register but the one', () => {
      const command = merge('quarrie.i', 'quarrie.id');
      given()
        .when({ ...command, data: { ...command.data, registerId: 'another' } } as PersonRegisterCommand)
        .thenFails('UNKNOWN_REGISTER');
    });

    it.each(['personId', 'intoPersonId', 'reason'])('is refused with a blank %s', (field) => {
      const command = merge('quarrie.i', 'quarrie.id');
      const refusal = given()
        .when({ ...command, data: { ...command.data, [field]: ' ' } } as PersonRegisterCommand)
        .thenFails('BLANK_VALUE');
      expect(refusal.details).toEqual({ field });
    });

    it('is refused on a day that is not a date', () => {
      const command = merge('quarrie.i', 'quarrie.id');
      given()
        .when({ ...command, data: { ...command.data, decidedOn: '2024-02-30' } } as PersonRegisterCommand)
        .thenFails('INVALID_DATE');
    });
  });

  describe('splitting a person', () => {
    it('gives the forms named a new person, numbered from the one split', () => {
      given()
        .when(split('fairlie.a', ['Cllr A. Fairlie']))
        .then(wasSplit('fairlie.a', ['Cllr A. Fairlie'], 'fairlie.a.2'));
      given(wasSplit('fairlie.a', ['Cllr A. Fairlie'], 'fairlie.a.2'))
        .when(split('fairlie.a', ['A. Fairlie']))
        .then(wasSplit('fairlie.a', ['A. Fairlie'], 'fairlie.a.3'));
    });

    it("counts only that person's own splits, whoever else a form was split from", () => {
      given(wasSplit('fairlie.e', ['Cllr A. Fairlie'], 'fairlie.e.2'))
        .when(split('fairlie.a', ['Cllr A. Fairlie']))
        .then(wasSplit('fairlie.a', ['Cllr A. Fairlie'], 'fairlie.a.2'));
    });

    it('names each form once', () => {
      given()
        .when(split('fairlie.a', ['A. Fairlie', 'A. Fairlie']))
        .then(wasSplit('fairlie.a', ['A. Fairlie'], 'fairlie.a.2'));
    });

    it('is refused without a form of the name', () => {
      given().when(split('fairlie.a', [])).thenFails('NO_NAME_FORMS');
    });

    it('is refused with a blank form', () => {
      const refusal = given()
        .when(split('fairlie.a', ['A. Fairlie', '']))
        .thenFails('BLANK_VALUE');
      expect(refusal.details).toEqual({ field: 'nameForms[1]' });
    });

    it('is refused for a form already split from that person', () => {
      given(wasSplit('fairlie.a', ['Cllr A. Fairlie'], 'fairlie.a.2'))
        .when(split('fairlie.a', ['Cllr A. Fairlie']))
        .thenFails('NAME_FORM_ALREADY_SPLIT');
    });

    it('is refused for a person merged into another', () => {
      given(merged('fairlie.a', 'fairlie.alan'))
        .when(split('fairlie.a', ['A. Fairlie']))
        .thenFails('PERSON_ALREADY_MERGED');
    });
  });
});
