import { Field, Int, ObjectType } from 'type-graphql';
import { JointUnit } from './joint.entity';

@ObjectType('JointUnitFigures', { description: 'Problems a unit led: raised, solved, solved by their due date.' })
export class JointUnitFiguresView {
  unitId!: number;
  @Field(() => JointUnit) unit!: JointUnit;
  @Field(() => Int) raised!: number;
  @Field(() => Int) solved!: number;
  @Field(() => Int) solvedOnTime!: number;
}
