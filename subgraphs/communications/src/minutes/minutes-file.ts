import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A file of the minutes as listed with them (download through the files capability). */
@ObjectType({ description: 'A file attached to meeting minutes' })
export class MinutesFile {
  @Field(() => ID)
  id!: string;

  @Field()
  fileName!: string;

  @Field(() => Int)
  size!: number;
}
