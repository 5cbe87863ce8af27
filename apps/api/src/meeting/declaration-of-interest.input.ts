import { InputType } from '@nestjs/graphql';
import type { DeclarationScope, InterestNature } from '@ledger/domain';
import { InterestNatureEnum } from '../platform/graphql/enums/interest-nature.enum';
import { DeclarationScopeEnum } from '../platform/graphql/enums/declaration-scope.enum';
import { EnumField } from '../platform/graphql/fields/enum-field';
import { ItemNumberField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: "A member's declaration of an interest in an item." })
export class DeclarationOfInterestInput {
  @TextField(300, { description: 'The member declaring, as the minutes name them.' })
  member: string;

  @ItemNumberField({
    nullable: true,
    description:
      'The number of the item the interest is in (not necessarily the item it is declared under); omit it and give concerning when it is not one item.',
  })
  concerningItemNumber?: string;

  @EnumField(DeclarationScopeEnum, { nullable: true, description: 'Without an item: ALL_ITEMS, NOT_ON_THIS_PAGE or NOT_STATED.' })
  concerning?: DeclarationScope;

  @TextField(300, {
    nullable: true,
    description: 'The item as the minutes name it, when it is not in these minutes, e.g. "agenda item 12".',
  })
  concerningAsPrinted?: string;

  @EnumField(InterestNatureEnum, { description: 'The nature of the interest, e.g. PERSONAL.' })
  nature: InterestNature;

  @TextField(2000, { nullable: true, description: 'What the interest is, as the minutes say.' })
  detail?: string;
}
