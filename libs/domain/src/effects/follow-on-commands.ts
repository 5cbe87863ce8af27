import type { ActionCommand } from '../action/action.commands';
import type { BodyCommand } from '../body/body.commands';
import type { FollowUpCommand } from '../follow-up/follow-up.commands';
import type { DecisionEffect } from '../meeting/decision-effects';
import type { MeetingCommand } from '../meeting/meeting.commands';
import type { PreviousMinutesConfirmed, ResolutionPassed } from '../meeting/meeting.events';
import { assertNever } from '../shared/message';
import type { DecisionReference } from '../shared/references';
import type { DomainCommand, DomainEvent } from '../routing/domain-messages';

/**
 * A command the process manager sends because of an event. `commandKey` is derived only from the
 * causing event's data, so replaying or retrying the event yields the same key, from which the
 * write side derives the command id (and so the event ids) to make a second append a no-op.
 */
export interface FollowOnCommand {
  readonly commandKey: string;
  readonly command: DomainCommand;
}

/**
 * The id of whatever the n-th effect (from 1) of a resolution part creates, e.g.
 * `lscsb-2019-06-14:2:a:1`. Colons keep it apart from the hyphens of meeting ids.
 */
export function effectKey(decision: DecisionReference, position: number): string {
  return [decision.meetingId, decision.itemNumber, decision.part ?? '-', String(position)].join(':');
}

export function followOnCommands(event: DomainEvent): FollowOnCommand[] {
  switch (event.type) {
    case 'ResolutionPassed':
      return commandsForResolution(event.data);
    case 'PreviousMinutesConfirmed':
      return [commandForMinutesConfirmation(event.data)];
    default:
      return [];
  }
}

export function commandsForResolution(resolution: ResolutionPassed['data']): FollowOnCommand[] {
  return resolution.parts.flatMap((part) => {
    const decision: DecisionReference = {
      meetingId: resolution.meetingId,
      itemNumber: resolution.itemNumber,
      ...(part.label !== undefined && { part: part.label }),
    };
    return part.effects.map((effect, index) => {
      const commandKey = effectKey(decision, index + 1);
      return { commandKey, command: commandForEffect(effect, { resolution, decision, commandKey }) };
    });
  });
}

interface EffectContext {
  readonly resolution: ResolutionPassed['data'];
  readonly decision: DecisionReference;
  readonly commandKey: string;
}

function commandForEffect(effect: DecisionEffect, context: EffectContext): BodyCommand | FollowUpCommand | ActionCommand {
  const { resolution, decision, commandKey } = context;
  const { bodyId, heldOn } = resolution;
  switch (effect.kind) {
    case 'admit-member-organisation':
      return {
        type: 'AdmitMemberOrganisation',
        data: {
          bodyId,
          organisationId: effect.organisationId,
          organisationName: effect.organisationName,
          inForceFrom: effect.inForceFrom ?? heldOn,
          decision,
        },
      };
    case 'withdraw-member-organisation':
      return {
        type: 'WithdrawMemberOrganisation',
        data: { bodyId, organisationId: effect.organisationId, inForceFrom: effect.inForceFrom ?? heldOn, decision },
      };
    case 'rename-body':
      return {
        type: 'RenameBody',
        data: { bodyId, name: effect.name, shortName: effect.shortName, inForceFrom: effect.inForceFrom ?? heldOn, decision },
      };
    case 'adopt-terms-of-reference':
      return {
        type: 'AdoptTermsOfReference',
        data: { bodyId, version: effect.version, clauses: effect.clauses, inForceFrom: effect.inForceFrom ?? heldOn, decision },
      };
    case 'amend-terms-of-reference':
      return {
        type: 'AmendTermsOfReference',
        data: {
          bodyId,
          version: effect.version,
          amendments: effect.amendments,
          inForceFrom: effect.inForceFrom ?? heldOn,
          decision,
        },
      };
    case 'elect-officeholder':
      return {
        type: 'ElectOfficeholder',
        data: {
          bodyId,
          office: effect.office,
          term: effect.term,
          holder: effect.holder,
          inForceFrom: effect.inForceFrom ?? heldOn,
          decision,
        },
      };
    case 'leave-office-vacant':
      return {
        type: 'LeaveOfficeVacant',
        data: { bodyId, office: effect.office, term: effect.term, reason: effect.reason, asOf: heldOn, decision },
      };
    case 'set-future-meeting-dates':
      return { type: 'AgreeFutureMeetingDates', data: { bodyId, startTimes: effect.startTimes, decision } };
    case 'raise-action':
      return {
        type: 'RaiseAction',
        data: {
          actionId: commandKey,
          bodyId,
          raisedFrom: decision,
          raisedOn: heldOn,
          owner: effect.owner,
          description: effect.description,
          ...(effect.dueOn !== undefined && { dueOn: effect.dueOn }),
        },
      };
    case 'request-follow-up':
      return {
        type: 'RaiseFollowUp',
        data: {
          followUpId: commandKey,
          bodyId,
          raisedBy: decision,
          raisedOn: heldOn,
          kind: effect.request,
          subject: effect.subject,
          ...(effect.askedOf !== undefined && { askedOf: effect.askedOf }),
          due: effect.due,
        },
      };
    case 'defer-item':
      return {
        type: 'RaiseFollowUp',
        data: {
          followUpId: commandKey,
          bodyId,
          raisedBy: decision,
          raisedOn: heldOn,
          kind: 'deferred-item',
          subject: effect.subject,
          due: effect.due,
        },
      };
    case 'fulfil-follow-up':
      return {
        type: 'FulfilFollowUp',
        data: {
          followUpId: effect.followUpId,
          fulfilledBy: { meetingId: resolution.meetingId, itemNumber: resolution.itemNumber },
          bodyId,
          fulfilledOn: heldOn,
        },
      };
    default:
      return assertNever(effect);
  }
}

/** The confirmation is recorded by the later meeting and lands, with its corrections, on the earlier one. */
export function commandForMinutesConfirmation(confirmation: PreviousMinutesConfirmed['data']): FollowOnCommand {
  const command: MeetingCommand = {
    type: 'ConfirmMinutes',
    data: {
      meetingId: confirmation.previousMeetingId,
      confirmedBy: {
        meetingId: confirmation.meetingId,
        itemNumber: confirmation.itemNumber,
        bodyId: confirmation.bodyId,
        heldOn: confirmation.heldOn,
      },
      corrections: confirmation.corrections,
      ...(confirmation.attendanceCorrections?.length && { attendanceCorrections: confirmation.attendanceCorrections }),
    },
  };
  return {
    commandKey: [confirmation.meetingId, confirmation.itemNumber, 'confirms', confirmation.previousMeetingId].join(':'),
    command,
  };
}
