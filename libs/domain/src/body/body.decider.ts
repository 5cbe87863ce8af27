import type { Decider } from '../shared/decider';
import type { BodyCommand } from './body.commands';
import { decideBody } from './body.decide';
import type { BodyEvent } from './body.events';
import { evolveBody, initialBodyState, type BodyState } from './body.state';

export const bodyDecider: Decider<BodyCommand, BodyEvent, BodyState> = {
  decide: decideBody,
  evolve: evolveBody,
  initialState: initialBodyState,
};
