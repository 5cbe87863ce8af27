import { Module } from '@nestjs/common';
import { CommandsModule } from '../commands/commands.module';
import { ActionMutations } from './action/action.mutations';
import { BodyMutations } from './body/body.mutations';
import { FollowUpMutations } from './follow-up/follow-up.mutations';
import { MeetingMutations } from './meeting/meeting.mutations';

@Module({ imports: [CommandsModule], providers: [BodyMutations, MeetingMutations, FollowUpMutations, ActionMutations] })
export class MutationsModule {}
