import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GlobalPositionScalar } from '../graphql/global-position.scalar';

export enum StoreKindValue {
  PGLITE = 'pglite',
  POSTGRES = 'postgres',
  EVENTSTOREDB = 'eventstoredb',
}

registerEnumType(StoreKindValue, {
  name: 'StoreKind',
  description: 'Where the event log is kept.',
  valuesMap: {
    PGLITE: { description: 'PostgreSQL embedded in the process (PGlite), in a folder on disk.' },
    POSTGRES: { description: 'A PostgreSQL server.' },
    EVENTSTOREDB: { description: 'An EventStoreDB server or cluster.' },
  },
});

@ObjectType({ description: 'What this server is and how far its event log reaches.' })
export class ServerInfo {
  @Field({ description: 'The version of the governance ledger software.' })
  version: string;

  @Field(() => StoreKindValue, { description: 'The kind of event store this server records to.' })
  storeKind: StoreKindValue;

  @Field(() => GlobalPositionScalar, {
    nullable: true,
    description: 'The global position of the last event recorded; null while the log is empty.',
  })
  headPosition?: bigint;
}
