/** The lists a body offers, by the path segment they are served under. */
export const BODY_LISTS = {
  organization: 'organizations',
  person: 'people',
  meeting: 'meetings',
  paper: 'papers',
  agendaItem: 'agenda-items',
  consultation: 'consultations',
  file: 'files',
  locationList: 'locations',
  legislativeTermList: 'legislative-terms',
  membership: 'memberships',
} as const;

export type BodyList = keyof typeof BODY_LISTS;

const part = encodeURIComponent;

/**
 * Every OParl object's canonical address. Each record is reached under its body, so an address says
 * which body's graph holds it; nothing in it can change once recorded (ids, numbers as printed, hashes).
 */
export class OParlUrls {
  constructor(readonly system: string) {}

  get bodies(): string {
    return `${this.system}/bodies`;
  }

  body(bodyId: string): string {
    return `${this.bodies}/${part(bodyId)}`;
  }

  list(bodyId: string, list: BodyList): string {
    return `${this.body(bodyId)}/${BODY_LISTS[list]}`;
  }

  board(bodyId: string): string {
    return `${this.list(bodyId, 'organization')}/board`;
  }

  memberOrganisation(bodyId: string, organisationId: string): string {
    return `${this.list(bodyId, 'organization')}/member-${part(organisationId)}`;
  }

  person(bodyId: string, personId: string): string {
    return `${this.list(bodyId, 'person')}/${part(personId)}`;
  }

  membership(bodyId: string, key: string): string {
    return `${this.list(bodyId, 'membership')}/${part(key)}`;
  }

  legislativeTerm(bodyId: string, term: string): string {
    return `${this.list(bodyId, 'legislativeTermList')}/${part(term.replace('/', '-'))}`;
  }

  meeting(bodyId: string, meetingId: string): string {
    return `${this.list(bodyId, 'meeting')}/${part(meetingId)}`;
  }

  agendaItem(bodyId: string, meetingId: string, itemNumber: string): string {
    return `${this.list(bodyId, 'agendaItem')}/${part(meetingId)}/${part(itemNumber)}`;
  }

  paper(bodyId: string, meetingId: string, itemNumber: string): string {
    return `${this.list(bodyId, 'paper')}/${part(meetingId)}/${part(itemNumber)}`;
  }

  consultation(bodyId: string, meetingId: string, itemNumber: string): string {
    return `${this.list(bodyId, 'consultation')}/${part(meetingId)}/${part(itemNumber)}`;
  }

  file(bodyId: string, meetingId: string, sha256: string): string {
    return `${this.list(bodyId, 'file')}/${part(meetingId)}/${sha256}`;
  }

  location(bodyId: string, meetingId: string): string {
    return `${this.list(bodyId, 'locationList')}/${part(meetingId)}`;
  }
}
