import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('ImportError')
export class ImportErrorType {
  @Field(() => Int)
  line!: number;

  @Field(() => String)
  message!: string;
}

@ObjectType('ImportReport')
export class ImportReportType {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => [ImportErrorType])
  errors!: ImportErrorType[];
}
