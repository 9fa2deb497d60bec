import { graphql } from '../gql/index.js';

/** What a new request needs: the organisation's accounts (R5.4), the categories (R5.5), whether files work yet (R5.7). */
export const NewRequestQuery = graphql(`
  query PortalNewRequest($providerId: ID!) {
    provider(id: $providerId) {
      id
      name
      branches {
        id
        name
        kind
        active
      }
    }
    administrativeRequestCategories {
      id
      code
      nameEn
      nameDe
      nameIt
      referenceKind
      referencePattern
      referenceExample
    }
    administrativeRequestFilesAvailable
  }
`);

export const CreateRequest = graphql(`
  mutation PortalCreateRequest($input: CreateAdministrativeRequestInput!) {
    createAdministrativeRequest(input: $input) {
      id
      reference
    }
  }
`);

export const RequestFields = graphql(`
  fragment PortalRequestFields on AdministrativeRequest {
    id
    version
    reference
    status
    subject
    accountName
    referenceNumber
    createdAt
    lastActivityAt
    category {
      id
      code
      nameEn
      nameDe
      nameIt
    }
  }
`);
