import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** When a caseworker last looked at the answers to their inquiries (start page, issue 16). */
@Entity({ tableName: 'inquiry_look' })
export class InquiryLook {
  @PrimaryKey({ type: 'string', length: 100 })
  accountId!: string;

  @Property({ type: 'datetime' })
  lookedAt!: Date;
}
