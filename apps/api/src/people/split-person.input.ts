import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { IsTextList } from '../shared/text-list.rule';
import { CalendarDateField, IdField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Record that some forms of a name the ledger matched to one person belong to someone else.' })
export class SplitPersonInput {
  @IdField({ description: 'The person the forms are taken from (Person.personId).' })
  personId: string;

  @Field(() => [String], {
    description: 'The forms of the name that belong to someone else, exactly as printed (Person.nameForms), 1 to 50.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsTextList(300)
  nameForms: string[];

  @TextField(2000, { description: 'Why they are someone else, with the evidence.' })
  reason: string;

  @CalendarDateField({ description: 'The date the clerk decided it (YYYY-MM-DD).' })
  decidedOn: string;
}
