import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PASSAGE_KINDS } from '@ledger/projections';
import { graphqlEnumOf } from '../platform/graphql/enums/graphql-enum';
import { ListConnectionOf } from '../shared/list-connection';
import type { Highlighted } from './highlights';

export const PassageKindEnum = graphqlEnumOf(PASSAGE_KINDS);

registerEnumType(PassageKindEnum, {
  name: 'PassageKind',
  description: 'What part of the record a search found.',
  valuesMap: {
    MINUTE: { description: 'A paragraph or a numbered point of a minute, as recorded.' },
    RESOLUTION: { description: 'A part of a resolution.' },
    CORRECTION: {
      description: 'A correction of a minute that a later meeting confirmed (the corrected words stay as recorded, beside it).',
    },
    TITLE: { description: 'The title of an item whose minute holds no text.' },
  },
});

@ObjectType({ description: 'A stretch of an excerpt, by UTF-16 offsets (as JavaScript strings count).' })
export class TextSpan {
  @Field(() => Int, { description: 'The offset of its first character.' }) start: number;
  @Field(() => Int, { description: 'The offset after its last character.' }) end: number;
}

@ObjectType({ description: 'A passage of the minutes that matched a search, where it stands, and why it matched.' })
export class MinuteSearchHit {
  @Field(() => ID, { description: 'The meeting whose minutes hold it.' }) meetingId: string;
  @Field(() => ID, { description: 'The body whose meeting it was.' }) bodyId: string;
  @Field({ description: 'The day of the meeting.' }) heldOn: string;
  @Field({ description: 'The item the passage belongs to.' }) itemNumber: string;
  @Field({ description: 'The printed minute number (the item number where none is printed).' }) minuteNumber: string;
  @Field(() => ID, { description: 'The stable id of the item, e.g. lscsb-2018-12-10/36.' }) itemId: string;
  @Field({ description: "The item's title." }) itemTitle: string;
  @Field(() => PassageKindEnum, { description: 'What part of the record it is.' }) kind: string;
  @Field({ nullable: true, description: 'The printed label of the point or resolution part, e.g. b; null when it has none.' })
  label?: string;
  @Field({ description: 'The whole passage.' }) text: string;
  @Field(() => Float, {
    description: 'How well it matches (PostgreSQL ts_rank; words in the item title weigh more): comparable within one search only.',
  })
  rank: number;
  @Field({ description: 'The best fragments of the passage (joined by " … "), or the whole of a short one.' }) excerpt: string;
  @Field(() => [TextSpan], { description: 'Where the excerpt matches the search.' }) highlights: TextSpan[];
  /** The excerpt and its matches, for `highlighted`. */
  highlightedExcerpt: Highlighted;
}

export const MinuteSearchConnection = ListConnectionOf(
  MinuteSearchHit,
  'MinuteSearchConnection',
  'Passages of the minutes that match a search, best first, a page at a time.',
);
