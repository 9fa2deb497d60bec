import { type RequestContext } from '@casework/kit';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { InquiryMethod } from '../provider/inquiry-method.js';
import { Provider } from '../provider/provider.entity.js';
import { type ProviderFields } from '../provider/provider-row.js';
import { allowedInquiryMethods } from './allowed-inquiry-methods.js';
import { inquiryMethodFacts } from './inquiry-method-facts.js';

@ObjectType({
  description: 'Whether an inquiry method may be used for a provider, and if not, why (R1.8)',
})
export class InquiryMethodOption {
  @Field(() => InquiryMethod)
  method!: InquiryMethod;

  @Field()
  allowed!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Machine-readable reason, such as NO_PORTAL_ACCOUNT',
  })
  reasonCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The rule that refuses it, such as R1.8c' })
  rule?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the method is refused, in words' })
  reason?: string | null;
}

@Resolver(() => Provider)
export class ProviderInquiryMethodsResolver {
  @FieldResolver(() => [InquiryMethodOption], {
    description:
      'Every inquiry method with whether R1.8 allows it for this provider and, if not, why',
  })
  async allowedInquiryMethods(
    @Root() provider: ProviderFields,
    @Ctx() ctx: RequestContext,
  ): Promise<InquiryMethodOption[]> {
    return allowedInquiryMethods(await inquiryMethodFacts(ctx, provider)).map((d) => ({
      method: d.method,
      allowed: d.allowed,
      reasonCode: d.refusal?.code ?? null,
      rule: d.refusal?.rule ?? null,
      reason: d.refusal?.message ?? null,
    }));
  }
}
