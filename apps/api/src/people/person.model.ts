import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DeclarationScopeEnum } from '../platform/graphql/enums/declaration-scope.enum';
import { InterestNatureEnum } from '../platform/graphql/enums/interest-nature.enum';
import { OfficeEnum } from '../platform/graphql/enums/office.enum';
import { DecisionLink } from '../shared/decision-link.model';
import { ListConnectionOf } from '../shared/list-connection';

@ObjectType({
  description:
    'A person the records name: the forms of their name as printed, matched by surname and initials and corrected by the clerk (mergePersons, splitPerson), with why.',
})
export class Person {
  @Field(() => ID, { description: 'A stable id, from the surname and initials (e.g. quarrie.id), or given by a split.' }) personId: string;
  @Field({ description: 'The fullest form of the name, without titles or letters after it.' }) displayName: string;
  @Field(() => [String], { description: 'Every form of the name the records print, exactly as printed.' }) nameForms: string[];
  @Field(() => [String], { description: 'Titles and ranks printed before the name (Mr, Cllr, Supt), each once.' }) honorifics: string[];
  @Field(() => [String], { description: 'Letters printed after the name (OBE, CC), each once.' }) postNominals: string[];
  @Field(() => [String], { description: "Why these forms are one person: the matching, then each clerk's decision, in order." })
  matchedBecause: string[];
}

/** Where a meeting's record names a person: the fields every such entry has. */
@ObjectType({ isAbstract: true })
export class PersonAtMeeting {
  @Field(() => ID, { description: 'The meeting.' }) meetingId: string;
  @Field(() => ID, { description: 'The body whose meeting it was.' }) bodyId: string;
  @Field({ description: 'The day it was held (YYYY-MM-DD).' }) heldOn: string;
  @Field({ description: 'The name as this record prints it.' }) nameAsPrinted: string;
}

export enum AttendanceCapacityValue {
  PRESENT = 'present',
  APOLOGIES = 'apologies',
  IN_ATTENDANCE = 'in-attendance',
}
registerEnumType(AttendanceCapacityValue, {
  name: 'AttendanceCapacity',
  description: "How the minutes' list of attendance names a person.",
  valuesMap: {
    PRESENT: { description: 'Among the members present.' },
    APOLOGIES: { description: 'Among those who sent apologies.' },
    IN_ATTENDANCE: { description: 'In attendance without being a member (officers, guests).' },
  },
});

@ObjectType({ description: "A meeting's list of attendance naming a person." })
export class PersonAttendance extends PersonAtMeeting {
  @Field(() => AttendanceCapacityValue, { description: 'Present, sending apologies, or in attendance.' }) as: AttendanceCapacityValue;
  @Field({ nullable: true, description: 'The role printed with the name; null when none was.' }) role?: string;
  @Field({ nullable: true, description: 'The organisation printed with the name; null when none was.' }) organisation?: string;
}

@ObjectType({ description: 'A declaration of interest a person made.' })
export class PersonDeclaration extends PersonAtMeeting {
  @Field({ description: 'The item under which it was declared.' }) declaredUnderItemNumber: string;
  @Field({ nullable: true, description: 'The item the interest is in; null when it is not one item of the meeting.' })
  concerningItemNumber?: string;
  @Field(() => DeclarationScopeEnum, { nullable: true, description: 'What the interest is in when it is not one item.' })
  concerning?: string;
  @Field({ nullable: true, description: 'The item as the minutes name it, when it is not in these minutes.' }) concerningAsPrinted?: string;
  @Field(() => InterestNatureEnum, { description: 'The nature of the interest, as the minutes state it (NOT_STATED when they do not).' })
  nature: string;
  @Field({ nullable: true, description: 'What the interest is, as the minutes said.' }) detail?: string;
}

@ObjectType({ description: 'An item a person presented, or was to present and could not attend, as the minutes say.' })
export class PersonPresentation extends PersonAtMeeting {
  @Field({ description: 'The item.' }) itemNumber: string;
  @Field({ description: 'False when the minutes say they were unable to attend.' }) presented: boolean;
  @Field({ nullable: true, description: 'The role printed with the name; null when none was.' }) role?: string;
}

@ObjectType({ description: 'A meeting whose minutes name a person in the chair.' })
export class PersonChairing extends PersonAtMeeting {
  @Field({ nullable: true, description: 'The item from which they took the chair; null: from the start, or not recorded.' })
  fromItemNumber?: string;
  @Field({ nullable: true, description: "The minutes' words, as printed; null when not recorded." }) wording?: string;
}

@ObjectType({ description: 'An office of a body a person held.' })
export class PersonOffice {
  @Field(() => ID, { description: 'The body.' }) bodyId: string;
  @Field(() => OfficeEnum, { description: 'The office.' }) office: string;
  @Field({ description: 'The municipal year, e.g. 2019/20.' }) term: string;
  @Field({ description: 'In office from this date.' }) from: string;
  @Field({ nullable: true, description: 'In office until the day before this date, when the record says the tenure ended.' })
  until?: string;
  @Field({ description: 'The last day the ledger holds the term to run (30 April after the municipal year).' }) termEndsBy: string;
  @Field(() => DecisionLink, { nullable: true, description: 'The resolution that elected them; null when appointed.' })
  electedBy?: DecisionLink;
  @Field({ nullable: true, description: 'The post by virtue of which they held it, when appointed.' }) appointedBy?: string;
  @Field({ description: 'The name as the record prints it.' }) nameAsPrinted: string;
}

export const PersonConnection = ListConnectionOf(Person, 'PersonConnection', 'People the records name, by id, a page at a time.');
export const PersonAttendanceConnection = ListConnectionOf(
  PersonAttendance,
  'PersonAttendanceConnection',
  'Meetings a person attended or sent apologies to, oldest first.',
);
export const PersonDeclarationConnection = ListConnectionOf(
  PersonDeclaration,
  'PersonDeclarationConnection',
  'Declarations of interest a person made, across every body, oldest first.',
);
export const PersonPresentationConnection = ListConnectionOf(
  PersonPresentation,
  'PersonPresentationConnection',
  'Items a person presented, oldest first.',
);
export const PersonChairingConnection = ListConnectionOf(
  PersonChairing,
  'PersonChairingConnection',
  'Meetings a person chaired, oldest first.',
);
export const PersonOfficeConnection = ListConnectionOf(PersonOffice, 'PersonOfficeConnection', 'Offices a person held, oldest first.');

@ObjectType({ description: 'An organisation the lists of attendance print with a person, at one body.' })
export class PersonOrganisation {
  @Field({ description: 'The organisation as the latest list printed it.' }) organisation: string;
  @Field(() => ID, { description: 'The body whose meetings they attended for it.' }) bodyId: string;
  @Field({ description: 'The first meeting whose list prints them with it (YYYY-MM-DD).' }) firstOn: string;
  @Field({ description: 'The last meeting whose list prints them with it.' }) lastOn: string;
  @Field(() => Int, { description: 'Meetings whose list prints them with it, present, in attendance or sending apologies.' })
  meetings: number;
}

export const PersonOrganisationConnection = ListConnectionOf(
  PersonOrganisation,
  'PersonOrganisationConnection',
  'Organisations printed with a person, by body, earliest first.',
);

@ObjectType({ description: "A person the lists of attendance print with a member organisation's name while it was a member." })
export class MembershipRepresentative {
  @Field({ description: 'The name as the latest list printed it.' }) nameAsPrinted: string;
  @Field({ description: 'The first meeting whose list prints them for the organisation (YYYY-MM-DD).' }) firstOn: string;
  @Field({ description: 'The last meeting whose list prints them for it.' }) lastOn: string;
  @Field(() => Int, { description: 'Meetings they were present at, or in attendance, for it.' }) attended: number;
  @Field(() => Int, { description: 'Meetings they sent apologies to.' }) apologies: number;
}

export const MembershipRepresentativeConnection = ListConnectionOf(
  MembershipRepresentative,
  'MembershipRepresentativeConnection',
  'People who represented a member organisation, earliest first.',
);
