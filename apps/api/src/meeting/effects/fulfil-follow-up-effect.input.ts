import { InputType, PickType } from '@nestjs/graphql';
import { FulfilFollowUpInput } from '../../follow-up/fulfil-follow-up.input';

@InputType({ description: 'The decision answers something an earlier decision asked for.' })
export class FulfilFollowUpEffectInput extends PickType(FulfilFollowUpInput, ['followUpId']) {}
