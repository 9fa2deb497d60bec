/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PortalInquiries($status: InquiryStatus, $first: Int!, $after: String) {\n    open: inquiries(filter: { open: true }, first: 1) {\n      totalCount\n    }\n    inquiries(filter: { status: $status }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        status\n        sentAt\n        periodFrom\n        periodTo\n        service {\n          name\n        }\n      }\n    }\n  }\n": typeof types.PortalInquiriesDocument,
    "\n  subscription PortalInquiryActivity {\n    inquiryActivity {\n      kind\n      inquiry {\n        id\n        status\n      }\n    }\n  }\n": typeof types.PortalInquiryActivityDocument,
    "\n  query PortalInquiry($id: ID!) {\n    inquiry(id: $id) {\n      id\n      reference\n      status\n      sentAt\n      periodFrom\n      periodTo\n      details\n      createdBy\n      answer\n      answerComment\n      answeredBy\n      answeredAt\n      client {\n        name\n      }\n      service {\n        name\n        code\n      }\n      messages {\n        id\n        side\n        author\n        text\n        createdAt\n      }\n    }\n  }\n": typeof types.PortalInquiryDocument,
    "\n  subscription PortalInquiryPageActivity {\n    inquiryActivity {\n      kind\n      inquiry {\n        id\n        status\n        messages {\n          id\n          side\n          author\n          text\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.PortalInquiryPageActivityDocument,
    "\n  mutation PortalAnswerInquiry($id: ID!, $input: AnswerInquiryInput!) {\n    answerInquiry(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PortalAnswerInquiryDocument,
    "\n  mutation PortalAskInquiry($id: ID!, $input: InquiryMessageInput!) {\n    requestMoreInformation(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PortalAskInquiryDocument,
    "\n  query Organisation($id: ID!) {\n    provider(id: $id) {\n      id\n      reference\n      name\n      email\n      phone\n      preferredInquiryMethod\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n      statistics {\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        positiveShare\n        averageHoursToFirstResponse\n        medianHoursToFirstResponse\n      }\n      statisticsByMonth {\n        from\n        to\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        medianHoursToFirstResponse\n      }\n      branches {\n        id\n        name\n        kind\n        email\n        phone\n        iban\n        active\n      }\n      contacts {\n        id\n        name\n        position\n        email\n        phone\n        primary\n        branch {\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganisationDocument,
};
const documents: Documents = {
    "\n  query PortalInquiries($status: InquiryStatus, $first: Int!, $after: String) {\n    open: inquiries(filter: { open: true }, first: 1) {\n      totalCount\n    }\n    inquiries(filter: { status: $status }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        status\n        sentAt\n        periodFrom\n        periodTo\n        service {\n          name\n        }\n      }\n    }\n  }\n": types.PortalInquiriesDocument,
    "\n  subscription PortalInquiryActivity {\n    inquiryActivity {\n      kind\n      inquiry {\n        id\n        status\n      }\n    }\n  }\n": types.PortalInquiryActivityDocument,
    "\n  query PortalInquiry($id: ID!) {\n    inquiry(id: $id) {\n      id\n      reference\n      status\n      sentAt\n      periodFrom\n      periodTo\n      details\n      createdBy\n      answer\n      answerComment\n      answeredBy\n      answeredAt\n      client {\n        name\n      }\n      service {\n        name\n        code\n      }\n      messages {\n        id\n        side\n        author\n        text\n        createdAt\n      }\n    }\n  }\n": types.PortalInquiryDocument,
    "\n  subscription PortalInquiryPageActivity {\n    inquiryActivity {\n      kind\n      inquiry {\n        id\n        status\n        messages {\n          id\n          side\n          author\n          text\n          createdAt\n        }\n      }\n    }\n  }\n": types.PortalInquiryPageActivityDocument,
    "\n  mutation PortalAnswerInquiry($id: ID!, $input: AnswerInquiryInput!) {\n    answerInquiry(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.PortalAnswerInquiryDocument,
    "\n  mutation PortalAskInquiry($id: ID!, $input: InquiryMessageInput!) {\n    requestMoreInformation(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.PortalAskInquiryDocument,
    "\n  query Organisation($id: ID!) {\n    provider(id: $id) {\n      id\n      reference\n      name\n      email\n      phone\n      preferredInquiryMethod\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n      statistics {\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        positiveShare\n        averageHoursToFirstResponse\n        medianHoursToFirstResponse\n      }\n      statisticsByMonth {\n        from\n        to\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        medianHoursToFirstResponse\n      }\n      branches {\n        id\n        name\n        kind\n        email\n        phone\n        iban\n        active\n      }\n      contacts {\n        id\n        name\n        position\n        email\n        phone\n        primary\n        branch {\n          name\n        }\n      }\n    }\n  }\n": types.OrganisationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalInquiries($status: InquiryStatus, $first: Int!, $after: String) {\n    open: inquiries(filter: { open: true }, first: 1) {\n      totalCount\n    }\n    inquiries(filter: { status: $status }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        status\n        sentAt\n        periodFrom\n        periodTo\n        service {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalInquiries($status: InquiryStatus, $first: Int!, $after: String) {\n    open: inquiries(filter: { open: true }, first: 1) {\n      totalCount\n    }\n    inquiries(filter: { status: $status }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        status\n        sentAt\n        periodFrom\n        periodTo\n        service {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PortalInquiryActivity {\n    inquiryActivity {\n      kind\n      inquiry {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PortalInquiryActivity {\n    inquiryActivity {\n      kind\n      inquiry {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalInquiry($id: ID!) {\n    inquiry(id: $id) {\n      id\n      reference\n      status\n      sentAt\n      periodFrom\n      periodTo\n      details\n      createdBy\n      answer\n      answerComment\n      answeredBy\n      answeredAt\n      client {\n        name\n      }\n      service {\n        name\n        code\n      }\n      messages {\n        id\n        side\n        author\n        text\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalInquiry($id: ID!) {\n    inquiry(id: $id) {\n      id\n      reference\n      status\n      sentAt\n      periodFrom\n      periodTo\n      details\n      createdBy\n      answer\n      answerComment\n      answeredBy\n      answeredAt\n      client {\n        name\n      }\n      service {\n        name\n        code\n      }\n      messages {\n        id\n        side\n        author\n        text\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PortalInquiryPageActivity {\n    inquiryActivity {\n      kind\n      inquiry {\n        id\n        status\n        messages {\n          id\n          side\n          author\n          text\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PortalInquiryPageActivity {\n    inquiryActivity {\n      kind\n      inquiry {\n        id\n        status\n        messages {\n          id\n          side\n          author\n          text\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalAnswerInquiry($id: ID!, $input: AnswerInquiryInput!) {\n    answerInquiry(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PortalAnswerInquiry($id: ID!, $input: AnswerInquiryInput!) {\n    answerInquiry(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalAskInquiry($id: ID!, $input: InquiryMessageInput!) {\n    requestMoreInformation(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PortalAskInquiry($id: ID!, $input: InquiryMessageInput!) {\n    requestMoreInformation(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($id: ID!) {\n    provider(id: $id) {\n      id\n      reference\n      name\n      email\n      phone\n      preferredInquiryMethod\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n      statistics {\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        positiveShare\n        averageHoursToFirstResponse\n        medianHoursToFirstResponse\n      }\n      statisticsByMonth {\n        from\n        to\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        medianHoursToFirstResponse\n      }\n      branches {\n        id\n        name\n        kind\n        email\n        phone\n        iban\n        active\n      }\n      contacts {\n        id\n        name\n        position\n        email\n        phone\n        primary\n        branch {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisation($id: ID!) {\n    provider(id: $id) {\n      id\n      reference\n      name\n      email\n      phone\n      preferredInquiryMethod\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n      statistics {\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        positiveShare\n        averageHoursToFirstResponse\n        medianHoursToFirstResponse\n      }\n      statisticsByMonth {\n        from\n        to\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        medianHoursToFirstResponse\n      }\n      branches {\n        id\n        name\n        kind\n        email\n        phone\n        iban\n        active\n      }\n      contacts {\n        id\n        name\n        position\n        email\n        phone\n        primary\n        branch {\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;