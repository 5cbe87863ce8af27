/**
 * Every way a command can be refused, with a stable code. The category tells the write side which
 * client-facing error to answer with (BAD_USER_INPUT, DOMAIN_RULE_VIOLATED, NOT_FOUND, CONFLICT);
 * the rule text is what a governance officer would be told the rule is.
 */
export type DomainErrorCategory = 'invalid-value' | 'rule' | 'not-found' | 'conflict';

interface Entry {
  readonly category: DomainErrorCategory;
  readonly rule: string;
}

export const DOMAIN_ERRORS = {
  // Streams
  AGGREGATE_NOT_FOUND: { category: 'not-found', rule: 'Only the creating command may act on a stream that does not exist' },
  AGGREGATE_ALREADY_EXISTS: { category: 'conflict', rule: 'A creating command may not act on a stream that already exists' },

  // Values
  BLANK_VALUE: { category: 'invalid-value', rule: 'Names, titles, texts and reasons may not be blank' },
  INVALID_DATE: { category: 'invalid-value', rule: 'Dates are calendar dates written YYYY-MM-DD' },
  MEETING_ID_OF_ANOTHER_BODY: { category: 'invalid-value', rule: 'A meeting id begins with the id of its body and a hyphen' },
  INVALID_DATE_TIME: { category: 'invalid-value', rule: 'Date-times are ISO 8601 with a UTC offset, e.g. 2019-06-14T10:00:00+01:00' },
  INVALID_TERM: { category: 'invalid-value', rule: 'A term of office is a municipal year such as 2019/20' },
  UNKNOWN_CHOICE: { category: 'invalid-value', rule: 'Offices, item kinds, decision kinds and effects are chosen from their lists' },

  // Body: name
  NAME_UNCHANGED: { category: 'rule', rule: 'A renaming must change the name or the short name' },
  IN_FORCE_DATE_BEFORE_CURRENT_VERSION: {
    category: 'rule',
    rule: 'A new name or ToR version cannot come into force before the one it replaces',
  },
  // Body: members
  MEMBER_ALREADY_ADMITTED: { category: 'rule', rule: 'A member organisation cannot be admitted twice while its membership is in force' },
  MEMBERSHIP_PERIODS_OVERLAP: { category: 'rule', rule: 'A readmission cannot start before the previous membership ended' },
  NOT_A_MEMBER: { category: 'rule', rule: 'Only a current member organisation can be withdrawn' },
  WITHDRAWAL_BEFORE_ADMISSION: { category: 'rule', rule: 'A membership cannot end before it began' },
  // Body: terms of reference
  TOR_VERSION_NOT_NEXT: {
    category: 'rule',
    rule: 'A new version of the terms of reference is numbered one more than the version in force',
  },
  TOR_NOT_ADOPTED: { category: 'rule', rule: 'Terms of reference must be adopted before they can be amended' },
  EMPTY_TERMS_OF_REFERENCE: { category: 'rule', rule: 'Terms of reference have at least one clause' },
  DUPLICATE_CLAUSE_ID: { category: 'rule', rule: 'Clause ids are unique within a version of the terms of reference' },
  UNKNOWN_CLAUSE: { category: 'rule', rule: 'An amendment names clauses of the version in force' },
  CLAUSE_ALREADY_EXISTS: { category: 'rule', rule: 'An inserted clause needs an id the version in force does not use' },
  CLAUSE_AMENDED_TWICE: { category: 'rule', rule: 'One amendment changes each clause at most once' },
  EMPTY_AMENDMENT: { category: 'rule', rule: 'An amendment of the terms of reference changes at least one clause' },
  // Body: offices
  OFFICE_ALREADY_HELD: { category: 'rule', rule: 'An office cannot hold two people for the same term at once' },
  NOT_THE_OFFICEHOLDER: { category: 'rule', rule: 'Only the current holder of an office can leave it' },
  LEAVING_BEFORE_TAKING_OFFICE: { category: 'rule', rule: 'An officeholder cannot leave office before taking it' },
  // Body: schedule
  NO_MEETING_DATES: { category: 'rule', rule: 'An agreed schedule of meetings names at least one date' },
  DUPLICATE_MEETING_DATES: { category: 'rule', rule: 'An agreed schedule of meetings names each date once' },

  // Meeting: lifecycle
  MEETING_CANCELLED: { category: 'rule', rule: 'Nothing can be added to or recorded at a cancelled meeting' },
  MEETING_CLOSED: { category: 'rule', rule: 'The agenda and schedule of a closed meeting cannot change' },
  MEETING_ALREADY_CLOSED: { category: 'rule', rule: 'A meeting closes once' },
  MEETING_NOT_YET_HELD: { category: 'rule', rule: 'What happens at a meeting cannot be recorded before the meeting starts' },
  MEETING_ALREADY_HELD: { category: 'rule', rule: 'A meeting with business recorded cannot be rescheduled or cancelled' },
  RESCHEDULE_CHANGES_NOTHING: { category: 'rule', rule: 'Rescheduling moves a meeting to another time or place' },
  MEETING_ENDS_BEFORE_IT_STARTS: { category: 'rule', rule: 'A meeting closes after it starts' },
  // Meeting: agenda
  ITEM_NUMBER_TAKEN: { category: 'rule', rule: 'An item number (and minute number) is unique within a meeting' },
  ITEM_NOT_ON_AGENDA: { category: 'rule', rule: 'Business is recorded against items on the agenda' },
  ITEM_WITHDRAWN: { category: 'rule', rule: 'A withdrawn item takes no business' },
  ITEM_HAS_BUSINESS: { category: 'rule', rule: 'An item with minutes or a resolution cannot be withdrawn' },
  ITEM_KIND_MISMATCH: {
    category: 'rule',
    rule: 'Confirming minutes, declaring interests, excluding the public and varying the order of business happen under items of that kind',
  },
  ORDER_OF_BUSINESS_MUST_NAME_EVERY_ITEM_ONCE: {
    category: 'rule',
    rule: 'A varied order of business names every item on the agenda exactly once',
  },
  // Meeting: who was there
  ATTENDANCE_ALREADY_RECORDED: { category: 'rule', rule: 'Attendance and apologies are recorded once per meeting' },
  PRESENT_AND_APOLOGISED: { category: 'rule', rule: 'Nobody is both present and giving apologies' },
  DECLARATIONS_CONTRADICT_NONE_MADE: {
    category: 'rule',
    rule: 'Once "no declarations were made" is recorded, no declaration can be added, and vice versa',
  },
  NO_DECLARATIONS_ALREADY_RECORDED: { category: 'rule', rule: 'That no declarations were made is recorded once' },
  DUPLICATE_DECLARATION: { category: 'rule', rule: 'A member declares an interest in an item once' },
  // Meeting: exempt business
  EXEMPT_ITEM_NEEDS_SCHEDULE_12A_PARAGRAPH: {
    category: 'rule',
    rule: 'Exempt business cites at least one of paragraphs 1 to 7 of Schedule 12A',
  },
  UNKNOWN_SCHEDULE_12A_PARAGRAPH: {
    category: 'rule',
    rule: 'Schedule 12A Part 1 has paragraphs 1 to 7 (descriptions) and 8 to 10 (qualifications)',
  },
  // Meeting: minutes and resolutions
  MINUTE_ALREADY_RECORDED: {
    category: 'rule',
    rule: 'A minute is recorded once; later changes are corrections made when the minutes are confirmed',
  },
  PRESENTERS_ALREADY_RECORDED: { category: 'rule', rule: 'Who presented an item is recorded once' },
  NO_PRESENTERS: { category: 'rule', rule: 'A record of who presented an item names at least one person' },
  PRESENTER_ABSENT: { category: 'rule', rule: 'Someone unable to attend did not present' },
  EMPTY_MINUTE: { category: 'rule', rule: 'A minute has some discussion or numbered points' },
  MINUTE_POINTS_OUT_OF_SEQUENCE: { category: 'rule', rule: 'Numbered points of a minute run (i), (ii), (iii) …' },
  ITEM_ALREADY_RESOLVED: { category: 'rule', rule: 'An item takes one resolution' },
  EMPTY_RESOLUTION: { category: 'rule', rule: 'A resolution has at least one part' },
  RESOLUTION_PARTS_OUT_OF_SEQUENCE: {
    category: 'rule',
    rule: 'Parts of a resolution are labelled in sequence, (a), (b) …, (i), (ii) … or 1, 2 …; a lone part may be unlabelled',
  },
  EFFECT_NOT_ALLOWED_FOR_DECISION: {
    category: 'rule',
    rule: 'An effect suits the kind of decision (noting changes nothing; only deferrals defer)',
  },
  DECISION_NEEDS_EFFECT: { category: 'rule', rule: 'An election says who was elected; a deferral says what was deferred' },
  // Meeting: confirmation of minutes
  MINUTES_MUST_BE_CONFIRMED_BY_A_LATER_MEETING: { category: 'rule', rule: 'Minutes are confirmed by a later meeting' },
  MINUTES_CONFIRMED_BY_ANOTHER_BODY: { category: 'rule', rule: 'Minutes are confirmed by a meeting of the same body' },
  MINUTES_ALREADY_CONFIRMED: { category: 'rule', rule: 'Minutes are confirmed once' },
  UNKNOWN_MINUTE_REFERENCE: { category: 'rule', rule: 'A correction names a minute of the meeting whose minutes are confirmed' },
  REPLACED_WORDS_NOT_IN_MINUTE: { category: 'rule', rule: 'Words a correction replaces are words of the minute it names' },

  // Follow-up
  FOLLOW_UP_ALREADY_FULFILLED: { category: 'rule', rule: 'A follow-up is fulfilled once and then cannot be dropped' },
  FOLLOW_UP_ALREADY_DROPPED: { category: 'rule', rule: 'A dropped follow-up cannot be fulfilled or dropped again' },
  FOLLOW_UP_FULFILLED_BY_EARLIER_MEETING: {
    category: 'rule',
    rule: 'A follow-up is fulfilled by an item of a later meeting than the one that raised it',
  },
  FOLLOW_UP_FULFILLED_BY_ANOTHER_BODY: { category: 'rule', rule: 'A follow-up is fulfilled by a meeting of the body that raised it' },

  // Action
  ACTION_ALREADY_COMPLETED: { category: 'rule', rule: 'A completed action takes no more progress, completion or dropping' },
  ACTION_ALREADY_DROPPED: { category: 'rule', rule: 'A dropped action takes no more progress, completion or dropping' },

  // People: who is who
  UNKNOWN_REGISTER: { category: 'invalid-value', rule: 'The ledger keeps one register of people, called people' },
  PERSON_MERGED_WITH_ITSELF: { category: 'rule', rule: 'A person is merged into another person' },
  PERSON_ALREADY_MERGED: { category: 'rule', rule: 'A person merged into another is merged or split no more; act on the person kept' },
  NO_NAME_FORMS: { category: 'rule', rule: 'A split names the forms of the name, as printed, that belong to someone else' },
  NAME_FORM_ALREADY_SPLIT: { category: 'rule', rule: 'A name form is split from a person once' },

  // Follow-up and action
  DATE_BEFORE_RAISED: { category: 'rule', rule: 'What happens to a follow-up or an action is dated on or after the day it was raised' },
} as const satisfies Record<string, Entry>;

export type DomainErrorCode = keyof typeof DOMAIN_ERRORS;

type CodeIn<Category extends DomainErrorCategory> = {
  [Code in DomainErrorCode]: (typeof DOMAIN_ERRORS)[Code]['category'] extends Category ? Code : never;
}[DomainErrorCode];

export type InvalidValueCode = CodeIn<'invalid-value'>;
export type DomainRuleCode = CodeIn<'rule'>;
