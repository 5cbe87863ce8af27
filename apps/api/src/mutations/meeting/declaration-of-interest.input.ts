import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { INTEREST_NATURES, type InterestNature } from '@ledger/domain';
import { IsText } from '../../graphql/validation/rules';
import { InterestNatureEnum } from '../../graphql/enums/interest-nature.enum';

@InputType({ description: 'A member\'s declaration of an interest in an item.' })
export class DeclarationOfInterestInput {
  @Field({ description: 'The member declaring, as the minutes name them.' })
  @IsText(300)
  member: string;

  @Field({ description: 'The number of the item the interest is in (not necessarily the declarations item).' })
  @IsText(16)
  concerningItemNumber: string;

  @Field(() => InterestNatureEnum, { description: 'The nature of the interest, e.g. PERSONAL.' })
  @IsIn(INTEREST_NATURES)
  nature: InterestNature;

  @Field({ nullable: true, description: 'What the interest is, as the minutes say.' })
  @IsOptional()
  @IsText(2000)
  detail?: string;
}
