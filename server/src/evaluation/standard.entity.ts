import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** One version of the evaluation standard, kept whole: a closed period names the version it was scored by. */
@Entity({ tableName: 'evaluation_standard' })
export class EvaluationStandardVersion {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: false })
  version!: number;

  /** The StandardBody as JSON text. */
  @Property({ type: 'text' })
  body!: string;

  @Property({ type: Date })
  createdAt: Date = new Date();
}
