import type { ActionCommand } from '../action/action.commands';
import type { ActionEvent } from '../action/action.events';
import type { BodyCommand } from '../body/body.commands';
import type { BodyEvent } from '../body/body.events';
import type { FollowUpCommand } from '../follow-up/follow-up.commands';
import type { FollowUpEvent } from '../follow-up/follow-up.events';
import type { MeetingCommand } from '../meeting/meeting.commands';
import type { MeetingEvent } from '../meeting/meeting.events';
import type { PersonRegisterCommand } from '../people/person-register.commands';
import type { PersonRegisterEvent } from '../people/person-register.events';

export type DomainCommand = BodyCommand | MeetingCommand | FollowUpCommand | ActionCommand | PersonRegisterCommand;
export type DomainCommandType = DomainCommand['type'];
export type DomainEvent = BodyEvent | MeetingEvent | FollowUpEvent | ActionEvent | PersonRegisterEvent;
export type DomainEventType = DomainEvent['type'];
