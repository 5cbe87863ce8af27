import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OfficeEnum } from '../platform/graphql/enums/office.enum';
import { DecisionLink } from '../shared/decision-link.model';

export enum OfficeEvidenceValue {
  ELECTED = 'elected',
  APPOINTED = 'appointed',
  ATTESTED = 'attested',
  NOT_RECORDED = 'not-recorded',
}
registerEnumType(OfficeEvidenceValue, {
  name: 'OfficeEvidence',
  description: 'What the ledger holds as evidence of who held an office on a date.',
  valuesMap: {
    ELECTED: { description: 'A resolution elected them for a term that was running on the date (electedBy).' },
    APPOINTED: { description: 'They held it by virtue of a post, for a term running on the date (appointedBy).' },
    ATTESTED: {
      description:
        'No election covers the date, but the minutes of a meeting held that day name them in the chair (attestedBy), and not as its vice or deputy chair.',
    },
    NOT_RECORDED: {
      description:
        'The ledger holds no election, appointment or minutes naming a holder for the date: unknown, which is not the same as vacant.',
    },
  },
});

@ObjectType({
  description: 'Minutes naming who was in the chair: "Mr. I. D. Ould OBE CC in the Chair", "The Chairman Mr. C. Pugsley CC …".',
})
export class ChairAttestation {
  @Field(() => ID, { description: 'The meeting whose minutes name them.' }) meetingId: string;
  @Field({ description: 'The day of that meeting.' }) heldOn: string;
  @Field({ nullable: true, description: 'The item whose minute names them; null when not recorded.' }) itemNumber?: string;
  @Field({ nullable: true, description: "The minutes' words, as printed; null when not recorded." }) wording?: string;
}

@ObjectType({ description: 'Who held an office of a body on a date, and on what evidence; never a guess.' })
export class OfficeholderOnDate {
  @Field(() => OfficeEnum, { description: 'The office asked about.' }) office: string;
  @Field({ description: 'The date asked about (YYYY-MM-DD).' }) onDate: string;
  @Field(() => OfficeEvidenceValue, { description: 'The evidence behind the answer; NOT_RECORDED when there is none.' })
  evidence: OfficeEvidenceValue;
  @Field({ nullable: true, description: 'The holder as the record names them; null when not recorded.' }) holder?: string;
  @Field({ nullable: true, description: 'The municipal year of the term, when elected or appointed.' }) term?: string;
  @Field({
    nullable: true,
    description:
      'The last day the ledger holds that term to run (30 April after the municipal year, unless a later election ended it sooner).',
  })
  termEndsBy?: string;
  @Field(() => DecisionLink, { nullable: true, description: 'The resolution that elected them, when elected.' }) electedBy?: DecisionLink;
  @Field({ nullable: true, description: 'The post by virtue of which they held it, when appointed.' }) appointedBy?: string;
  @Field(() => ChairAttestation, { nullable: true, description: 'The minutes that name them, when attested.' })
  attestedBy?: ChairAttestation;
  @Field({ description: 'The answer in a sentence, saying what is not known.' }) explanation: string;
}

@ObjectType({
  description:
    'What the ledger holds of a body: which of its meetings, from when to when. An answer about a date outside these meetings, or about facts they do not record, is "not recorded", not "none".',
})
export class BodyRecordView {
  @Field(() => [String], { description: 'The days of the meetings recorded, oldest first (YYYY-MM-DD).' }) meetingDays: string[];
  @Field({ nullable: true, description: 'The first meeting recorded; null when none is.' }) firstMeetingHeldOn?: string;
  @Field({ nullable: true, description: 'The last meeting recorded; null when none is.' }) lastMeetingHeldOn?: string;
  @Field({
    description:
      'Always false for now: the ledger records admissions and withdrawals decided at the meetings it holds, not a full list of members, so an empty members list means none recorded, not none.',
  })
  membershipComplete: boolean;
  @Field({ description: 'What the record covers, in a sentence.' }) explanation: string;
}
