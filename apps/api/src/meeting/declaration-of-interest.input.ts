import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { DECLARATION_SCOPES, INTEREST_NATURES, type DeclarationScope, type InterestNature } from '@ledger/domain';
import { IsItemNumber, IsText } from '../platform/graphql/validation/rules';
import { InterestNatureEnum } from '../platform/graphql/enums/interest-nature.enum';
import { DeclarationScopeEnum } from '../platform/graphql/enums/declaration-scope.enum';

@InputType({ description: "A member's declaration of an interest in an item." })
export class DeclarationOfInterestInput {
  @Field({ description: 'The member declaring, as the minutes name them.' })
  @IsText(300)
  member: string;

  @Field({
    nullable: true,
    description:
      'The number of the item the interest is in (not necessarily the item it is declared under); omit it and give concerning when it is not one item.',
  })
  @IsOptional()
  @IsItemNumber()
  concerningItemNumber?: string;

  @Field(() => DeclarationScopeEnum, { nullable: true, description: 'Without an item: ALL_ITEMS, NOT_ON_THIS_PAGE or NOT_STATED.' })
  @IsOptional()
  @IsIn(DECLARATION_SCOPES)
  concerning?: DeclarationScope;

  @Field({ nullable: true, description: 'The item as the minutes name it, when it is not in these minutes, e.g. "agenda item 12".' })
  @IsOptional()
  @IsText(300)
  concerningAsPrinted?: string;

  @Field(() => InterestNatureEnum, { description: 'The nature of the interest, e.g. PERSONAL.' })
  @IsIn(INTEREST_NATURES)
  nature: InterestNature;

  @Field({ nullable: true, description: 'What the interest is, as the minutes say.' })
  @IsOptional()
  @IsText(2000)
  detail?: string;
}
