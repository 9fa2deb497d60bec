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
    "\n  query PortalHome {\n    waitingInquiries: inquiries(filter: { status: SENT }, first: 5) {\n      totalCount\n      nodes {\n        id\n        reference\n        sentAt\n        service {\n          name\n        }\n      }\n    }\n    waitingRequests: administrativeRequests(status: WAITING_FOR_PROVIDER, first: 5) {\n      totalCount\n      nodes {\n        id\n        reference\n        subject\n        status\n        lastActivityAt\n      }\n    }\n  }\n": typeof types.PortalHomeDocument,
    "\n  query PortalUsers($id: ID!) {\n    provider(id: $id) {\n      id\n      portalAccounts {\n        id\n        version\n        name\n        email\n        role\n        status\n      }\n    }\n  }\n": typeof types.PortalUsersDocument,
    "\n  mutation PortalInviteUser($providerId: ID!, $input: InvitePortalUserInput!) {\n    invitePortalUser(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n": typeof types.PortalInviteUserDocument,
    "\n  mutation PortalResendInvitation($id: ID!) {\n    resendPortalInvitation(id: $id) {\n      id\n    }\n  }\n": typeof types.PortalResendInvitationDocument,
    "\n  mutation PortalDisableUser($id: ID!) {\n    disablePortalAccount(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PortalDisableUserDocument,
    "\n  mutation PortalEnableUser($id: ID!) {\n    enablePortalAccount(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PortalEnableUserDocument,
    "\n  mutation PortalChangeUserRole($id: ID!, $input: ChangePortalRoleInput!) {\n    changePortalAccountRole(id: $id, input: $input) {\n      id\n      role\n      version\n    }\n  }\n": typeof types.PortalChangeUserRoleDocument,
    "\n  query PortalInquiries($status: InquiryStatus, $first: Int!, $after: String) {\n    open: inquiries(filter: { open: true }, first: 1) {\n      totalCount\n    }\n    inquiries(filter: { status: $status }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        status\n        sentAt\n        periodFrom\n        periodTo\n        service {\n          name\n        }\n      }\n    }\n  }\n": typeof types.PortalInquiriesDocument,
    "\n  subscription PortalInquiryActivity {\n    inquiryActivity {\n      kind\n      inquiry {\n        id\n        status\n      }\n    }\n  }\n": typeof types.PortalInquiryActivityDocument,
    "\n  query PortalInquiry($id: ID!) {\n    inquiry(id: $id) {\n      id\n      reference\n      status\n      sentAt\n      periodFrom\n      periodTo\n      details\n      createdBy\n      answer\n      answerComment\n      answeredBy\n      answeredAt\n      client {\n        name\n      }\n      service {\n        name\n        code\n      }\n      messages {\n        id\n        side\n        author\n        text\n        createdAt\n      }\n    }\n  }\n": typeof types.PortalInquiryDocument,
    "\n  subscription PortalInquiryPageActivity {\n    inquiryActivity {\n      kind\n      inquiry {\n        id\n        status\n        messages {\n          id\n          side\n          author\n          text\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.PortalInquiryPageActivityDocument,
    "\n  mutation PortalAnswerInquiry($id: ID!, $input: AnswerInquiryInput!) {\n    answerInquiry(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PortalAnswerInquiryDocument,
    "\n  mutation PortalAskInquiry($id: ID!, $input: InquiryMessageInput!) {\n    requestMoreInformation(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PortalAskInquiryDocument,
    "\n  query Organisation($id: ID!) {\n    provider(id: $id) {\n      id\n      reference\n      name\n      email\n      phone\n      preferredInquiryMethod\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n      statistics {\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        positiveShare\n        averageHoursToFirstResponse\n        medianHoursToFirstResponse\n      }\n      statisticsByMonth {\n        from\n        to\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        medianHoursToFirstResponse\n      }\n      branches {\n        id\n        name\n        kind\n        email\n        phone\n        iban\n        active\n      }\n      contacts {\n        id\n        name\n        position\n        email\n        phone\n        primary\n        branch {\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  mutation RequestAdminRequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadUrl\n      maxBytes\n    }\n  }\n": typeof types.RequestAdminRequestUploadDocument,
    "\n  query PortalNewRequest($providerId: ID!) {\n    provider(id: $providerId) {\n      id\n      name\n      branches {\n        id\n        name\n        kind\n        active\n      }\n    }\n    administrativeRequestCategories {\n      id\n      code\n      nameEn\n      nameDe\n      nameIt\n      referenceKind\n      referencePattern\n      referenceExample\n    }\n    administrativeRequestFilesAvailable\n  }\n": typeof types.PortalNewRequestDocument,
    "\n  mutation PortalCreateRequest($input: CreateAdministrativeRequestInput!) {\n    createAdministrativeRequest(input: $input) {\n      id\n      reference\n    }\n  }\n": typeof types.PortalCreateRequestDocument,
    "\n  fragment PortalRequestFields on AdministrativeRequest {\n    id\n    version\n    reference\n    status\n    subject\n    accountName\n    referenceNumber\n    createdAt\n    lastActivityAt\n    category {\n      id\n      code\n      nameEn\n      nameDe\n      nameIt\n    }\n  }\n": typeof types.PortalRequestFieldsFragmentDoc,
    "\n  query PortalRequest($id: ID!) {\n    administrativeRequest(id: $id) {\n      ...PortalRequestFields\n      description\n      createdBy\n      resolvedAt\n      closedAt\n      messages {\n        id\n        side\n        author\n        text\n        createdAt\n        files {\n          fileId\n          fileName\n          contentType\n          size\n          downloadUrl\n        }\n      }\n      history {\n        id\n        kind\n        toStatus\n        actor\n        detail\n        createdAt\n      }\n    }\n  }\n": typeof types.PortalRequestDocument,
    "\n  subscription PortalRequestActivity($requestId: ID) {\n    administrativeRequestActivity(requestId: $requestId) {\n      eventId\n      kind\n    }\n  }\n": typeof types.PortalRequestActivityDocument,
    "\n  mutation PortalReplyToRequest($id: ID!, $input: ReplyToAdministrativeRequestInput!) {\n    replyToAdministrativeRequest(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.PortalReplyToRequestDocument,
    "\n  mutation PortalChangeRequestStatus($id: ID!, $input: ChangeAdministrativeRequestStatusInput!) {\n    changeAdministrativeRequestStatus(id: $id, input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PortalChangeRequestStatusDocument,
    "\n  query PortalRequests(\n    $status: AdministrativeRequestStatus\n    $search: String\n    $first: Int\n    $after: String\n  ) {\n    administrativeRequests(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        ...PortalRequestFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.PortalRequestsDocument,
    "\n  subscription PortalRequestsActivity {\n    administrativeRequestActivity {\n      kind\n      request {\n        ...PortalRequestFields\n      }\n    }\n  }\n": typeof types.PortalRequestsActivityDocument,
};
const documents: Documents = {
    "\n  query PortalHome {\n    waitingInquiries: inquiries(filter: { status: SENT }, first: 5) {\n      totalCount\n      nodes {\n        id\n        reference\n        sentAt\n        service {\n          name\n        }\n      }\n    }\n    waitingRequests: administrativeRequests(status: WAITING_FOR_PROVIDER, first: 5) {\n      totalCount\n      nodes {\n        id\n        reference\n        subject\n        status\n        lastActivityAt\n      }\n    }\n  }\n": types.PortalHomeDocument,
    "\n  query PortalUsers($id: ID!) {\n    provider(id: $id) {\n      id\n      portalAccounts {\n        id\n        version\n        name\n        email\n        role\n        status\n      }\n    }\n  }\n": types.PortalUsersDocument,
    "\n  mutation PortalInviteUser($providerId: ID!, $input: InvitePortalUserInput!) {\n    invitePortalUser(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n": types.PortalInviteUserDocument,
    "\n  mutation PortalResendInvitation($id: ID!) {\n    resendPortalInvitation(id: $id) {\n      id\n    }\n  }\n": types.PortalResendInvitationDocument,
    "\n  mutation PortalDisableUser($id: ID!) {\n    disablePortalAccount(id: $id) {\n      id\n      status\n    }\n  }\n": types.PortalDisableUserDocument,
    "\n  mutation PortalEnableUser($id: ID!) {\n    enablePortalAccount(id: $id) {\n      id\n      status\n    }\n  }\n": types.PortalEnableUserDocument,
    "\n  mutation PortalChangeUserRole($id: ID!, $input: ChangePortalRoleInput!) {\n    changePortalAccountRole(id: $id, input: $input) {\n      id\n      role\n      version\n    }\n  }\n": types.PortalChangeUserRoleDocument,
    "\n  query PortalInquiries($status: InquiryStatus, $first: Int!, $after: String) {\n    open: inquiries(filter: { open: true }, first: 1) {\n      totalCount\n    }\n    inquiries(filter: { status: $status }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        status\n        sentAt\n        periodFrom\n        periodTo\n        service {\n          name\n        }\n      }\n    }\n  }\n": types.PortalInquiriesDocument,
    "\n  subscription PortalInquiryActivity {\n    inquiryActivity {\n      kind\n      inquiry {\n        id\n        status\n      }\n    }\n  }\n": types.PortalInquiryActivityDocument,
    "\n  query PortalInquiry($id: ID!) {\n    inquiry(id: $id) {\n      id\n      reference\n      status\n      sentAt\n      periodFrom\n      periodTo\n      details\n      createdBy\n      answer\n      answerComment\n      answeredBy\n      answeredAt\n      client {\n        name\n      }\n      service {\n        name\n        code\n      }\n      messages {\n        id\n        side\n        author\n        text\n        createdAt\n      }\n    }\n  }\n": types.PortalInquiryDocument,
    "\n  subscription PortalInquiryPageActivity {\n    inquiryActivity {\n      kind\n      inquiry {\n        id\n        status\n        messages {\n          id\n          side\n          author\n          text\n          createdAt\n        }\n      }\n    }\n  }\n": types.PortalInquiryPageActivityDocument,
    "\n  mutation PortalAnswerInquiry($id: ID!, $input: AnswerInquiryInput!) {\n    answerInquiry(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.PortalAnswerInquiryDocument,
    "\n  mutation PortalAskInquiry($id: ID!, $input: InquiryMessageInput!) {\n    requestMoreInformation(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.PortalAskInquiryDocument,
    "\n  query Organisation($id: ID!) {\n    provider(id: $id) {\n      id\n      reference\n      name\n      email\n      phone\n      preferredInquiryMethod\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n      statistics {\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        positiveShare\n        averageHoursToFirstResponse\n        medianHoursToFirstResponse\n      }\n      statisticsByMonth {\n        from\n        to\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        medianHoursToFirstResponse\n      }\n      branches {\n        id\n        name\n        kind\n        email\n        phone\n        iban\n        active\n      }\n      contacts {\n        id\n        name\n        position\n        email\n        phone\n        primary\n        branch {\n          name\n        }\n      }\n    }\n  }\n": types.OrganisationDocument,
    "\n  mutation RequestAdminRequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadUrl\n      maxBytes\n    }\n  }\n": types.RequestAdminRequestUploadDocument,
    "\n  query PortalNewRequest($providerId: ID!) {\n    provider(id: $providerId) {\n      id\n      name\n      branches {\n        id\n        name\n        kind\n        active\n      }\n    }\n    administrativeRequestCategories {\n      id\n      code\n      nameEn\n      nameDe\n      nameIt\n      referenceKind\n      referencePattern\n      referenceExample\n    }\n    administrativeRequestFilesAvailable\n  }\n": types.PortalNewRequestDocument,
    "\n  mutation PortalCreateRequest($input: CreateAdministrativeRequestInput!) {\n    createAdministrativeRequest(input: $input) {\n      id\n      reference\n    }\n  }\n": types.PortalCreateRequestDocument,
    "\n  fragment PortalRequestFields on AdministrativeRequest {\n    id\n    version\n    reference\n    status\n    subject\n    accountName\n    referenceNumber\n    createdAt\n    lastActivityAt\n    category {\n      id\n      code\n      nameEn\n      nameDe\n      nameIt\n    }\n  }\n": types.PortalRequestFieldsFragmentDoc,
    "\n  query PortalRequest($id: ID!) {\n    administrativeRequest(id: $id) {\n      ...PortalRequestFields\n      description\n      createdBy\n      resolvedAt\n      closedAt\n      messages {\n        id\n        side\n        author\n        text\n        createdAt\n        files {\n          fileId\n          fileName\n          contentType\n          size\n          downloadUrl\n        }\n      }\n      history {\n        id\n        kind\n        toStatus\n        actor\n        detail\n        createdAt\n      }\n    }\n  }\n": types.PortalRequestDocument,
    "\n  subscription PortalRequestActivity($requestId: ID) {\n    administrativeRequestActivity(requestId: $requestId) {\n      eventId\n      kind\n    }\n  }\n": types.PortalRequestActivityDocument,
    "\n  mutation PortalReplyToRequest($id: ID!, $input: ReplyToAdministrativeRequestInput!) {\n    replyToAdministrativeRequest(id: $id, input: $input) {\n      id\n    }\n  }\n": types.PortalReplyToRequestDocument,
    "\n  mutation PortalChangeRequestStatus($id: ID!, $input: ChangeAdministrativeRequestStatusInput!) {\n    changeAdministrativeRequestStatus(id: $id, input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.PortalChangeRequestStatusDocument,
    "\n  query PortalRequests(\n    $status: AdministrativeRequestStatus\n    $search: String\n    $first: Int\n    $after: String\n  ) {\n    administrativeRequests(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        ...PortalRequestFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.PortalRequestsDocument,
    "\n  subscription PortalRequestsActivity {\n    administrativeRequestActivity {\n      kind\n      request {\n        ...PortalRequestFields\n      }\n    }\n  }\n": types.PortalRequestsActivityDocument,
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
export function graphql(source: "\n  query PortalHome {\n    waitingInquiries: inquiries(filter: { status: SENT }, first: 5) {\n      totalCount\n      nodes {\n        id\n        reference\n        sentAt\n        service {\n          name\n        }\n      }\n    }\n    waitingRequests: administrativeRequests(status: WAITING_FOR_PROVIDER, first: 5) {\n      totalCount\n      nodes {\n        id\n        reference\n        subject\n        status\n        lastActivityAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalHome {\n    waitingInquiries: inquiries(filter: { status: SENT }, first: 5) {\n      totalCount\n      nodes {\n        id\n        reference\n        sentAt\n        service {\n          name\n        }\n      }\n    }\n    waitingRequests: administrativeRequests(status: WAITING_FOR_PROVIDER, first: 5) {\n      totalCount\n      nodes {\n        id\n        reference\n        subject\n        status\n        lastActivityAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalUsers($id: ID!) {\n    provider(id: $id) {\n      id\n      portalAccounts {\n        id\n        version\n        name\n        email\n        role\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalUsers($id: ID!) {\n    provider(id: $id) {\n      id\n      portalAccounts {\n        id\n        version\n        name\n        email\n        role\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalInviteUser($providerId: ID!, $input: InvitePortalUserInput!) {\n    invitePortalUser(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PortalInviteUser($providerId: ID!, $input: InvitePortalUserInput!) {\n    invitePortalUser(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalResendInvitation($id: ID!) {\n    resendPortalInvitation(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PortalResendInvitation($id: ID!) {\n    resendPortalInvitation(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalDisableUser($id: ID!) {\n    disablePortalAccount(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PortalDisableUser($id: ID!) {\n    disablePortalAccount(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalEnableUser($id: ID!) {\n    enablePortalAccount(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PortalEnableUser($id: ID!) {\n    enablePortalAccount(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalChangeUserRole($id: ID!, $input: ChangePortalRoleInput!) {\n    changePortalAccountRole(id: $id, input: $input) {\n      id\n      role\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PortalChangeUserRole($id: ID!, $input: ChangePortalRoleInput!) {\n    changePortalAccountRole(id: $id, input: $input) {\n      id\n      role\n      version\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAdminRequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadUrl\n      maxBytes\n    }\n  }\n"): (typeof documents)["\n  mutation RequestAdminRequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadUrl\n      maxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalNewRequest($providerId: ID!) {\n    provider(id: $providerId) {\n      id\n      name\n      branches {\n        id\n        name\n        kind\n        active\n      }\n    }\n    administrativeRequestCategories {\n      id\n      code\n      nameEn\n      nameDe\n      nameIt\n      referenceKind\n      referencePattern\n      referenceExample\n    }\n    administrativeRequestFilesAvailable\n  }\n"): (typeof documents)["\n  query PortalNewRequest($providerId: ID!) {\n    provider(id: $providerId) {\n      id\n      name\n      branches {\n        id\n        name\n        kind\n        active\n      }\n    }\n    administrativeRequestCategories {\n      id\n      code\n      nameEn\n      nameDe\n      nameIt\n      referenceKind\n      referencePattern\n      referenceExample\n    }\n    administrativeRequestFilesAvailable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalCreateRequest($input: CreateAdministrativeRequestInput!) {\n    createAdministrativeRequest(input: $input) {\n      id\n      reference\n    }\n  }\n"): (typeof documents)["\n  mutation PortalCreateRequest($input: CreateAdministrativeRequestInput!) {\n    createAdministrativeRequest(input: $input) {\n      id\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalRequestFields on AdministrativeRequest {\n    id\n    version\n    reference\n    status\n    subject\n    accountName\n    referenceNumber\n    createdAt\n    lastActivityAt\n    category {\n      id\n      code\n      nameEn\n      nameDe\n      nameIt\n    }\n  }\n"): (typeof documents)["\n  fragment PortalRequestFields on AdministrativeRequest {\n    id\n    version\n    reference\n    status\n    subject\n    accountName\n    referenceNumber\n    createdAt\n    lastActivityAt\n    category {\n      id\n      code\n      nameEn\n      nameDe\n      nameIt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalRequest($id: ID!) {\n    administrativeRequest(id: $id) {\n      ...PortalRequestFields\n      description\n      createdBy\n      resolvedAt\n      closedAt\n      messages {\n        id\n        side\n        author\n        text\n        createdAt\n        files {\n          fileId\n          fileName\n          contentType\n          size\n          downloadUrl\n        }\n      }\n      history {\n        id\n        kind\n        toStatus\n        actor\n        detail\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalRequest($id: ID!) {\n    administrativeRequest(id: $id) {\n      ...PortalRequestFields\n      description\n      createdBy\n      resolvedAt\n      closedAt\n      messages {\n        id\n        side\n        author\n        text\n        createdAt\n        files {\n          fileId\n          fileName\n          contentType\n          size\n          downloadUrl\n        }\n      }\n      history {\n        id\n        kind\n        toStatus\n        actor\n        detail\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PortalRequestActivity($requestId: ID) {\n    administrativeRequestActivity(requestId: $requestId) {\n      eventId\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription PortalRequestActivity($requestId: ID) {\n    administrativeRequestActivity(requestId: $requestId) {\n      eventId\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalReplyToRequest($id: ID!, $input: ReplyToAdministrativeRequestInput!) {\n    replyToAdministrativeRequest(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PortalReplyToRequest($id: ID!, $input: ReplyToAdministrativeRequestInput!) {\n    replyToAdministrativeRequest(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalChangeRequestStatus($id: ID!, $input: ChangeAdministrativeRequestStatusInput!) {\n    changeAdministrativeRequestStatus(id: $id, input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PortalChangeRequestStatus($id: ID!, $input: ChangeAdministrativeRequestStatusInput!) {\n    changeAdministrativeRequestStatus(id: $id, input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalRequests(\n    $status: AdministrativeRequestStatus\n    $search: String\n    $first: Int\n    $after: String\n  ) {\n    administrativeRequests(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        ...PortalRequestFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PortalRequests(\n    $status: AdministrativeRequestStatus\n    $search: String\n    $first: Int\n    $after: String\n  ) {\n    administrativeRequests(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        ...PortalRequestFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PortalRequestsActivity {\n    administrativeRequestActivity {\n      kind\n      request {\n        ...PortalRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PortalRequestsActivity {\n    administrativeRequestActivity {\n      kind\n      request {\n        ...PortalRequestFields\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;