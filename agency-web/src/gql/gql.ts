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
    "\n  mutation EditNote($id: ID!, $input: EditNoteInput!) {\n    editNote(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.EditNoteDocument,
    "\n  mutation CancelNote($id: ID!, $input: CancelNoteInput!) {\n    cancelNote(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CancelNoteDocument,
    "\n  query PersonNotes($id: ID!, $includeCancelled: Boolean!) {\n    person(id: $id) {\n      id\n      notes(includeCancelled: $includeCancelled) {\n        id\n        text\n        priority\n        sensitivity\n        status\n        version\n        createdBy\n        createdAt\n        updatedAt\n        cancelledBy\n        cancelledAt\n        cancellationReason\n        history {\n          number\n          text\n          editedBy\n          editedAt\n        }\n      }\n    }\n  }\n": typeof types.PersonNotesDocument,
    "\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      id\n    }\n  }\n": typeof types.AddNoteDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      name\n      dateOfBirth\n      phone\n      email\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  query Persons($search: String, $first: Int!, $after: String) {\n    persons(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        dateOfBirth\n        email\n        phone\n      }\n    }\n  }\n": typeof types.PersonsDocument,
    "\n  query Provider($id: ID!) {\n    provider(id: $id) {\n      id\n      reference\n      name\n      email\n      phone\n      preferredInquiryMethod\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n    }\n  }\n": typeof types.ProviderDocument,
    "\n  query Providers($search: String, $first: Int!, $after: String) {\n    providers(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        email\n        phone\n        preferredInquiryMethod\n      }\n    }\n  }\n": typeof types.ProvidersDocument,
};
const documents: Documents = {
    "\n  mutation EditNote($id: ID!, $input: EditNoteInput!) {\n    editNote(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n": types.EditNoteDocument,
    "\n  mutation CancelNote($id: ID!, $input: CancelNoteInput!) {\n    cancelNote(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.CancelNoteDocument,
    "\n  query PersonNotes($id: ID!, $includeCancelled: Boolean!) {\n    person(id: $id) {\n      id\n      notes(includeCancelled: $includeCancelled) {\n        id\n        text\n        priority\n        sensitivity\n        status\n        version\n        createdBy\n        createdAt\n        updatedAt\n        cancelledBy\n        cancelledAt\n        cancellationReason\n        history {\n          number\n          text\n          editedBy\n          editedAt\n        }\n      }\n    }\n  }\n": types.PersonNotesDocument,
    "\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      id\n    }\n  }\n": types.AddNoteDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      name\n      dateOfBirth\n      phone\n      email\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n    }\n  }\n": types.PersonDocument,
    "\n  query Persons($search: String, $first: Int!, $after: String) {\n    persons(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        dateOfBirth\n        email\n        phone\n      }\n    }\n  }\n": types.PersonsDocument,
    "\n  query Provider($id: ID!) {\n    provider(id: $id) {\n      id\n      reference\n      name\n      email\n      phone\n      preferredInquiryMethod\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n    }\n  }\n": types.ProviderDocument,
    "\n  query Providers($search: String, $first: Int!, $after: String) {\n    providers(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        email\n        phone\n        preferredInquiryMethod\n      }\n    }\n  }\n": types.ProvidersDocument,
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
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      name\n      dateOfBirth\n      phone\n      email\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      name\n      dateOfBirth\n      phone\n      email\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Persons($search: String, $first: Int!, $after: String) {\n    persons(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        dateOfBirth\n        email\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query Persons($search: String, $first: Int!, $after: String) {\n    persons(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        dateOfBirth\n        email\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Provider($id: ID!) {\n    provider(id: $id) {\n      id\n      reference\n      name\n      email\n      phone\n      preferredInquiryMethod\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n    }\n  }\n"): (typeof documents)["\n  query Provider($id: ID!) {\n    provider(id: $id) {\n      id\n      reference\n      name\n      email\n      phone\n      preferredInquiryMethod\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Providers($search: String, $first: Int!, $after: String) {\n    providers(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        email\n        phone\n        preferredInquiryMethod\n      }\n    }\n  }\n"): (typeof documents)["\n  query Providers($search: String, $first: Int!, $after: String) {\n    providers(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        email\n        phone\n        preferredInquiryMethod\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;