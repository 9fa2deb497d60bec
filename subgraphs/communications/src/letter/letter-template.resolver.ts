import { type RequestContext } from '@casework/kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { LetterKind, LetterLanguage } from './letter-kinds.js';
import { LetterTemplateVersion } from './letter-template.entity.js';
import { LetterPlaceholder, LetterPreview, LetterTemplateInput } from './letter-template.input.js';
import { LetterTemplateService } from './letter-template.service.js';

@Resolver(() => LetterTemplateVersion)
export class LetterTemplateResolver {
  @Query(() => [LetterTemplateVersion], {
    description: 'The current version of every letter template (R2.4)',
  })
  letterTemplates(@Ctx() ctx: RequestContext) {
    return new LetterTemplateService(ctx).current();
  }

  @Query(() => [LetterTemplateVersion], {
    description: 'Every version of one template, newest first',
  })
  letterTemplateVersions(
    @Arg('kind', () => LetterKind) kind: LetterKind,
    @Arg('language', () => LetterLanguage) language: LetterLanguage,
    @Ctx() ctx: RequestContext,
  ) {
    return new LetterTemplateService(ctx).versions(kind, language);
  }

  @Query(() => [LetterPlaceholder], {
    description: 'The placeholders a template of the kind may use',
  })
  letterPlaceholders(@Arg('kind', () => LetterKind) kind: LetterKind, @Ctx() ctx: RequestContext) {
    return new LetterTemplateService(ctx).placeholders(kind);
  }

  @Mutation(() => LetterTemplateVersion, {
    description:
      'Publishes a template text as the next version (R2.4); refused with the line of a syntax error or unknown placeholder',
  })
  publishLetterTemplate(
    @Arg('input', () => LetterTemplateInput) input: LetterTemplateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new LetterTemplateService(ctx).publish(input);
  }

  @Query(() => LetterPreview, {
    description:
      'Renders a template text with sample data, as the PDF a letter would be (nothing is stored)',
  })
  previewLetterTemplate(
    @Arg('input', () => LetterTemplateInput) input: LetterTemplateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new LetterTemplateService(ctx).preview(input);
  }
}
