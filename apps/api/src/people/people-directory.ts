import { Injectable } from '@nestjs/common';
import { identifyPeople, type PeopleIdentified, type PersonIdentity } from '@ledger/domain';
import { PeopleRepository } from './people.repository';
import type { Person } from './person.model';

export const toPerson = (identity: PersonIdentity): Person => ({
  personId: identity.personId,
  displayName: identity.displayName,
  nameForms: [...identity.nameForms],
  honorifics: [...identity.honorifics],
  postNominals: [...identity.postNominals],
  matchedBecause: [...identity.because],
});

type Directory = PeopleIdentified & { readonly byId: ReadonlyMap<string, PersonIdentity> };

/**
 * Who is who, worked out once per request from every name the records print and the register of
 * the clerk's decisions, so that every person a query reaches is the same person.
 */
@Injectable()
export class PeopleDirectory {
  private readonly perRequest = new WeakMap<object, Promise<Directory>>();

  constructor(private readonly repository: PeopleRepository) {}

  for(context: object): Promise<Directory> {
    let people = this.perRequest.get(context);
    if (!people) {
      // Indexed once, so a page naming many people looks each one up rather than searching them all.
      people = Promise.all([this.repository.names(), this.repository.register()]).then(([names, register]) => {
        const identified = identifyPeople(names, register);
        return { ...identified, byId: new Map(identified.people.map((identity) => [identity.personId, identity])) };
      });
      this.perRequest.set(context, people);
    }
    return people;
  }

  async byId(context: object, personId: string): Promise<Person | null> {
    const found = (await this.for(context)).byId.get(personId);
    return found ? toPerson(found) : null;
  }

  /** The person a printed name is; null when it is not a person's name or the records do not hold it. */
  async named(context: object, name: string): Promise<Person | null> {
    const personId = (await this.for(context)).personOf(name);
    return personId === undefined ? null : this.byId(context, personId);
  }
}
