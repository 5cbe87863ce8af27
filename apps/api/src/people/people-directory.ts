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

/**
 * Who is who, worked out once per request from every name the records print and the register of
 * the clerk's decisions, so that every person a query reaches is the same person.
 */
@Injectable()
export class PeopleDirectory {
  private readonly perRequest = new WeakMap<object, Promise<PeopleIdentified>>();

  constructor(private readonly repository: PeopleRepository) {}

  for(context: object): Promise<PeopleIdentified> {
    let people = this.perRequest.get(context);
    if (!people) {
      people = Promise.all([this.repository.names(), this.repository.register()]).then(([names, register]) =>
        identifyPeople(names, register),
      );
      this.perRequest.set(context, people);
    }
    return people;
  }

  async byId(context: object, personId: string): Promise<Person | null> {
    const found = (await this.for(context)).people.find((identity) => identity.personId === personId);
    return found ? toPerson(found) : null;
  }

  /** The person a printed name is; null when it is not a person's name or the records do not hold it. */
  async named(context: object, name: string): Promise<Person | null> {
    const personId = (await this.for(context)).personOf(name);
    return personId === undefined ? null : this.byId(context, personId);
  }
}
