import {
  authorize,
  can,
  findInKeyOrder,
  parseSearchText,
  type RequestContext,
  sqlExecutor,
} from '@casework/kit';
import { Inquiry } from '../inquiry/inquiry.entity.js';
import { type ProviderFields } from '../provider/provider-row.js';
import { ProviderService } from '../provider/provider.service.js';

/** The most hits of one kind a search returns. */
export const MAX_HITS = 20;

export interface ProviderRecordHits {
  providers: ProviderFields[];
  moreProviders: boolean;
  inquiries: Inquiry[];
}

/**
 * Global search over what the providers subgraph owns (issue 16): providers by name, reference
 * (PR-) and email; inquiries by reference (IQ-), only for callers who may read inquiries. Agency
 * staff only: a provider user has no agency search at all.
 */
export class ProviderRecordSearchService {
  constructor(private readonly ctx: RequestContext) {}

  async search(text: string, first: number): Promise<ProviderRecordHits> {
    const { identity } = this.ctx;
    authorize(identity, 'provider:read', 'search agency records');
    const limit = Math.min(Math.max(first, 1), MAX_HITS);
    const parsed = parseSearchText(text);
    const providers = await new ProviderService(this.ctx).search(
      { search: text, first: limit },
      { total: false, nodes: null },
    );
    let inquiries: Inquiry[] = [];
    if (parsed.referenceKind === 'IQ' && can(identity, 'inquiry:read')) {
      // Served by inquiry_reference_pattern_idx (text_pattern_ops), also at 100,000 inquiries.
      const { rows } = await sqlExecutor(this.ctx.em).executeSql(
        `select id from "${this.ctx.em.config.get('schema') ?? 'providers'}"."inquiry"
          where reference like $1 order by reference limit $2`,
        [parsed.referencePrefix, limit],
      );
      const found = await findInKeyOrder(
        this.ctx.em,
        Inquiry,
        rows.map((row) => row.id as string),
      );
      inquiries = found.filter((row): row is Inquiry => row !== null);
      await this.ctx.em.populate(inquiries, ['provider', 'service']);
    }
    return {
      providers: providers.nodes,
      moreProviders: providers.pageInfo.hasNextPage,
      inquiries,
    };
  }
}
