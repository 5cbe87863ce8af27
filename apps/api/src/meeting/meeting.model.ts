import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ScheduledMeeting } from '@ledger/domain';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Cited } from '../shared/citation';
import { ListConnectionOf } from '../shared/list-connection';
import { AgendaItemKindEnum } from '../platform/graphql/enums/agenda-item-kind.enum';
import { DecisionKindEnum } from '../platform/graphql/enums/decision-kind.enum';
import { InterestNatureEnum } from '../platform/graphql/enums/interest-nature.enum';
import { DeclarationScopeEnum } from '../platform/graphql/enums/declaration-scope.enum';

export enum MeetingStatusValue {
  SCHEDULED = 'scheduled',
  HELD = 'held',
  CANCELLED = 'cancelled',
}
registerEnumType(MeetingStatusValue, {
  name: 'MeetingStatus',
  description: 'scheduled (nothing recorded yet), held (business recorded) or cancelled.',
  valuesMap: {
    SCHEDULED: { description: 'Scheduled: no business recorded yet.' },
    HELD: { description: 'Held: business has been recorded.' },
    CANCELLED: { description: 'Cancelled.' },
  },
});

export enum ItemOrderValue {
  BUSINESS = 'business',
  AGENDA = 'agenda',
}
registerEnumType(ItemOrderValue, {
  name: 'ItemOrder',
  description: 'The order of business actually followed (when varied), or the order of the published agenda.',
  valuesMap: {
    BUSINESS: { description: 'The order in which the business was actually taken.' },
    AGENDA: { description: 'The order of the published agenda.' },
  },
});

@ObjectType({ description: 'A meeting of a body, with its agenda, minutes and resolutions.' })
export class Meeting {
  @Field(() => ID, { description: 'The meeting id: the body id and the date, e.g. lscsb-2019-06-14.' }) meetingId: string;
  @Field(() => ID, { description: 'The body that met.' }) bodyId: string;
  @Field({
    nullable: true,
    description:
      'When it started, with its UTC offset; null when the ledger does not know the time (its source gave only the day): see notRecorded.',
  })
  startsAt?: string;
  @Field({ description: 'The local date it was held on (YYYY-MM-DD).' }) heldOn: string;
  @Field(() => [String], {
    description:
      'The facts of the meeting the ledger does not know because its source did not state them: any of startsAt, location, contactOfficer. Each is null here; the ledger never fills one with a guess.',
  })
  notRecorded: string[];
  @Field(() => MeetingStatusValue, { description: 'Scheduled, held or cancelled.' }) status: MeetingStatusValue;
  @Field({ nullable: true, description: 'Why it was cancelled.' }) cancellationReason?: string;
  @Field({ nullable: true, description: 'When it closed, if recorded.' }) endedAt?: string;

  state: ScheduledMeeting;
  asRecordedAt?: Date;
}

@ObjectType({ description: 'Where a meeting took place: a venue, or a platform such as Microsoft Teams.' })
export class MeetingLocationView {
  @Field({ description: 'venue or online.' }) kind: string;
  @Field({ nullable: true, description: 'The venue, for a meeting held in a room, e.g. Sparkenhoe Committee Room, County Hall.' })
  venue?: string;
  @Field({ nullable: true, description: 'The platform, for a meeting held online, e.g. Microsoft Teams.' }) platform?: string;
}

@ObjectType({ description: 'The officer to contact about a meeting.' })
export class ContactOfficerView {
  @Field({ description: "The officer's name." }) name: string;
  @Field({ nullable: true, description: "The officer's telephone number, when published." }) telephone?: string;
  @Field({ nullable: true, description: "The officer's email address, when published." }) email?: string;
}

@ObjectType({ description: 'A person at (or sending apologies to) a meeting.' })
export class AttendeeView {
  @Field({ description: "The person's name, e.g. Cllr. Mrs. Smith." }) name: string;
  @Field({ nullable: true, description: 'The role they attended in, when recorded.' }) role?: string;
  @Field({ nullable: true, description: 'The organisation they represented, when recorded.' }) organisation?: string;
}

@ObjectType({ description: 'Who was present, who sent apologies, and who attended without being a member.' })
export class AttendanceView {
  @Field(() => [AttendeeView], { description: 'Members present.' }) present: AttendeeView[];
  @Field(() => [AttendeeView], { description: 'Members who sent apologies.' }) apologies: AttendeeView[];
  @Field(() => [AttendeeView], { description: 'Officers and others in attendance who are not members.' }) inAttendance: AttendeeView[];
}

@ObjectType({ description: 'Who chaired the meeting, from which item.' })
export class MeetingChairView {
  @Field({ description: 'The name of the person in the chair.' }) chair: string;
  @Field({ nullable: true, description: 'The item from which they took the chair; null: from the start.' }) fromItemNumber?: string;
}

@ObjectType({ description: 'A declaration of interest.' })
export class DeclarationView {
  @Field({ description: 'The member who declared the interest.' }) member: string;
  @Field({ nullable: true, description: 'The item the interest is in; null when it is not one item of the meeting (see concerning).' })
  concerningItemNumber?: string;
  @Field(() => DeclarationScopeEnum, {
    nullable: true,
    description: 'What the interest is in when it is not one item: all items, an item not on this page, or not stated.',
  })
  concerning?: string;
  @Field({ nullable: true, description: 'The item as the minutes name it, when it is not in these minutes.' }) concerningAsPrinted?: string;
  @Field(() => InterestNatureEnum, { description: 'The nature of the interest.' }) nature: string;
  @Field({ nullable: true, description: 'What the interest is, as the minutes said.' }) detail?: string;
  @Field({ description: 'The item under which it was declared.' }) declaredUnderItemNumber: string;
}

export const DeclarationConnection = ListConnectionOf(
  DeclarationView,
  'DeclarationConnection',
  'Declarations of interest, a page at a time.',
);

@ObjectType({ description: 'The press and public excluded for items, under Schedule 12A.' })
export class ExclusionView {
  @Field({ description: 'The item that resolved to exclude them.' }) itemNumber: string;
  @Field(() => [String], { description: 'The items they were excluded for; empty when the minutes name business they do not record.' })
  forItemNumbers: string[];
  @Field({
    nullable: true,
    description:
      'The business excluded for, in the words of the minutes ("the following item of business"), when it is not among the recorded items; null when the items are named.',
  })
  forBusinessAsPrinted?: string;
  @Field({ description: 'The statutory basis, e.g. section 100(A)(4) of the Local Government Act 1972.' }) legalBasis: string;
  @Field(() => [Int], { description: 'The paragraphs of Schedule 12A cited.' }) paragraphs: number[];
}

@ObjectType({ description: 'A numbered point of a minute, (i), (ii) …' })
export class MinutePointView {
  @Field({ description: "The point's label, e.g. iii." }) label: string;
  @Field({ description: 'The text as it now stands (corrected, if a correction was confirmed).' }) text: string;
  @Field({ nullable: true, description: 'The text as first recorded, when it has been corrected.' }) originalText?: string;
}

@ObjectType({ description: "A correction made to this meeting's minutes when a later meeting confirmed them." })
export class CorrectionView {
  @Field({ description: 'The item whose minute was corrected.' }) itemNumber: string;
  @Field({ nullable: true, description: 'The numbered point corrected, e.g. iii; null for the whole minute.' }) point?: string;
  @Field(() => Int, {
    nullable: true,
    description: 'The paragraph of the minute the correction names, counted from 1 as printed; null when it names none.',
  })
  paragraph?: number;
  @Field({ description: 'The text as first recorded.' }) originalText: string;
  @Field({ description: 'The text as corrected.' }) correctedText: string;
  @Field({
    nullable: true,
    description: 'The words of the minute the correction replaces, as the confirming minutes name them; null when they named none.',
  })
  replacedText?: string;
  @Field({ description: 'The date of the confirming meeting.' }) correctedOn: string;
  @Field(() => ID, { description: 'The meeting that confirmed the minutes subject to this correction.' }) confirmedAtMeetingId: string;
  @Field({ description: 'The item of that meeting.' }) confirmedAtItemNumber: string;
}

@ObjectType({ description: 'A person who presented an item, or was listed to, as the minutes or agenda name them.' })
export class PresenterView {
  @Field({ description: 'The name as printed, e.g. Millicent Gant.' }) name: string;
  @Field({ nullable: true, description: 'The role printed with the name; null when none was printed.' }) role?: string;
}

@ObjectType({ description: 'The minute of an item: discussion paragraphs and numbered points.' })
export class MinuteView {
  @Field({
    description:
      'True when the source printed only the start of the minute ("… view the full minutes text"): the text here is what it showed, and the rest is not known to the ledger.',
  })
  truncatedAtSource: boolean;
  @Field({ description: 'True when the source (a public minutes page) published this text, so it is public even for an exempt item.' })
  publishedAtSource: boolean;
  @Field(() => [String], {
    description:
      'Paragraphs as recorded. A correction that names no numbered point does not say which sentence it replaces, so it is listed in corrections beside them, never written over the minute.',
  })
  paragraphs: string[];
  @Field(() => [String], {
    description:
      'The paragraphs as they read once corrections that name the words they replace are applied (each in the paragraph holding those words); the same as paragraphs when no correction names its words.',
  })
  paragraphsAsCorrected: string[];
  @Field(() => [MinutePointView], { description: 'The numbered points, in order.' }) points: MinutePointView[];
  @Field(() => [CorrectionView], { description: 'Corrections made to this minute, with the original and corrected text side by side.' })
  corrections: CorrectionView[];
}

@ObjectType({ description: 'A part of a resolution: what the board decided.' })
export class ResolutionPartView {
  @Field({ nullable: true, description: 'a, b, c …, i, ii … or 1, 2 … as printed; null for an unlabelled resolution.' }) label?: string;
  @Field(() => DecisionKindEnum, { description: 'What kind of decision it is: noted, approved, requested, deferred …' }) kind: string;
  @Field({ description: 'The words of the part, after "That".' }) text: string;
  @Field({
    description:
      'True when the source printed only the start of this part ("… view the full minutes text"): the text is what it showed; what followed is not known to the ledger.',
  })
  truncatedAtSource: boolean;
  @Field(() => [GraphQLJSONObject], { description: 'What the decision set in motion (admissions, renamings, requests …).' })
  effects: object[];
  @Field(() => ID, {
    description: 'A stable id: the meeting, the item number and the label, e.g. lscsb-2018-12-10/36/b (…/resolution when unlabelled).',
  })
  partId: string;

  meetingId: string;
  itemNumber: string;
  bodyId: string;
  cited: Cited;
}

@ObjectType({ description: 'An item of business.' })
export class AgendaItemView {
  @Field(() => ID, { description: 'A stable id: the meeting and the item number, e.g. lscsb-2018-12-10/36.' }) itemId: string;
  @Field({
    description:
      'The number the item is cited by: the minute number the minutes print beside it (minute 36), or its agenda number when they print none.',
  })
  number: string;
  @Field({ nullable: true, description: 'The minute number printed in the minutes, when it differs from number (older records).' })
  minuteNumber?: string;
  @Field({
    nullable: true,
    description:
      'Its number on the published agenda ("Agenda Item 8"), when the item is cited by a printed minute number (number) that differs.',
  })
  agendaNumber?: string;
  @Field({ description: 'The item title as published.' }) title: string;
  @Field(() => AgendaItemKindEnum, { description: 'What kind of business the item is.' }) kind: string;
  @Field({ nullable: true, description: 'The title of the report considered, when there was one.' }) reportTitle?: string;
  @Field({ nullable: true, description: 'The size of the published report, in kilobytes.' }) reportSizeKb?: number;
  @Field({
    nullable: true,
    description:
      'Who the agenda listed to present the item (what was planned); null when the agenda names nobody. Who actually presented is presentedBy, from the minutes.',
  })
  presenterName?: string;
  @Field({ nullable: true, description: "The role printed with the agenda's listed presenter; null when none." }) presenterRole?: string;
  @Field(() => [PresenterView], {
    nullable: true,
    description:
      'Who presented the item, as the minutes record it ("received a presentation from …", "was presented by …"). Null when the minutes do not say: not recorded, which is not the same as nobody.',
  })
  presentedBy?: PresenterView[];
  @Field(() => [PresenterView], {
    description: 'Listed presenters the minutes record as unable to attend; empty when the minutes record none.',
  })
  unableToAttend: PresenterView[];
  @Field({ description: 'Exempt information under Schedule 12A: the press and public may be excluded.' }) exempt: boolean;
  @Field(() => [Int], { description: 'The Schedule 12A paragraphs, when exempt.' }) exemptParagraphs: number[];
  @Field({ nullable: true, description: 'Why it was withdrawn, if it was.' }) withdrawnReason?: string;
  @Field(() => Int, { description: 'Its place in the published agenda, from 1.' }) agendaPosition: number;
  @Field(() => Int, { description: 'Its place in the order of business followed, from 1.' }) businessPosition: number;
  @Field(() => MinuteView, { nullable: true, description: 'What the minutes record for the item; null when nothing was recorded.' })
  minute?: MinuteView;
  @Field(() => [ResolutionPartView], { description: 'The resolution, part by part; empty when none.' }) resolution: ResolutionPartView[];

  bodyId: string;
  cited: Cited;
}

@ObjectType({ description: 'Whether a later meeting has confirmed these minutes.' })
export class MinutesConfirmationView {
  @Field({ description: 'True once a later meeting has confirmed the minutes as a correct record.' }) confirmed: boolean;
  @Field(() => ID, { nullable: true, description: 'The meeting that confirmed them.' }) confirmedAtMeetingId?: string;
  @Field({ nullable: true, description: 'The item of that meeting under which they were confirmed.' }) confirmedAtItemNumber?: string;
  @Field(() => [CorrectionView], { description: 'Corrections the confirmation was made subject to; empty when confirmed as they stood.' })
  corrections: CorrectionView[];
  @Field(() => [AttendanceCorrectionView], {
    description:
      'Amendments of the record of who attended the confirmation was made subject to; empty when none. The attendance as first recorded is unchanged.',
  })
  attendanceCorrections: AttendanceCorrectionView[];
}

@ObjectType({ description: "An amendment of a meeting's record of who attended, made when a later meeting confirmed its minutes." })
export class AttendanceCorrectionView {
  @Field({ description: "The amendment, in the confirming minutes' words." }) correctedText: string;
  @Field({ description: 'The date of the confirming meeting.' }) correctedOn: string;
  @Field(() => ID, { description: 'The meeting that confirmed the minutes subject to this amendment.' }) confirmedAtMeetingId: string;
  @Field({ description: 'The item of that meeting.' }) confirmedAtItemNumber: string;
}

@ObjectType({ description: "A correction of an earlier meeting's minutes, as the confirming minutes state it." })
export class CorrectionStatedView {
  @Field({ description: 'The minute corrected, by the number the earlier minutes print (e.g. 11).' }) itemNumber: string;
  @Field({ nullable: true, description: 'The numbered point corrected, e.g. iii; null for the minute as a whole.' }) point?: string;
  @Field(() => Int, {
    nullable: true,
    description: 'The paragraph of the minute the correction names, counted from 1 as printed; null when it names none.',
  })
  paragraph?: number;
  @Field({ description: 'The corrected statement.' }) correctedText: string;
  @Field({ nullable: true, description: 'The words it replaces, when the minutes name them; null otherwise.' }) replacedText?: string;
}

@ObjectType({ description: 'Earlier minutes this meeting confirmed as a correct record, under one of its items.' })
export class ConfirmationGivenView {
  @Field({ description: 'The item of this meeting that confirmed them.' }) itemNumber: string;
  @Field(() => ID, { description: 'The earlier meeting.' }) previousMeetingId: string;
  @Field({ description: 'The day the earlier meeting was held.' }) previousMeetingHeldOn: string;
  @Field(() => [CorrectionStatedView], { description: 'The corrections the confirmation was subject to; empty when none.' })
  corrections: CorrectionStatedView[];
  @Field(() => [String], {
    description:
      "Amendments of the earlier meeting's attendance list the confirmation was subject to, in the minutes' words; empty when none.",
  })
  attendanceCorrections: string[];
  @Field({
    description:
      'Whether the ledger holds the earlier meeting. When false, the corrections wait, recorded here, until its minutes are recorded; they are then applied beside (never over) the original text.',
  })
  previousMeetingRecorded: boolean;
}
