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
    "\n  query AgencyInquiries($filter: InquiryFilterInput, $first: Int!) {\n    inquiries(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        reference\n        status\n        method\n        sentAt\n        periodFrom\n        periodTo\n        service {\n          name\n        }\n        provider {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AgencyInquiriesDocument,
    "\n  query AgencyInquiry($id: ID!) {\n    inquiry(id: $id) {\n      id\n      reference\n      status\n      method\n      sentAt\n      periodFrom\n      periodTo\n      details\n      createdBy\n      spokeWith\n      providerEmailedAt\n      answer\n      answerComment\n      answeredBy\n      answeredAt\n      answerChannel\n      service {\n        name\n      }\n      provider {\n        id\n        name\n      }\n      client {\n        id\n        name\n      }\n      messages {\n        id\n        side\n        author\n        text\n        createdAt\n      }\n    }\n  }\n": typeof types.AgencyInquiryDocument,
    "\n  subscription AgencyInquiryActivity {\n    inquiryActivity {\n      kind\n      inquiry {\n        id\n        status\n        answer\n        answerComment\n        answeredBy\n        answeredAt\n        answerChannel\n        messages {\n          id\n          side\n          author\n          text\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AgencyInquiryActivityDocument,
    "\n  mutation ReplyToProvider($id: ID!, $input: InquiryMessageInput!) {\n    provideMoreInformation(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReplyToProviderDocument,
    "\n  mutation RecordAnswer($id: ID!, $input: RecordInquiryAnswerInput!) {\n    recordInquiryAnswer(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RecordAnswerDocument,
    "\n  mutation WithdrawInquiry($id: ID!) {\n    withdrawInquiry(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawInquiryDocument,
    "\n  query InquiryServices {\n    services {\n      id\n      code\n      name\n    }\n  }\n": typeof types.InquiryServicesDocument,
    "\n  query ProvidersForService($serviceId: ID!) {\n    providers(serviceId: $serviceId, first: 100) {\n      nodes {\n        id\n        name\n        allowedInquiryMethods {\n          method\n          allowed\n          reason\n          reasonCode\n        }\n        statistics(serviceId: $serviceId) {\n          answeredCount\n          positiveShare\n          medianHoursToFirstResponse\n        }\n      }\n    }\n  }\n": typeof types.ProvidersForServiceDocument,
    "\n  mutation CreateInquiry($input: CreateInquiryInput!) {\n    createInquiry(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateInquiryDocument,
    "\n  mutation EditNote($id: ID!, $input: EditNoteInput!) {\n    editNote(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.EditNoteDocument,
    "\n  mutation CancelNote($id: ID!, $input: CancelNoteInput!) {\n    cancelNote(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CancelNoteDocument,
    "\n  query PersonNotes($id: ID!, $includeCancelled: Boolean!) {\n    person(id: $id) {\n      id\n      notes(includeCancelled: $includeCancelled) {\n        id\n        text\n        priority\n        sensitivity\n        status\n        version\n        createdBy\n        createdAt\n        updatedAt\n        cancelledBy\n        cancelledAt\n        cancellationReason\n        history {\n          number\n          text\n          editedBy\n          editedAt\n        }\n      }\n    }\n  }\n": typeof types.PersonNotesDocument,
    "\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      id\n    }\n  }\n": typeof types.AddNoteDocument,
    "\n  query AgencyNotificationInbox {\n    myUnreadNotificationCount\n    myNotifications(first: 20) {\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.AgencyNotificationInboxDocument,
    "\n  subscription AgencyNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      link\n    }\n  }\n": typeof types.AgencyNotificationAddedDocument,
    "\n  mutation AgencyMarkNotificationRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": typeof types.AgencyMarkNotificationReadDocument,
    "\n  mutation AgencyMarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.AgencyMarkAllNotificationsReadDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      name\n      dateOfBirth\n      phone\n      email\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  query Persons($search: String, $first: Int!, $after: String) {\n    persons(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        dateOfBirth\n        email\n        phone\n      }\n    }\n  }\n": typeof types.PersonsDocument,
    "\n  query Provider($id: ID!, $withStatistics: Boolean!) {\n    provider(id: $id) {\n      id\n      reference\n      name\n      email\n      phone\n      preferredInquiryMethod\n      preferredCommunicationMethod\n      servicesOffered {\n        id\n        code\n        name\n      }\n      allowedInquiryMethods {\n        method\n        allowed\n        rule\n        reason\n        reasonCode\n      }\n      statistics @include(if: $withStatistics) {\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        positiveShare\n        averageHoursToFirstResponse\n        medianHoursToFirstResponse\n      }\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n    }\n  }\n": typeof types.ProviderDocument,
    "\n  query Providers($search: String, $serviceId: ID, $first: Int!, $after: String) {\n    services {\n      id\n      name\n      code\n    }\n    providers(search: $search, serviceId: $serviceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        email\n        phone\n        preferredInquiryMethod\n      }\n    }\n  }\n": typeof types.ProvidersDocument,
};
const documents: Documents = {
    "\n  query AgencyInquiries($filter: InquiryFilterInput, $first: Int!) {\n    inquiries(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        reference\n        status\n        method\n        sentAt\n        periodFrom\n        periodTo\n        service {\n          name\n        }\n        provider {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AgencyInquiriesDocument,
    "\n  query AgencyInquiry($id: ID!) {\n    inquiry(id: $id) {\n      id\n      reference\n      status\n      method\n      sentAt\n      periodFrom\n      periodTo\n      details\n      createdBy\n      spokeWith\n      providerEmailedAt\n      answer\n      answerComment\n      answeredBy\n      answeredAt\n      answerChannel\n      service {\n        name\n      }\n      provider {\n        id\n        name\n      }\n      client {\n        id\n        name\n      }\n      messages {\n        id\n        side\n        author\n        text\n        createdAt\n      }\n    }\n  }\n": types.AgencyInquiryDocument,
    "\n  subscription AgencyInquiryActivity {\n    inquiryActivity {\n      kind\n      inquiry {\n        id\n        status\n        answer\n        answerComment\n        answeredBy\n        answeredAt\n        answerChannel\n        messages {\n          id\n          side\n          author\n          text\n          createdAt\n        }\n      }\n    }\n  }\n": types.AgencyInquiryActivityDocument,
    "\n  mutation ReplyToProvider($id: ID!, $input: InquiryMessageInput!) {\n    provideMoreInformation(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.ReplyToProviderDocument,
    "\n  mutation RecordAnswer($id: ID!, $input: RecordInquiryAnswerInput!) {\n    recordInquiryAnswer(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.RecordAnswerDocument,
    "\n  mutation WithdrawInquiry($id: ID!) {\n    withdrawInquiry(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawInquiryDocument,
    "\n  query InquiryServices {\n    services {\n      id\n      code\n      name\n    }\n  }\n": types.InquiryServicesDocument,
    "\n  query ProvidersForService($serviceId: ID!) {\n    providers(serviceId: $serviceId, first: 100) {\n      nodes {\n        id\n        name\n        allowedInquiryMethods {\n          method\n          allowed\n          reason\n          reasonCode\n        }\n        statistics(serviceId: $serviceId) {\n          answeredCount\n          positiveShare\n          medianHoursToFirstResponse\n        }\n      }\n    }\n  }\n": types.ProvidersForServiceDocument,
    "\n  mutation CreateInquiry($input: CreateInquiryInput!) {\n    createInquiry(input: $input) {\n      id\n    }\n  }\n": types.CreateInquiryDocument,
    "\n  mutation EditNote($id: ID!, $input: EditNoteInput!) {\n    editNote(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n": types.EditNoteDocument,
    "\n  mutation CancelNote($id: ID!, $input: CancelNoteInput!) {\n    cancelNote(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.CancelNoteDocument,
    "\n  query PersonNotes($id: ID!, $includeCancelled: Boolean!) {\n    person(id: $id) {\n      id\n      notes(includeCancelled: $includeCancelled) {\n        id\n        text\n        priority\n        sensitivity\n        status\n        version\n        createdBy\n        createdAt\n        updatedAt\n        cancelledBy\n        cancelledAt\n        cancellationReason\n        history {\n          number\n          text\n          editedBy\n          editedAt\n        }\n      }\n    }\n  }\n": types.PersonNotesDocument,
    "\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      id\n    }\n  }\n": types.AddNoteDocument,
    "\n  query AgencyNotificationInbox {\n    myUnreadNotificationCount\n    myNotifications(first: 20) {\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.AgencyNotificationInboxDocument,
    "\n  subscription AgencyNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      link\n    }\n  }\n": types.AgencyNotificationAddedDocument,
    "\n  mutation AgencyMarkNotificationRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": types.AgencyMarkNotificationReadDocument,
    "\n  mutation AgencyMarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.AgencyMarkAllNotificationsReadDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      name\n      dateOfBirth\n      phone\n      email\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n    }\n  }\n": types.PersonDocument,
    "\n  query Persons($search: String, $first: Int!, $after: String) {\n    persons(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        dateOfBirth\n        email\n        phone\n      }\n    }\n  }\n": types.PersonsDocument,
    "\n  query Provider($id: ID!, $withStatistics: Boolean!) {\n    provider(id: $id) {\n      id\n      reference\n      name\n      email\n      phone\n      preferredInquiryMethod\n      preferredCommunicationMethod\n      servicesOffered {\n        id\n        code\n        name\n      }\n      allowedInquiryMethods {\n        method\n        allowed\n        rule\n        reason\n        reasonCode\n      }\n      statistics @include(if: $withStatistics) {\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        positiveShare\n        averageHoursToFirstResponse\n        medianHoursToFirstResponse\n      }\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n    }\n  }\n": types.ProviderDocument,
    "\n  query Providers($search: String, $serviceId: ID, $first: Int!, $after: String) {\n    services {\n      id\n      name\n      code\n    }\n    providers(search: $search, serviceId: $serviceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        email\n        phone\n        preferredInquiryMethod\n      }\n    }\n  }\n": types.ProvidersDocument,
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
export function graphql(source: "\n  query AgencyInquiries($filter: InquiryFilterInput, $first: Int!) {\n    inquiries(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        reference\n        status\n        method\n        sentAt\n        periodFrom\n        periodTo\n        service {\n          name\n        }\n        provider {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyInquiries($filter: InquiryFilterInput, $first: Int!) {\n    inquiries(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        reference\n        status\n        method\n        sentAt\n        periodFrom\n        periodTo\n        service {\n          name\n        }\n        provider {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyInquiry($id: ID!) {\n    inquiry(id: $id) {\n      id\n      reference\n      status\n      method\n      sentAt\n      periodFrom\n      periodTo\n      details\n      createdBy\n      spokeWith\n      providerEmailedAt\n      answer\n      answerComment\n      answeredBy\n      answeredAt\n      answerChannel\n      service {\n        name\n      }\n      provider {\n        id\n        name\n      }\n      client {\n        id\n        name\n      }\n      messages {\n        id\n        side\n        author\n        text\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyInquiry($id: ID!) {\n    inquiry(id: $id) {\n      id\n      reference\n      status\n      method\n      sentAt\n      periodFrom\n      periodTo\n      details\n      createdBy\n      spokeWith\n      providerEmailedAt\n      answer\n      answerComment\n      answeredBy\n      answeredAt\n      answerChannel\n      service {\n        name\n      }\n      provider {\n        id\n        name\n      }\n      client {\n        id\n        name\n      }\n      messages {\n        id\n        side\n        author\n        text\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AgencyInquiryActivity {\n    inquiryActivity {\n      kind\n      inquiry {\n        id\n        status\n        answer\n        answerComment\n        answeredBy\n        answeredAt\n        answerChannel\n        messages {\n          id\n          side\n          author\n          text\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AgencyInquiryActivity {\n    inquiryActivity {\n      kind\n      inquiry {\n        id\n        status\n        answer\n        answerComment\n        answeredBy\n        answeredAt\n        answerChannel\n        messages {\n          id\n          side\n          author\n          text\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToProvider($id: ID!, $input: InquiryMessageInput!) {\n    provideMoreInformation(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToProvider($id: ID!, $input: InquiryMessageInput!) {\n    provideMoreInformation(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAnswer($id: ID!, $input: RecordInquiryAnswerInput!) {\n    recordInquiryAnswer(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAnswer($id: ID!, $input: RecordInquiryAnswerInput!) {\n    recordInquiryAnswer(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawInquiry($id: ID!) {\n    withdrawInquiry(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawInquiry($id: ID!) {\n    withdrawInquiry(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InquiryServices {\n    services {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query InquiryServices {\n    services {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersForService($serviceId: ID!) {\n    providers(serviceId: $serviceId, first: 100) {\n      nodes {\n        id\n        name\n        allowedInquiryMethods {\n          method\n          allowed\n          reason\n          reasonCode\n        }\n        statistics(serviceId: $serviceId) {\n          answeredCount\n          positiveShare\n          medianHoursToFirstResponse\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvidersForService($serviceId: ID!) {\n    providers(serviceId: $serviceId, first: 100) {\n      nodes {\n        id\n        name\n        allowedInquiryMethods {\n          method\n          allowed\n          reason\n          reasonCode\n        }\n        statistics(serviceId: $serviceId) {\n          answeredCount\n          positiveShare\n          medianHoursToFirstResponse\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInquiry($input: CreateInquiryInput!) {\n    createInquiry(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInquiry($input: CreateInquiryInput!) {\n    createInquiry(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditNote($id: ID!, $input: EditNoteInput!) {\n    editNote(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation EditNote($id: ID!, $input: EditNoteInput!) {\n    editNote(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelNote($id: ID!, $input: CancelNoteInput!) {\n    cancelNote(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelNote($id: ID!, $input: CancelNoteInput!) {\n    cancelNote(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonNotes($id: ID!, $includeCancelled: Boolean!) {\n    person(id: $id) {\n      id\n      notes(includeCancelled: $includeCancelled) {\n        id\n        text\n        priority\n        sensitivity\n        status\n        version\n        createdBy\n        createdAt\n        updatedAt\n        cancelledBy\n        cancelledAt\n        cancellationReason\n        history {\n          number\n          text\n          editedBy\n          editedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonNotes($id: ID!, $includeCancelled: Boolean!) {\n    person(id: $id) {\n      id\n      notes(includeCancelled: $includeCancelled) {\n        id\n        text\n        priority\n        sensitivity\n        status\n        version\n        createdBy\n        createdAt\n        updatedAt\n        cancelledBy\n        cancelledAt\n        cancellationReason\n        history {\n          number\n          text\n          editedBy\n          editedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyNotificationInbox {\n    myUnreadNotificationCount\n    myNotifications(first: 20) {\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyNotificationInbox {\n    myUnreadNotificationCount\n    myNotifications(first: 20) {\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AgencyNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      link\n    }\n  }\n"): (typeof documents)["\n  subscription AgencyNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      link\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencyMarkNotificationRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation AgencyMarkNotificationRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencyMarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation AgencyMarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      name\n      dateOfBirth\n      phone\n      email\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      name\n      dateOfBirth\n      phone\n      email\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Persons($search: String, $first: Int!, $after: String) {\n    persons(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        dateOfBirth\n        email\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query Persons($search: String, $first: Int!, $after: String) {\n    persons(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        dateOfBirth\n        email\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Provider($id: ID!, $withStatistics: Boolean!) {\n    provider(id: $id) {\n      id\n      reference\n      name\n      email\n      phone\n      preferredInquiryMethod\n      preferredCommunicationMethod\n      servicesOffered {\n        id\n        code\n        name\n      }\n      allowedInquiryMethods {\n        method\n        allowed\n        rule\n        reason\n        reasonCode\n      }\n      statistics @include(if: $withStatistics) {\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        positiveShare\n        averageHoursToFirstResponse\n        medianHoursToFirstResponse\n      }\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n    }\n  }\n"): (typeof documents)["\n  query Provider($id: ID!, $withStatistics: Boolean!) {\n    provider(id: $id) {\n      id\n      reference\n      name\n      email\n      phone\n      preferredInquiryMethod\n      preferredCommunicationMethod\n      servicesOffered {\n        id\n        code\n        name\n      }\n      allowedInquiryMethods {\n        method\n        allowed\n        rule\n        reason\n        reasonCode\n      }\n      statistics @include(if: $withStatistics) {\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        positiveShare\n        averageHoursToFirstResponse\n        medianHoursToFirstResponse\n      }\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Providers($search: String, $serviceId: ID, $first: Int!, $after: String) {\n    services {\n      id\n      name\n      code\n    }\n    providers(search: $search, serviceId: $serviceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        email\n        phone\n        preferredInquiryMethod\n      }\n    }\n  }\n"): (typeof documents)["\n  query Providers($search: String, $serviceId: ID, $first: Int!, $after: String) {\n    services {\n      id\n      name\n      code\n    }\n    providers(search: $search, serviceId: $serviceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        email\n        phone\n        preferredInquiryMethod\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;