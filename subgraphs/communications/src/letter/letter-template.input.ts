import { Length } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { LetterKind, LetterLanguage } from './letter-kinds.js';

@InputType({ description: 'A template text to publish as the next version (R2.4)' })
export class LetterTemplateInput {
  @Field(() => LetterKind)
  kind!: LetterKind;

  @Field(() => LetterLanguage)
  language!: LetterLanguage;

  @Field({ description: 'Subject line; placeholders allowed' })
  @Length(1, 300, { message: 'subject must be 1 to 300 characters' })
  subject!: string;

  @Field({ description: 'Body with Liquid placeholders such as {{ recipient.name }}' })
  @Length(1, 20000, { message: 'body must be 1 to 20000 characters' })
  body!: string;
}

@ObjectType({ description: 'A placeholder a template of a kind may use' })
export class LetterPlaceholder {
  @Field({ description: 'As written in a template: {{ name }}' })
  name!: string;

  @Field()
  description!: string;

  @Field({ description: 'The value previews use' })
  sample!: string;
}

@ObjectType({ description: 'A template rendered with sample data' })
export class LetterPreview {
  @Field()
  subject!: string;

  @Field()
  body!: string;

  @Field({ description: 'The letter as PDF, base64' })
  pdfBase64!: string;
}
