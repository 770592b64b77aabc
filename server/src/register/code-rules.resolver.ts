import { Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { CODE_ALPHABET, RECEIPT_LENGTH, TRACKING_CODE_LENGTH } from '../common/codes';
import { PublicAnswer } from '../graphql/public-cache';

@ObjectType({ description: 'The codes people carry: tracking codes of matters and repairs, and ballot receipts.' })
export class CodeRules {
  @Field({ description: 'Every character a code may hold, in the order a keypad shows them (no 0/O/1/I/L).' })
  alphabet!: string;

  @Field(() => Int)
  trackingCodeLength!: number;

  @Field(() => Int)
  receiptLength!: number;
}

/** A kiosk's code keypad offers exactly these characters, so nobody types one that cannot exist. */
@Resolver()
export class CodeRulesResolver {
  @PublicAnswer()
  @Query(() => CodeRules)
  codeRules(): CodeRules {
    return { alphabet: CODE_ALPHABET, trackingCodeLength: TRACKING_CODE_LENGTH, receiptLength: RECEIPT_LENGTH };
  }
}
