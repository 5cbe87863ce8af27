import type { Decider } from '../shared/decider';
import { InvalidValue, violation } from '../shared/domain-error';
import { assertNever, unhandledEvent } from '../shared/message';
import { requireDate, requireText, type IsoDate } from '../shared/values';
import type { PersonRegisterCommand } from './person-register.commands';
import type { PersonRegisterEvent } from './person-register.events';

/** The one register of who is who; its stream is `people-register`. */
export const PEOPLE_REGISTER = 'register';

export interface PersonMerge {
  readonly personId: string;
  readonly intoPersonId: string;
  readonly reason: string;
  readonly decidedOn: IsoDate;
}

export interface PersonSplitting {
  readonly personId: string;
  readonly nameForms: readonly string[];
  readonly newPersonId: string;
  readonly reason: string;
  readonly decidedOn: IsoDate;
}

/** The clerk's corrections of the matching, in the order they were decided. */
export interface PersonRegisterState {
  readonly merges: readonly PersonMerge[];
  readonly splits: readonly PersonSplitting[];
}

export const initialPersonRegisterState: PersonRegisterState = { merges: [], splits: [] };

export function decidePersonRegister(command: PersonRegisterCommand, state: PersonRegisterState): PersonRegisterEvent[] {
  const { registerId, personId, reason, decidedOn } = command.data;
  if (registerId !== PEOPLE_REGISTER) {
    throw new InvalidValue('UNKNOWN_REGISTER', 'registerId', `The register of people is "${PEOPLE_REGISTER}", not "${String(registerId)}"`);
  }
  requireText('personId', personId);
  requireText('reason', reason);
  requireDate('decidedOn', decidedOn);
  const mergedInto = (id: string) => state.merges.find((merge) => merge.personId === id)?.intoPersonId;
  const refuseIfMerged = (id: string) => {
    const into = mergedInto(id);
    if (into !== undefined) {
      throw violation('PERSON_ALREADY_MERGED', `${id} was merged into ${into}: act on ${into} instead`, { personId: id, mergedInto: into });
    }
  };

  switch (command.type) {
    case 'MergePersons': {
      const { intoPersonId } = command.data;
      requireText('intoPersonId', intoPersonId);
      if (intoPersonId === personId) throw violation('PERSON_MERGED_WITH_ITSELF', `${personId} cannot be merged into itself`);
      // Both must still stand: merges then form trees, never a cycle.
      refuseIfMerged(personId);
      refuseIfMerged(intoPersonId);
      return [{ type: 'PersonsMerged', data: { registerId, personId, intoPersonId, reason, decidedOn } }];
    }
    case 'SplitPerson': {
      const { nameForms } = command.data;
      if (!Array.isArray(nameForms) || nameForms.length === 0) {
        throw violation('NO_NAME_FORMS', `Name the forms of ${personId}'s name that belong to someone else`);
      }
      nameForms.forEach((form, index) => requireText(`nameForms[${index}]`, form));
      refuseIfMerged(personId);
      const earlier = state.splits.filter((split) => split.personId === personId);
      const again = nameForms.find((form) => earlier.some((split) => split.nameForms.includes(form)));
      if (again !== undefined) {
        throw violation('NAME_FORM_ALREADY_SPLIT', `"${again}" was already split from ${personId}`, { nameForm: again });
      }
      // The new person's id follows from the one split, so the same decisions always give the same ids.
      const newPersonId = `${personId}.${earlier.length + 2}`;
      return [{ type: 'PersonSplit', data: { registerId, personId, nameForms: [...new Set(nameForms)], newPersonId, reason, decidedOn } }];
    }
    default:
      return assertNever(command);
  }
}

export function evolvePersonRegister(state: PersonRegisterState, event: PersonRegisterEvent): PersonRegisterState {
  switch (event.type) {
    case 'PersonsMerged': {
      const { personId, intoPersonId, reason, decidedOn } = event.data;
      return { ...state, merges: [...state.merges, { personId, intoPersonId, reason, decidedOn }] };
    }
    case 'PersonSplit': {
      const { personId, nameForms, newPersonId, reason, decidedOn } = event.data;
      return { ...state, splits: [...state.splits, { personId, nameForms, newPersonId, reason, decidedOn }] };
    }
    default:
      return unhandledEvent(event, state);
  }
}

export const personRegisterDecider: Decider<PersonRegisterCommand, PersonRegisterEvent, PersonRegisterState> = {
  decide: decidePersonRegister,
  evolve: evolvePersonRegister,
  initialState: initialPersonRegisterState,
};
