import { AggregateAlreadyExists, AggregateNotFound, InvalidValue, violation } from '../shared/domain-error';
import { assertNever } from '../shared/message';
import { requireDate, requireDateTime, requireText, requireTextIfGiven, instantOf, localDateOf } from '../shared/values';
import { normaliseAgendaItem, validateAgendaItem } from './agenda-item';
import type {
  ConfirmMinutes,
  ConfirmPreviousMinutes,
  MeetingCommand,
  RecordAttendance,
  RecordDeclarationsOfInterest,
  ScheduleMeeting,
} from './meeting.commands';
import type { MeetingEvent } from './meeting.events';
import {
  DECLARATION_SCOPES,
  INTEREST_NATURES,
  requireContactOfficer,
  requireLocation,
  romanNumeral,
  samePerson,
  type MinuteCorrectionRequest,
  type MinutePoint,
  type Presenter,
} from './meeting-parts';
import { refuseIfCancelled, requireAgendaOpen, requireHeld, requireItemOfKind, requireLiveItem } from './meeting-guards';
import { agendaItem, hasBusinessRecorded, heldOn, liveItems, type MeetingState, type ScheduledMeeting } from './meeting.state';
import { validateResolutionParts } from './resolution';
import { validateSchedule12AParagraphs } from './schedule-12a';

export function decideMeeting(command: MeetingCommand, state: MeetingState): MeetingEvent[] {
  if (command.type === 'ScheduleMeeting') {
    if (state.status !== 'not-scheduled') throw new AggregateAlreadyExists('meeting', command.data.meetingId, command.type);
    return schedule(command);
  }
  if (state.status === 'not-scheduled') throw new AggregateNotFound('meeting', command.data.meetingId, command.type);
  const meeting = state;
  const meetingId = meeting.meetingId;

  switch (command.type) {
    case 'RescheduleMeeting': {
      const { startsAt, location, reason } = command.data;
      requireAgendaOpen(meeting);
      refuseOnceHeld(meeting, 'rescheduled');
      requireDateTime('startsAt', startsAt);
      requireText('reason', reason);
      const newLocation = location === undefined ? meeting.location : requireLocation(location);
      const sameStart = meeting.startsAt !== undefined && instantOf(startsAt) === instantOf(meeting.startsAt);
      if (sameStart && JSON.stringify(newLocation) === JSON.stringify(meeting.location)) {
        throw violation('RESCHEDULE_CHANGES_NOTHING', `The meeting ${meetingId} is already at ${startsAt} in that place`);
      }
      return [
        { type: 'MeetingRescheduled', data: { meetingId, startsAt, ...(newLocation !== undefined && { location: newLocation }), reason } },
      ];
    }

    case 'CancelMeeting': {
      requireAgendaOpen(meeting);
      refuseOnceHeld(meeting, 'cancelled');
      requireText('reason', command.data.reason);
      return [{ type: 'MeetingCancelled', data: { meetingId, reason: command.data.reason } }];
    }

    case 'AddAgendaItem': {
      const { item } = command.data;
      requireAgendaOpen(meeting);
      validateAgendaItem(item);
      const clash = meeting.items.find(
        (existing) =>
          existing.number === item.number ||
          (item.minuteNumber !== undefined && existing.minuteNumber === item.minuteNumber) ||
          (item.agendaNumber !== undefined && existing.agendaNumber === item.agendaNumber),
      );
      if (clash) {
        throw violation('ITEM_NUMBER_TAKEN', `Item ${clash.number} ("${clash.title}") already has that number`, {
          itemNumber: item.number,
        });
      }
      return [{ type: 'AgendaItemAdded', data: { meetingId, item: normaliseAgendaItem(item) } }];
    }

    case 'WithdrawAgendaItem': {
      const { itemNumber, reason } = command.data;
      requireAgendaOpen(meeting);
      requireLiveItem(meeting, itemNumber);
      requireText('reason', reason);
      const hasBusiness =
        meeting.minutes[itemNumber] !== undefined ||
        meeting.resolutions[itemNumber] !== undefined ||
        // Declarations made under the item, or about it.
        meeting.declarations.some((d) => d.itemNumber === itemNumber || d.concerningItemNumber === itemNumber) ||
        // The exclusion is resolved under its own item and holds for the items it names: both have business.
        meeting.exclusions.some((e) => e.itemNumber === itemNumber || e.forItemNumbers.includes(itemNumber)) ||
        // An item someone presented was taken; one whose presenter could not attend may still be withdrawn.
        (meeting.presenters[itemNumber]?.presentedBy.length ?? 0) > 0 ||
        // A chair elected under the item, or whom its minute attests.
        meeting.chairs.some((c) => c.fromItemNumber === itemNumber || c.itemNumber === itemNumber) ||
        meeting.confirmationsGiven.some((c) => c.itemNumber === itemNumber);
      if (hasBusiness) {
        throw violation('ITEM_HAS_BUSINESS', `Item ${itemNumber} already has business recorded and cannot be withdrawn`, {
          itemNumber,
        });
      }
      return [{ type: 'AgendaItemWithdrawn', data: { meetingId, itemNumber, reason } }];
    }

    case 'VaryOrderOfBusiness': {
      const { order, reason, itemNumber, recordedAt } = command.data;
      requireHeld(meeting, recordedAt);
      if (itemNumber !== undefined) requireItemOfKind(meeting, itemNumber, 'change-to-order-of-business');
      requireText('reason', reason);
      requireCompleteOrder(meeting, order);
      return [{ type: 'OrderOfBusinessVaried', data: { meetingId, order, reason, ...(itemNumber !== undefined && { itemNumber }) } }];
    }

    case 'RecordAttendance':
      return recordAttendance(meeting, command.data);

    case 'RecordMeetingChair': {
      const { chair, fromItemNumber, itemNumber, wording, recordedAt } = command.data;
      requireHeld(meeting, recordedAt);
      requireText('chair', chair);
      if (fromItemNumber !== undefined) requireLiveItem(meeting, fromItemNumber, 'fromItemNumber');
      if (itemNumber !== undefined) requireLiveItem(meeting, itemNumber);
      if (wording !== undefined) requireText('wording', wording);
      return [
        {
          type: 'MeetingChairTaken',
          data: {
            meetingId,
            chair,
            ...(fromItemNumber !== undefined && { fromItemNumber }),
            ...(itemNumber !== undefined && { itemNumber }),
            ...(wording !== undefined && { wording }),
          },
        },
      ];
    }

    case 'RecordPresenters': {
      const { itemNumber, presentedBy, unableToAttend, recordedAt } = command.data;
      requireHeld(meeting, recordedAt);
      requireLiveItem(meeting, itemNumber);
      if ((meeting.presenters ?? {})[itemNumber]) {
        throw violation('PRESENTERS_ALREADY_RECORDED', `Who presented item ${itemNumber} is already recorded`, { itemNumber });
      }
      const people = [...(presentedBy ?? []), ...(unableToAttend ?? [])];
      if (people.length === 0) {
        throw violation('NO_PRESENTERS', `Name who presented item ${itemNumber}, or who was unable to attend`, { itemNumber });
      }
      requirePeople({ presentedBy: presentedBy ?? [], unableToAttend: unableToAttend ?? [] });
      const absentPresenter = (presentedBy ?? []).find((person) =>
        (unableToAttend ?? []).some((absent) => samePerson(absent.name, person.name)),
      );
      if (absentPresenter) {
        throw violation('PRESENTER_ABSENT', `${absentPresenter.name} cannot both present item ${itemNumber} and be unable to attend`, {
          itemNumber,
        });
      }
      const tidy = (person: Presenter): Presenter => ({ name: person.name, ...(person.role !== undefined && { role: person.role }) });
      return [
        {
          type: 'PresentersRecorded',
          data: { meetingId, itemNumber, presentedBy: (presentedBy ?? []).map(tidy), unableToAttend: (unableToAttend ?? []).map(tidy) },
        },
      ];
    }

    case 'RecordDeclarationsOfInterest':
      return recordDeclarations(meeting, command.data);

    case 'ExcludePressAndPublic': {
      const { itemNumber, forItemNumbers, legalBasis, paragraphs, recordedAt } = command.data;
      // An API client may send null for "not given".
      const forBusinessAsPrinted = (command.data.forBusinessAsPrinted as string | null | undefined) ?? undefined;
      requireHeld(meeting, recordedAt);
      requireItemOfKind(meeting, itemNumber, 'exclusion-of-press-and-public');
      requireText('legalBasis', legalBasis);
      if (!Array.isArray(forItemNumbers)) throw violation('ITEM_NOT_ON_AGENDA', 'The press and public are excluded for named items');
      if (forItemNumbers.length === 0 && forBusinessAsPrinted === undefined) {
        throw violation(
          'ITEM_NOT_ON_AGENDA',
          'The press and public are excluded for named items, or for business the minutes name but do not record; neither was given',
        );
      }
      if (forItemNumbers.length > 0 && forBusinessAsPrinted !== undefined) {
        throw violation('ITEM_NOT_ON_AGENDA', 'forBusinessAsPrinted names business not recorded; the items named are recorded');
      }
      requireTextIfGiven('forBusinessAsPrinted', forBusinessAsPrinted);
      forItemNumbers.forEach((number, index) => requireLiveItem(meeting, number, `forItemNumbers[${index}]`));
      validateSchedule12AParagraphs(paragraphs);
      const covering = forBusinessAsPrinted === undefined ? {} : { forBusinessAsPrinted: forBusinessAsPrinted.trim() };
      return [{ type: 'PressAndPublicExcluded', data: { meetingId, itemNumber, forItemNumbers, legalBasis, paragraphs, ...covering } }];
    }

    case 'RecordMinuteText': {
      const { itemNumber, paragraphs, points, recordedAt, publishedAtSource, truncatedAtSource } = command.data;
      requireHeld(meeting, recordedAt);
      requireLiveItem(meeting, itemNumber);
      if (meeting.minutes[itemNumber]) {
        throw violation(
          'MINUTE_ALREADY_RECORDED',
          `The minute of item ${itemNumber} is already recorded; a later meeting corrects it when confirming the minutes`,
          { itemNumber },
        );
      }
      paragraphs.forEach((paragraph, index) => requireText(`paragraphs[${index}]`, paragraph));
      if (paragraphs.length === 0 && points.length === 0) {
        throw violation('EMPTY_MINUTE', `The minute of item ${itemNumber} has neither discussion nor points`, { itemNumber });
      }
      requirePointsInSequence(points);
      return [
        {
          type: 'MinuteTextRecorded',
          data: {
            meetingId,
            itemNumber,
            paragraphs,
            points,
            ...(publishedAtSource === true && { publishedAtSource }),
            ...(truncatedAtSource === true && { truncatedAtSource }),
          },
        },
      ];
    }

    case 'PassResolution': {
      const { itemNumber, parts, recordedAt, publishedAtSource } = command.data;
      requireHeld(meeting, recordedAt);
      requireLiveItem(meeting, itemNumber);
      if (meeting.resolutions[itemNumber]) {
        throw violation('ITEM_ALREADY_RESOLVED', `Item ${itemNumber} already has its resolution`, { itemNumber });
      }
      validateResolutionParts(parts);
      return [
        {
          type: 'ResolutionPassed',
          data: {
            meetingId,
            bodyId: meeting.bodyId,
            heldOn: heldOn(meeting),
            itemNumber,
            parts,
            ...(publishedAtSource === true && { publishedAtSource }),
          },
        },
      ];
    }

    case 'ConfirmPreviousMinutes':
      return confirmPreviousMinutes(meeting, command.data);

    case 'ConfirmMinutes':
      return confirmMinutes(meeting, command.data);

    case 'CloseMeeting': {
      const { endedAt, recordedAt } = command.data;
      requireHeld(meeting, recordedAt);
      if (meeting.endedAt !== undefined) {
        throw violation('MEETING_ALREADY_CLOSED', `The meeting ${meetingId} already closed at ${meeting.endedAt}`);
      }
      requireDateTime('endedAt', endedAt);
      const endsTooEarly =
        meeting.startsAt !== undefined ? instantOf(endedAt) <= instantOf(meeting.startsAt) : localDateOf(endedAt) < heldOn(meeting);
      if (endsTooEarly) {
        throw violation(
          'MEETING_ENDS_BEFORE_IT_STARTS',
          `The meeting started at ${meeting.startsAt ?? heldOn(meeting)}; it cannot close at ${endedAt}`,
        );
      }
      return [{ type: 'MeetingClosed', data: { meetingId, endedAt } }];
    }

    default:
      return assertNever(command);
  }
}

function schedule({ data }: ScheduleMeeting): MeetingEvent[] {
  requireText('meetingId', data.meetingId);
  requireText('bodyId', data.bodyId);
  const { meetingId, bodyId, startsAt, heldOn: day, location, contactOfficer } = data;
  // Meeting ids belong to their body, so one body's clerk cannot take an id another body needs: the
  // body's id, then a date (and a suffix for a second meeting that day). Body "a" cannot take the ids
  // of body "a-b", whose meetings are "a-b-2024-01-10".
  if (!isMeetingIdOf(bodyId, meetingId)) {
    throw new InvalidValue(
      'MEETING_ID_OF_ANOTHER_BODY',
      'meetingId',
      `A meeting of ${bodyId} has an id of its body's id and a date, e.g. ${bodyId}-2024-01-10 (or ${bodyId}-2024-01-10-2 for a second that day)`,
    );
  }
  if (startsAt === undefined && day === undefined) {
    throw new InvalidValue('BLANK_VALUE', 'startsAt', 'A meeting needs its start time, or at least the day it is held (heldOn)');
  }
  if (startsAt !== undefined) requireDateTime('startsAt', startsAt);
  if (day !== undefined) requireDate('heldOn', day);
  if (startsAt !== undefined && day !== undefined && localDateOf(startsAt) !== day) {
    throw new InvalidValue('INVALID_DATE', 'heldOn', `heldOn ${day} is not the day of startsAt ${startsAt}`);
  }
  if (location !== undefined) requireLocation(location);
  if (contactOfficer !== undefined) requireContactOfficer(contactOfficer);
  return [
    {
      type: 'MeetingScheduled',
      data: {
        meetingId,
        bodyId,
        ...(startsAt !== undefined ? { startsAt } : { heldOn: day! }),
        ...(location !== undefined && { location }),
        ...(contactOfficer !== undefined && { contactOfficer }),
      },
    },
  ];
}

function refuseOnceHeld(meeting: ScheduledMeeting, what: string): void {
  if (hasBusinessRecorded(meeting)) {
    throw violation('MEETING_ALREADY_HELD', `The meeting ${meeting.meetingId} has business recorded and cannot be ${what}`, {
      meetingId: meeting.meetingId,
    });
  }
}

function requireCompleteOrder(meeting: ScheduledMeeting, order: readonly string[]): void {
  const expected = liveItems(meeting).map((item) => item.number);
  const named = Array.isArray(order) ? order : [];
  const sameMembers = named.length === expected.length && new Set(named).size === named.length && named.every((n) => expected.includes(n));
  if (!sameMembers) {
    const missing = expected.filter((number) => !named.includes(number));
    const unknown = named.filter((number) => !expected.includes(number));
    const twice = named.filter((number, index) => named.indexOf(number) !== index);
    throw violation(
      'ORDER_OF_BUSINESS_MUST_NAME_EVERY_ITEM_ONCE',
      `The order of business must name every item once (missing: ${missing.join(', ') || 'none'}; ` +
        `not on the agenda: ${unknown.join(', ') || 'none'}; named twice: ${twice.join(', ') || 'none'})`,
      { missing, unknown, twice },
    );
  }
}

function recordAttendance(meeting: ScheduledMeeting, data: RecordAttendance['data']): MeetingEvent[] {
  const { present, apologies, inAttendance = [], recordedAt } = data;
  requireHeld(meeting, recordedAt);
  if (meeting.attendance) {
    throw violation('ATTENDANCE_ALREADY_RECORDED', `Attendance at ${meeting.meetingId} is already recorded`);
  }
  requirePeople({ present, apologies, inAttendance });
  const both = present.find((person) => apologies.some((apology) => samePerson(apology.name, person.name)));
  if (both) {
    throw violation('PRESENT_AND_APOLOGISED', `${both.name} is recorded both as present and as giving apologies`, {
      name: both.name,
    });
  }
  return [{ type: 'AttendanceRecorded', data: { meetingId: meeting.meetingId, present, apologies, inAttendance } }];
}

function recordDeclarations(meeting: ScheduledMeeting, data: RecordDeclarationsOfInterest['data']): MeetingEvent[] {
  const { itemNumber, declarations, recordedAt } = data;
  const meetingId = meeting.meetingId;
  requireHeld(meeting, recordedAt);
  if (declarations.length === 0) {
    requireItemOfKind(meeting, itemNumber, 'declarations-of-interest');
    if (meeting.declarations.length > 0) {
      throw violation('DECLARATIONS_CONTRADICT_NONE_MADE', 'Declarations of interest were made, so "none made" cannot be recorded');
    }
    if (meeting.noDeclarationsMade) {
      throw violation('NO_DECLARATIONS_ALREADY_RECORDED', 'The minutes already record that no declarations were made');
    }
    return [{ type: 'NoDeclarationsOfInterestMade', data: { meetingId, itemNumber } }];
  }
  // A declaration may be minuted under any item: members declare when the interest becomes apparent, also after
  // the item for declarations said none were made then.
  requireLiveItem(meeting, itemNumber);
  if (meeting.noDeclarationsMade && meeting.noDeclarationsMadeAt === itemNumber) {
    throw violation('DECLARATIONS_CONTRADICT_NONE_MADE', 'The minutes of this item already record that no declarations were made');
  }
  const seen = [...meeting.declarations];
  return declarations.map((declaration, index) => {
    const field = `declarations[${index}]`;
    requireText(`${field}.member`, declaration.member);
    if (!(INTEREST_NATURES as readonly string[]).includes(declaration.nature)) {
      throw new InvalidValue('UNKNOWN_CHOICE', `${field}.nature`, `"${String(declaration.nature)}" is not a nature of interest`);
    }
    const { member, concerningItemNumber, concerning, concerningAsPrinted, nature, detail } = declaration;
    if (concerningItemNumber !== undefined) {
      requireLiveItem(meeting, concerningItemNumber, `${field}.concerningItemNumber`);
      if (concerning !== undefined) {
        throw new InvalidValue(
          'UNKNOWN_CHOICE',
          `${field}.concerning`,
          'A declaration is in an item (concerningItemNumber) or has a scope (concerning), not both',
        );
      }
    } else if (!(DECLARATION_SCOPES as readonly string[]).includes(concerning as string)) {
      throw new InvalidValue(
        'UNKNOWN_CHOICE',
        `${field}.concerning`,
        'Without an item, say what the interest is in: all-items, not-on-this-page or not-stated',
      );
    }
    requireTextIfGiven(`${field}.concerningAsPrinted`, concerningAsPrinted);
    requireTextIfGiven(`${field}.detail`, detail);
    const about = concerningItemNumber ?? concerning;
    const duplicate = seen.some((other) => (other.concerningItemNumber ?? other.concerning) === about && samePerson(other.member, member));
    if (duplicate) {
      throw violation(
        'DUPLICATE_DECLARATION',
        `${member} already declared an interest in ${concerningItemNumber ? `item ${concerningItemNumber}` : about}`,
      );
    }
    seen.push({ ...declaration, itemNumber });
    return {
      type: 'DeclarationOfInterestMade',
      data: {
        meetingId,
        itemNumber,
        member,
        ...(concerningItemNumber !== undefined ? { concerningItemNumber } : { concerning: concerning! }),
        ...(concerningAsPrinted !== undefined && { concerningAsPrinted }),
        nature,
        ...(detail !== undefined && { detail }),
      },
    } satisfies MeetingEvent;
  });
}

/** People as the minutes name them, in groups (present, apologies …): each named, and any role or organisation not blank. */
function requirePeople(groups: Record<string, readonly { name: string; role?: string; organisation?: string }[]>): void {
  for (const [group, people] of Object.entries(groups)) {
    people.forEach((person, index) => {
      requireText(`${group}[${index}].name`, person?.name);
      requireTextIfGiven(`${group}[${index}].role`, person.role);
      requireTextIfGiven(`${group}[${index}].organisation`, person.organisation);
    });
  }
}

function requirePointsInSequence(points: readonly MinutePoint[]): void {
  points.forEach((point, index) => {
    const expected = romanNumeral(index + 1);
    if (point.label !== expected) {
      throw violation('MINUTE_POINTS_OUT_OF_SEQUENCE', `Point ${index + 1} should be numbered (${expected}), not (${point.label})`, {
        expected,
        label: point.label,
      });
    }
    requireText(`points[${index}].text`, point.text);
  });
}

function requireCorrections(corrections: readonly MinuteCorrectionRequest[], attendanceCorrections: readonly string[] = []): void {
  corrections.forEach((correction, index) => {
    requireText(`corrections[${index}].itemNumber`, correction.itemNumber);
    requireTextIfGiven(`corrections[${index}].point`, correction.point);
    if (correction.paragraph !== undefined && (!Number.isInteger(correction.paragraph) || correction.paragraph < 1)) {
      throw new InvalidValue('UNKNOWN_CHOICE', `corrections[${index}].paragraph`, 'A paragraph is a whole number, counted from 1');
    }
    requireText(`corrections[${index}].correctedText`, correction.correctedText);
    requireTextIfGiven(`corrections[${index}].replacedText`, correction.replacedText);
  });
  attendanceCorrections.forEach((correction, index) => requireText(`attendanceCorrections[${index}]`, correction));
}

function confirmPreviousMinutes(meeting: ScheduledMeeting, data: ConfirmPreviousMinutes['data']): MeetingEvent[] {
  const { itemNumber, previousMeetingId, previousMeetingHeldOn, corrections, attendanceCorrections = [], recordedAt } = data;
  requireHeld(meeting, recordedAt);
  requireItemOfKind(meeting, itemNumber, 'minutes-of-previous-meeting');
  requireText('previousMeetingId', previousMeetingId);
  requireDate('previousMeetingHeldOn', previousMeetingHeldOn);
  requireCorrections(corrections, attendanceCorrections);
  if (previousMeetingId === meeting.meetingId || previousMeetingHeldOn >= heldOn(meeting)) {
    throw violation(
      'MINUTES_MUST_BE_CONFIRMED_BY_A_LATER_MEETING',
      `The meeting of ${heldOn(meeting)} cannot confirm the minutes of a meeting held on ${previousMeetingHeldOn}`,
      { previousMeetingId, previousMeetingHeldOn },
    );
  }
  if (meeting.confirmationsGiven.some((given) => given.previousMeetingId === previousMeetingId)) {
    throw violation('MINUTES_ALREADY_CONFIRMED', `This meeting already confirmed the minutes of ${previousMeetingId}`);
  }
  return [
    {
      type: 'PreviousMinutesConfirmed',
      data: {
        meetingId: meeting.meetingId,
        bodyId: meeting.bodyId,
        heldOn: heldOn(meeting),
        itemNumber,
        previousMeetingId,
        previousMeetingHeldOn,
        corrections,
        ...(attendanceCorrections.length > 0 && { attendanceCorrections }),
      },
    },
  ];
}

function confirmMinutes(meeting: ScheduledMeeting, data: ConfirmMinutes['data']): MeetingEvent[] {
  const { confirmedBy, corrections, attendanceCorrections = [] } = data;
  refuseIfCancelled(meeting);
  requireText('confirmedBy.meetingId', confirmedBy?.meetingId);
  requireText('confirmedBy.itemNumber', confirmedBy.itemNumber);
  requireText('confirmedBy.bodyId', confirmedBy.bodyId);
  requireDate('confirmedBy.heldOn', confirmedBy.heldOn);
  requireCorrections(corrections, attendanceCorrections);
  if (confirmedBy.bodyId !== meeting.bodyId) {
    throw violation(
      'MINUTES_CONFIRMED_BY_ANOTHER_BODY',
      `Minutes of a meeting of ${meeting.bodyId} cannot be confirmed by a meeting of ${confirmedBy.bodyId}`,
    );
  }
  if (confirmedBy.meetingId === meeting.meetingId || confirmedBy.heldOn <= heldOn(meeting)) {
    throw violation(
      'MINUTES_MUST_BE_CONFIRMED_BY_A_LATER_MEETING',
      `The minutes of ${heldOn(meeting)} cannot be confirmed by a meeting held on ${confirmedBy.heldOn}`,
    );
  }
  if (meeting.minutesConfirmedBy) {
    throw violation(
      'MINUTES_ALREADY_CONFIRMED',
      `The minutes of ${meeting.meetingId} were already confirmed by ${meeting.minutesConfirmedBy.meetingId}`,
    );
  }
  const source = { meetingId: confirmedBy.meetingId, itemNumber: confirmedBy.itemNumber };
  const corrected = corrections.map((correction): MeetingEvent => {
    const itemNumber = resolveMinuteReference(meeting, correction);
    return {
      type: 'MinuteCorrected',
      data: {
        meetingId: meeting.meetingId,
        itemNumber,
        ...(correction.point !== undefined && { point: correction.point }),
        ...(correction.paragraph !== undefined && { paragraph: correction.paragraph }),
        correctedText: correction.correctedText,
        ...(correction.replacedText !== undefined && { replacedText: correction.replacedText }),
        source,
        correctedOn: confirmedBy.heldOn,
      },
    };
  });
  const attendanceCorrected = attendanceCorrections.map((correctedText): MeetingEvent => ({
    type: 'AttendanceCorrected',
    data: { meetingId: meeting.meetingId, correctedText, source, correctedOn: confirmedBy.heldOn },
  }));
  return [
    {
      type: 'MinutesConfirmed',
      data: {
        meetingId: meeting.meetingId,
        confirmedBy: source,
        confirmedOn: confirmedBy.heldOn,
        subjectToCorrections: corrections.length + attendanceCorrections.length > 0,
      },
    },
    ...corrected,
    ...attendanceCorrected,
  ];
}

/** The minutes cite an item by agenda number or by printed minute number ("minute 11(iii)"). */
function resolveMinuteReference(meeting: ScheduledMeeting, correction: MinuteCorrectionRequest): string {
  const item = agendaItem(meeting, correction.itemNumber) ?? meeting.items.find((entry) => entry.minuteNumber === correction.itemNumber);
  const minute = item ? meeting.minutes[item.number] : undefined;
  const pointMissing =
    correction.point !== undefined && minute !== undefined && !minute.points.some((point) => point.label === correction.point);
  const cited = `${correction.itemNumber}${correction.point ? `(${correction.point})` : ''}`;
  if (!item || item.withdrawn || pointMissing) {
    throw violation('UNKNOWN_MINUTE_REFERENCE', `The minutes of ${meeting.meetingId} have no minute ${cited}`, {
      itemNumber: correction.itemNumber,
      point: correction.point,
    });
  }
  // Words said to be replaced must be words the minute holds, or the correction names another minute.
  const words = correction.point ? minute?.points.find((point) => point.label === correction.point)?.text : minute?.paragraphs.join('\n\n');
  if (correction.replacedText !== undefined && words !== undefined && !words.includes(correction.replacedText)) {
    throw violation(
      'REPLACED_WORDS_NOT_IN_MINUTE',
      `Minute ${cited} of ${meeting.meetingId} does not contain "${correction.replacedText}"`,
      {
        itemNumber: correction.itemNumber,
        point: correction.point,
      },
    );
  }
  return item.number;
}

const MEETING_ID_AFTER_BODY = /^\d{4}-\d{2}-\d{2}(?:-[a-z0-9]+)*$/;

/** Whether a meeting id is one of the body's: its id, a hyphen, a date, and any suffix. */
export function isMeetingIdOf(bodyId: string, meetingId: string): boolean {
  return meetingId.startsWith(`${bodyId}-`) && MEETING_ID_AFTER_BODY.test(meetingId.slice(bodyId.length + 1));
}
