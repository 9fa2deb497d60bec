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
    "\n  query Configuration {\n    agencySettings {\n      id\n      version\n      intakeProcessDefined\n      intakeStrategy\n      allowClosingWithActiveDeliveries\n    }\n    programmes(includeInactive: true) {\n      id\n      version\n      name\n      product\n      meetingRequired\n      active\n    }\n    caseTypes(includeInactive: true) {\n      id\n      version\n      name\n      active\n    }\n    caseReasons(includeInactive: true) {\n      id\n      version\n      kind\n      name\n      active\n    }\n  }\n": typeof types.ConfigurationDocument,
    "\n  mutation UpdateAgencySettings($input: UpdateAgencySettingsInput!) {\n    updateAgencySettings(input: $input) {\n      id\n      version\n      intakeProcessDefined\n      intakeStrategy\n      allowClosingWithActiveDeliveries\n    }\n  }\n": typeof types.UpdateAgencySettingsDocument,
    "\n  mutation CreateProgramme($input: ProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateProgrammeDocument,
    "\n  mutation UpdateProgramme($id: ID!, $input: UpdateProgrammeInput!) {\n    updateProgramme(id: $id, input: $input) {\n      id\n      version\n      active\n    }\n  }\n": typeof types.UpdateProgrammeDocument,
    "\n  mutation CreateCaseType($input: NamedInput!) {\n    createCaseType(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCaseTypeDocument,
    "\n  mutation UpdateCaseType($id: ID!, $input: UpdateNamedInput!) {\n    updateCaseType(id: $id, input: $input) {\n      id\n      version\n      active\n    }\n  }\n": typeof types.UpdateCaseTypeDocument,
    "\n  mutation CreateCaseReason($input: CaseReasonInput!) {\n    createCaseReason(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCaseReasonDocument,
    "\n  mutation UpdateCaseReason($id: ID!, $input: UpdateNamedInput!) {\n    updateCaseReason(id: $id, input: $input) {\n      id\n      version\n      active\n    }\n  }\n": typeof types.UpdateCaseReasonDocument,
    "\n  query Application($id: ID!) {\n    application(id: $id) {\n      id\n      reference\n      status\n      createdBy\n      clients {\n        id\n        name\n      }\n      programmes {\n        id\n        decision\n        reason\n        decidedBy\n        decidedAt\n        programme {\n          id\n          name\n          meetingRequired\n          product\n        }\n        integratedCase {\n          id\n          reference\n        }\n        productDelivery {\n          reference\n        }\n      }\n      meetings {\n        id\n        heldOn\n        attendees\n        source\n        recordedBy\n      }\n      auditTrail {\n        id\n        at\n        actor\n        entityType\n        action\n        changes {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n": typeof types.ApplicationDocument,
    "\n  mutation ApproveProgramme($id: ID!, $input: ProgrammeDecisionInput!) {\n    approveProgramme(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveProgrammeDocument,
    "\n  mutation DenyProgramme($id: ID!, $input: ProgrammeDecisionInput!) {\n    denyProgramme(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DenyProgrammeDocument,
    "\n  mutation RecordApplicationMeeting($id: ID!, $input: MeetingHeldInput!) {\n    recordApplicationMeeting(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.RecordApplicationMeetingDocument,
    "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawApplicationDocument,
    "\n  query IntegratedCases($status: CaseStatus, $first: Int!, $after: String) {\n    integratedCases(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        status\n        origin\n        startDate\n        caseType {\n          name\n        }\n        primaryClient {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.IntegratedCasesDocument,
    "\n  query IntegratedCase($id: ID!) {\n    integratedCase(id: $id) {\n      id\n      reference\n      version\n      status\n      origin\n      startDate\n      closedOn\n      outcome\n      closureReason {\n        name\n      }\n      caseType {\n        name\n      }\n      primaryClient {\n        id\n        name\n      }\n      members {\n        id\n        version\n        role\n        startDate\n        endDate\n        person {\n          id\n          name\n        }\n      }\n      productDeliveries {\n        id\n        version\n        reference\n        product\n        status\n        periodFrom\n        periodTo\n      }\n      serviceDeliveries {\n        id\n        version\n        service\n        status\n        periodFrom\n        periodTo\n        provider {\n          id\n          name\n        }\n      }\n      referrals {\n        id\n        service\n        status\n        referredOn\n        provider {\n          id\n          name\n        }\n      }\n      history {\n        id\n        event\n        at\n        by\n        reason\n        detail\n      }\n      auditTrail {\n        id\n        at\n        actor\n        entityType\n        action\n        changes {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n": typeof types.IntegratedCaseDocument,
    "\n  query CaseReasons($kind: CaseReasonKind) {\n    caseReasons(kind: $kind) {\n      id\n      name\n    }\n  }\n": typeof types.CaseReasonsDocument,
    "\n  mutation CloseIntegratedCase($id: ID!, $input: CloseCaseInput!) {\n    closeIntegratedCase(id: $id, input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.CloseIntegratedCaseDocument,
    "\n  mutation ReopenIntegratedCase($id: ID!, $input: ReopenCaseInput!) {\n    reopenIntegratedCase(id: $id, input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ReopenIntegratedCaseDocument,
    "\n  mutation EndProductDelivery($id: ID!, $input: ProductDeliveryStatusInput!) {\n    setProductDeliveryStatus(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.EndProductDeliveryDocument,
    "\n  mutation EndServiceDelivery($id: ID!, $input: ServiceDeliveryStatusInput!) {\n    setServiceDeliveryStatus(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.EndServiceDeliveryDocument,
    "\n  query DeliveryProviders {\n    providers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DeliveryProvidersDocument,
    "\n  mutation AddServiceDelivery($caseId: ID!, $input: ServiceDeliveryInput!) {\n    addServiceDelivery(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddServiceDeliveryDocument,
    "\n  mutation AddReferral($caseId: ID!, $input: ReferralInput!) {\n    addReferral(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddReferralDocument,
    "\n  mutation AddProductDelivery($caseId: ID!, $input: ProductDeliveryInput!) {\n    addProductDelivery(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddProductDeliveryDocument,
    "\n  mutation AddCaseMember($caseId: ID!, $input: CaseMemberInput!) {\n    addCaseMember(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddCaseMemberDocument,
    "\n  mutation UpdateCaseMember($id: ID!, $input: UpdateCaseMemberInput!) {\n    updateCaseMember(id: $id, input: $input) {\n      id\n      version\n      endDate\n    }\n  }\n": typeof types.UpdateCaseMemberDocument,
    "\n  query CaseWizardData {\n    caseTypes {\n      id\n      name\n    }\n  }\n": typeof types.CaseWizardDataDocument,
    "\n  query WizardPersons($search: String) {\n    persons(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        reference\n        dateOfBirth\n        kind\n      }\n    }\n  }\n": typeof types.WizardPersonsDocument,
    "\n  query WizardPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.WizardPersonDocument,
    "\n  mutation CreateIntegratedCase($input: CreateIntegratedCaseInput!) {\n    createIntegratedCase(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateIntegratedCaseDocument,
    "\n  mutation AddCommunicationException($personId: ID!, $input: CommunicationExceptionInput!) {\n    addCommunicationException(personId: $personId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddCommunicationExceptionDocument,
    "\n  mutation AddProviderCommunicationException(\n    $providerId: ID!\n    $input: CommunicationExceptionInput!\n  ) {\n    addProviderCommunicationException(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddProviderCommunicationExceptionDocument,
    "\n  mutation CancelProviderCommunicationException($id: ID!) {\n    cancelProviderCommunicationException(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelProviderCommunicationExceptionDocument,
    "\n  mutation CancelCommunicationException($id: ID!) {\n    cancelCommunicationException(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelCommunicationExceptionDocument,
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
    "\n  query AgencyNotificationInbox {\n    myUnreadNotificationCount\n    myNotifications(first: 20) {\n      nodes {\n        id\n        kind\n        title\n        body\n        params {\n          name\n          value\n        }\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.AgencyNotificationInboxDocument,
    "\n  subscription AgencyNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      body\n      params {\n        name\n        value\n      }\n      link\n      createdAt\n      readAt\n    }\n  }\n": typeof types.AgencyNotificationAddedDocument,
    "\n  mutation AgencyMarkNotificationRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": typeof types.AgencyMarkNotificationReadDocument,
    "\n  mutation AgencyMarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.AgencyMarkAllNotificationsReadDocument,
    "\n  mutation ConvertProspect($id: ID!, $input: UpdatePersonInput!) {\n    convertProspectToPerson(id: $id, input: $input) {\n      id\n      kind\n      version\n    }\n  }\n": typeof types.ConvertProspectDocument,
    "\n  query ActiveProgrammes {\n    programmes {\n      id\n      name\n      meetingRequired\n    }\n  }\n": typeof types.ActiveProgrammesDocument,
    "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateApplicationDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      name\n      dateOfBirth\n      phone\n      email\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n      kind\n      version\n      exceptedCommunicationMethods\n      communicationExceptions(includeCancelled: true) {\n        id\n        method\n        reason\n        fromDate\n        toDate\n        comments\n        status\n      }\n      integratedCases {\n        id\n        reference\n        status\n        startDate\n        caseType {\n          name\n        }\n      }\n      applications {\n        id\n        reference\n        status\n        createdAt\n      }\n      auditTrail {\n        id\n        at\n        actor\n        entityType\n        action\n        changes {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  query Persons($search: String, $first: Int!, $after: String) {\n    persons(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        dateOfBirth\n        email\n        phone\n      }\n    }\n  }\n": typeof types.PersonsDocument,
    "\n  query PossibleDuplicates($givenName: String!, $familyName: String!, $dateOfBirth: String) {\n    possibleDuplicates(givenName: $givenName, familyName: $familyName, dateOfBirth: $dateOfBirth) {\n      id\n      name\n      reference\n      dateOfBirth\n      kind\n    }\n  }\n": typeof types.PossibleDuplicatesDocument,
    "\n  mutation RegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.RegisterPersonDocument,
    "\n  mutation RegisterProspect($input: RegisterProspectPersonInput!) {\n    registerProspectPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.RegisterProspectDocument,
    "\n  mutation InvitePortalUser($providerId: ID!, $input: InvitePortalUserInput!) {\n    invitePortalUser(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n": typeof types.InvitePortalUserDocument,
    "\n  mutation ResendPortalInvitation($id: ID!) {\n    resendPortalInvitation(id: $id) {\n      id\n      invitationExpiresAt\n    }\n  }\n": typeof types.ResendPortalInvitationDocument,
    "\n  mutation DisablePortalAccount($id: ID!) {\n    disablePortalAccount(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DisablePortalAccountDocument,
    "\n  mutation EnablePortalAccount($id: ID!) {\n    enablePortalAccount(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.EnablePortalAccountDocument,
    "\n  mutation ChangePortalAccountRole($id: ID!, $input: ChangePortalRoleInput!) {\n    changePortalAccountRole(id: $id, input: $input) {\n      id\n      role\n      version\n    }\n  }\n": typeof types.ChangePortalAccountRoleDocument,
    "\n  mutation RegisterProvider($input: RegisterProviderInput!) {\n    registerProvider(input: $input) {\n      id\n    }\n  }\n": typeof types.RegisterProviderDocument,
    "\n  mutation UpdateProvider($id: ID!, $input: UpdateProviderInput!) {\n    updateProvider(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateProviderDocument,
    "\n  mutation AddProviderBranch($providerId: ID!, $input: AddBranchInput!) {\n    addProviderBranch(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddProviderBranchDocument,
    "\n  mutation UpdateProviderBranch($id: ID!, $input: UpdateBranchInput!) {\n    updateProviderBranch(id: $id, input: $input) {\n      id\n      active\n      version\n    }\n  }\n": typeof types.UpdateProviderBranchDocument,
    "\n  mutation AddProviderContact($providerId: ID!, $input: AddContactInput!) {\n    addProviderContact(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddProviderContactDocument,
    "\n  mutation RemoveProviderContact($id: ID!) {\n    removeProviderContact(id: $id)\n  }\n": typeof types.RemoveProviderContactDocument,
    "\n  query Provider($id: ID!, $withStatistics: Boolean!, $withAccounts: Boolean!) {\n    provider(id: $id) {\n      id\n      version\n      reference\n      name\n      email\n      emailStatus\n      phone\n      preferredInquiryMethod\n      preferredCommunicationMethod\n      servicesOffered {\n        id\n        code\n        name\n      }\n      allowedInquiryMethods {\n        method\n        allowed\n        rule\n        reason\n        reasonCode\n      }\n      statistics @include(if: $withStatistics) {\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        positiveShare\n        averageHoursToFirstResponse\n        medianHoursToFirstResponse\n      }\n      statisticsByMonth @include(if: $withStatistics) {\n        from\n        to\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        medianHoursToFirstResponse\n      }\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n      exceptedCommunicationMethods\n      communicationExceptions(includeCancelled: true) {\n        id\n        method\n        reason\n        fromDate\n        toDate\n        comments\n        status\n      }\n      branches {\n        id\n        version\n        name\n        kind\n        email\n        phone\n        iban\n        active\n      }\n      contacts {\n        id\n        name\n        position\n        email\n        phone\n        primary\n        branch {\n          name\n        }\n      }\n      portalAccounts @include(if: $withAccounts) {\n        id\n        version\n        name\n        email\n        role\n        status\n        invitationExpiresAt\n      }\n    }\n  }\n": typeof types.ProviderDocument,
    "\n  query Providers($search: String, $serviceId: ID, $first: Int!, $after: String) {\n    services {\n      id\n      name\n      code\n    }\n    providers(search: $search, serviceId: $serviceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        email\n        phone\n        preferredInquiryMethod\n      }\n    }\n  }\n": typeof types.ProvidersDocument,
};
const documents: Documents = {
    "\n  query Configuration {\n    agencySettings {\n      id\n      version\n      intakeProcessDefined\n      intakeStrategy\n      allowClosingWithActiveDeliveries\n    }\n    programmes(includeInactive: true) {\n      id\n      version\n      name\n      product\n      meetingRequired\n      active\n    }\n    caseTypes(includeInactive: true) {\n      id\n      version\n      name\n      active\n    }\n    caseReasons(includeInactive: true) {\n      id\n      version\n      kind\n      name\n      active\n    }\n  }\n": types.ConfigurationDocument,
    "\n  mutation UpdateAgencySettings($input: UpdateAgencySettingsInput!) {\n    updateAgencySettings(input: $input) {\n      id\n      version\n      intakeProcessDefined\n      intakeStrategy\n      allowClosingWithActiveDeliveries\n    }\n  }\n": types.UpdateAgencySettingsDocument,
    "\n  mutation CreateProgramme($input: ProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n": types.CreateProgrammeDocument,
    "\n  mutation UpdateProgramme($id: ID!, $input: UpdateProgrammeInput!) {\n    updateProgramme(id: $id, input: $input) {\n      id\n      version\n      active\n    }\n  }\n": types.UpdateProgrammeDocument,
    "\n  mutation CreateCaseType($input: NamedInput!) {\n    createCaseType(input: $input) {\n      id\n    }\n  }\n": types.CreateCaseTypeDocument,
    "\n  mutation UpdateCaseType($id: ID!, $input: UpdateNamedInput!) {\n    updateCaseType(id: $id, input: $input) {\n      id\n      version\n      active\n    }\n  }\n": types.UpdateCaseTypeDocument,
    "\n  mutation CreateCaseReason($input: CaseReasonInput!) {\n    createCaseReason(input: $input) {\n      id\n    }\n  }\n": types.CreateCaseReasonDocument,
    "\n  mutation UpdateCaseReason($id: ID!, $input: UpdateNamedInput!) {\n    updateCaseReason(id: $id, input: $input) {\n      id\n      version\n      active\n    }\n  }\n": types.UpdateCaseReasonDocument,
    "\n  query Application($id: ID!) {\n    application(id: $id) {\n      id\n      reference\n      status\n      createdBy\n      clients {\n        id\n        name\n      }\n      programmes {\n        id\n        decision\n        reason\n        decidedBy\n        decidedAt\n        programme {\n          id\n          name\n          meetingRequired\n          product\n        }\n        integratedCase {\n          id\n          reference\n        }\n        productDelivery {\n          reference\n        }\n      }\n      meetings {\n        id\n        heldOn\n        attendees\n        source\n        recordedBy\n      }\n      auditTrail {\n        id\n        at\n        actor\n        entityType\n        action\n        changes {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n": types.ApplicationDocument,
    "\n  mutation ApproveProgramme($id: ID!, $input: ProgrammeDecisionInput!) {\n    approveProgramme(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.ApproveProgrammeDocument,
    "\n  mutation DenyProgramme($id: ID!, $input: ProgrammeDecisionInput!) {\n    denyProgramme(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.DenyProgrammeDocument,
    "\n  mutation RecordApplicationMeeting($id: ID!, $input: MeetingHeldInput!) {\n    recordApplicationMeeting(id: $id, input: $input) {\n      id\n    }\n  }\n": types.RecordApplicationMeetingDocument,
    "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawApplicationDocument,
    "\n  query IntegratedCases($status: CaseStatus, $first: Int!, $after: String) {\n    integratedCases(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        status\n        origin\n        startDate\n        caseType {\n          name\n        }\n        primaryClient {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.IntegratedCasesDocument,
    "\n  query IntegratedCase($id: ID!) {\n    integratedCase(id: $id) {\n      id\n      reference\n      version\n      status\n      origin\n      startDate\n      closedOn\n      outcome\n      closureReason {\n        name\n      }\n      caseType {\n        name\n      }\n      primaryClient {\n        id\n        name\n      }\n      members {\n        id\n        version\n        role\n        startDate\n        endDate\n        person {\n          id\n          name\n        }\n      }\n      productDeliveries {\n        id\n        version\n        reference\n        product\n        status\n        periodFrom\n        periodTo\n      }\n      serviceDeliveries {\n        id\n        version\n        service\n        status\n        periodFrom\n        periodTo\n        provider {\n          id\n          name\n        }\n      }\n      referrals {\n        id\n        service\n        status\n        referredOn\n        provider {\n          id\n          name\n        }\n      }\n      history {\n        id\n        event\n        at\n        by\n        reason\n        detail\n      }\n      auditTrail {\n        id\n        at\n        actor\n        entityType\n        action\n        changes {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n": types.IntegratedCaseDocument,
    "\n  query CaseReasons($kind: CaseReasonKind) {\n    caseReasons(kind: $kind) {\n      id\n      name\n    }\n  }\n": types.CaseReasonsDocument,
    "\n  mutation CloseIntegratedCase($id: ID!, $input: CloseCaseInput!) {\n    closeIntegratedCase(id: $id, input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.CloseIntegratedCaseDocument,
    "\n  mutation ReopenIntegratedCase($id: ID!, $input: ReopenCaseInput!) {\n    reopenIntegratedCase(id: $id, input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ReopenIntegratedCaseDocument,
    "\n  mutation EndProductDelivery($id: ID!, $input: ProductDeliveryStatusInput!) {\n    setProductDeliveryStatus(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.EndProductDeliveryDocument,
    "\n  mutation EndServiceDelivery($id: ID!, $input: ServiceDeliveryStatusInput!) {\n    setServiceDeliveryStatus(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.EndServiceDeliveryDocument,
    "\n  query DeliveryProviders {\n    providers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.DeliveryProvidersDocument,
    "\n  mutation AddServiceDelivery($caseId: ID!, $input: ServiceDeliveryInput!) {\n    addServiceDelivery(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": types.AddServiceDeliveryDocument,
    "\n  mutation AddReferral($caseId: ID!, $input: ReferralInput!) {\n    addReferral(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": types.AddReferralDocument,
    "\n  mutation AddProductDelivery($caseId: ID!, $input: ProductDeliveryInput!) {\n    addProductDelivery(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": types.AddProductDeliveryDocument,
    "\n  mutation AddCaseMember($caseId: ID!, $input: CaseMemberInput!) {\n    addCaseMember(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": types.AddCaseMemberDocument,
    "\n  mutation UpdateCaseMember($id: ID!, $input: UpdateCaseMemberInput!) {\n    updateCaseMember(id: $id, input: $input) {\n      id\n      version\n      endDate\n    }\n  }\n": types.UpdateCaseMemberDocument,
    "\n  query CaseWizardData {\n    caseTypes {\n      id\n      name\n    }\n  }\n": types.CaseWizardDataDocument,
    "\n  query WizardPersons($search: String) {\n    persons(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        reference\n        dateOfBirth\n        kind\n      }\n    }\n  }\n": types.WizardPersonsDocument,
    "\n  query WizardPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n    }\n  }\n": types.WizardPersonDocument,
    "\n  mutation CreateIntegratedCase($input: CreateIntegratedCaseInput!) {\n    createIntegratedCase(input: $input) {\n      id\n    }\n  }\n": types.CreateIntegratedCaseDocument,
    "\n  mutation AddCommunicationException($personId: ID!, $input: CommunicationExceptionInput!) {\n    addCommunicationException(personId: $personId, input: $input) {\n      id\n    }\n  }\n": types.AddCommunicationExceptionDocument,
    "\n  mutation AddProviderCommunicationException(\n    $providerId: ID!\n    $input: CommunicationExceptionInput!\n  ) {\n    addProviderCommunicationException(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n": types.AddProviderCommunicationExceptionDocument,
    "\n  mutation CancelProviderCommunicationException($id: ID!) {\n    cancelProviderCommunicationException(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelProviderCommunicationExceptionDocument,
    "\n  mutation CancelCommunicationException($id: ID!) {\n    cancelCommunicationException(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelCommunicationExceptionDocument,
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
    "\n  query AgencyNotificationInbox {\n    myUnreadNotificationCount\n    myNotifications(first: 20) {\n      nodes {\n        id\n        kind\n        title\n        body\n        params {\n          name\n          value\n        }\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.AgencyNotificationInboxDocument,
    "\n  subscription AgencyNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      body\n      params {\n        name\n        value\n      }\n      link\n      createdAt\n      readAt\n    }\n  }\n": types.AgencyNotificationAddedDocument,
    "\n  mutation AgencyMarkNotificationRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": types.AgencyMarkNotificationReadDocument,
    "\n  mutation AgencyMarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.AgencyMarkAllNotificationsReadDocument,
    "\n  mutation ConvertProspect($id: ID!, $input: UpdatePersonInput!) {\n    convertProspectToPerson(id: $id, input: $input) {\n      id\n      kind\n      version\n    }\n  }\n": types.ConvertProspectDocument,
    "\n  query ActiveProgrammes {\n    programmes {\n      id\n      name\n      meetingRequired\n    }\n  }\n": types.ActiveProgrammesDocument,
    "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n    }\n  }\n": types.CreateApplicationDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      name\n      dateOfBirth\n      phone\n      email\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n      kind\n      version\n      exceptedCommunicationMethods\n      communicationExceptions(includeCancelled: true) {\n        id\n        method\n        reason\n        fromDate\n        toDate\n        comments\n        status\n      }\n      integratedCases {\n        id\n        reference\n        status\n        startDate\n        caseType {\n          name\n        }\n      }\n      applications {\n        id\n        reference\n        status\n        createdAt\n      }\n      auditTrail {\n        id\n        at\n        actor\n        entityType\n        action\n        changes {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n": types.PersonDocument,
    "\n  query Persons($search: String, $first: Int!, $after: String) {\n    persons(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        dateOfBirth\n        email\n        phone\n      }\n    }\n  }\n": types.PersonsDocument,
    "\n  query PossibleDuplicates($givenName: String!, $familyName: String!, $dateOfBirth: String) {\n    possibleDuplicates(givenName: $givenName, familyName: $familyName, dateOfBirth: $dateOfBirth) {\n      id\n      name\n      reference\n      dateOfBirth\n      kind\n    }\n  }\n": types.PossibleDuplicatesDocument,
    "\n  mutation RegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n": types.RegisterPersonDocument,
    "\n  mutation RegisterProspect($input: RegisterProspectPersonInput!) {\n    registerProspectPerson(input: $input) {\n      id\n    }\n  }\n": types.RegisterProspectDocument,
    "\n  mutation InvitePortalUser($providerId: ID!, $input: InvitePortalUserInput!) {\n    invitePortalUser(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n": types.InvitePortalUserDocument,
    "\n  mutation ResendPortalInvitation($id: ID!) {\n    resendPortalInvitation(id: $id) {\n      id\n      invitationExpiresAt\n    }\n  }\n": types.ResendPortalInvitationDocument,
    "\n  mutation DisablePortalAccount($id: ID!) {\n    disablePortalAccount(id: $id) {\n      id\n      status\n    }\n  }\n": types.DisablePortalAccountDocument,
    "\n  mutation EnablePortalAccount($id: ID!) {\n    enablePortalAccount(id: $id) {\n      id\n      status\n    }\n  }\n": types.EnablePortalAccountDocument,
    "\n  mutation ChangePortalAccountRole($id: ID!, $input: ChangePortalRoleInput!) {\n    changePortalAccountRole(id: $id, input: $input) {\n      id\n      role\n      version\n    }\n  }\n": types.ChangePortalAccountRoleDocument,
    "\n  mutation RegisterProvider($input: RegisterProviderInput!) {\n    registerProvider(input: $input) {\n      id\n    }\n  }\n": types.RegisterProviderDocument,
    "\n  mutation UpdateProvider($id: ID!, $input: UpdateProviderInput!) {\n    updateProvider(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateProviderDocument,
    "\n  mutation AddProviderBranch($providerId: ID!, $input: AddBranchInput!) {\n    addProviderBranch(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n": types.AddProviderBranchDocument,
    "\n  mutation UpdateProviderBranch($id: ID!, $input: UpdateBranchInput!) {\n    updateProviderBranch(id: $id, input: $input) {\n      id\n      active\n      version\n    }\n  }\n": types.UpdateProviderBranchDocument,
    "\n  mutation AddProviderContact($providerId: ID!, $input: AddContactInput!) {\n    addProviderContact(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n": types.AddProviderContactDocument,
    "\n  mutation RemoveProviderContact($id: ID!) {\n    removeProviderContact(id: $id)\n  }\n": types.RemoveProviderContactDocument,
    "\n  query Provider($id: ID!, $withStatistics: Boolean!, $withAccounts: Boolean!) {\n    provider(id: $id) {\n      id\n      version\n      reference\n      name\n      email\n      emailStatus\n      phone\n      preferredInquiryMethod\n      preferredCommunicationMethod\n      servicesOffered {\n        id\n        code\n        name\n      }\n      allowedInquiryMethods {\n        method\n        allowed\n        rule\n        reason\n        reasonCode\n      }\n      statistics @include(if: $withStatistics) {\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        positiveShare\n        averageHoursToFirstResponse\n        medianHoursToFirstResponse\n      }\n      statisticsByMonth @include(if: $withStatistics) {\n        from\n        to\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        medianHoursToFirstResponse\n      }\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n      exceptedCommunicationMethods\n      communicationExceptions(includeCancelled: true) {\n        id\n        method\n        reason\n        fromDate\n        toDate\n        comments\n        status\n      }\n      branches {\n        id\n        version\n        name\n        kind\n        email\n        phone\n        iban\n        active\n      }\n      contacts {\n        id\n        name\n        position\n        email\n        phone\n        primary\n        branch {\n          name\n        }\n      }\n      portalAccounts @include(if: $withAccounts) {\n        id\n        version\n        name\n        email\n        role\n        status\n        invitationExpiresAt\n      }\n    }\n  }\n": types.ProviderDocument,
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
export function graphql(source: "\n  query Configuration {\n    agencySettings {\n      id\n      version\n      intakeProcessDefined\n      intakeStrategy\n      allowClosingWithActiveDeliveries\n    }\n    programmes(includeInactive: true) {\n      id\n      version\n      name\n      product\n      meetingRequired\n      active\n    }\n    caseTypes(includeInactive: true) {\n      id\n      version\n      name\n      active\n    }\n    caseReasons(includeInactive: true) {\n      id\n      version\n      kind\n      name\n      active\n    }\n  }\n"): (typeof documents)["\n  query Configuration {\n    agencySettings {\n      id\n      version\n      intakeProcessDefined\n      intakeStrategy\n      allowClosingWithActiveDeliveries\n    }\n    programmes(includeInactive: true) {\n      id\n      version\n      name\n      product\n      meetingRequired\n      active\n    }\n    caseTypes(includeInactive: true) {\n      id\n      version\n      name\n      active\n    }\n    caseReasons(includeInactive: true) {\n      id\n      version\n      kind\n      name\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgencySettings($input: UpdateAgencySettingsInput!) {\n    updateAgencySettings(input: $input) {\n      id\n      version\n      intakeProcessDefined\n      intakeStrategy\n      allowClosingWithActiveDeliveries\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgencySettings($input: UpdateAgencySettingsInput!) {\n    updateAgencySettings(input: $input) {\n      id\n      version\n      intakeProcessDefined\n      intakeStrategy\n      allowClosingWithActiveDeliveries\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgramme($input: ProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgramme($input: ProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgramme($id: ID!, $input: UpdateProgrammeInput!) {\n    updateProgramme(id: $id, input: $input) {\n      id\n      version\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgramme($id: ID!, $input: UpdateProgrammeInput!) {\n    updateProgramme(id: $id, input: $input) {\n      id\n      version\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCaseType($input: NamedInput!) {\n    createCaseType(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCaseType($input: NamedInput!) {\n    createCaseType(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCaseType($id: ID!, $input: UpdateNamedInput!) {\n    updateCaseType(id: $id, input: $input) {\n      id\n      version\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCaseType($id: ID!, $input: UpdateNamedInput!) {\n    updateCaseType(id: $id, input: $input) {\n      id\n      version\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCaseReason($input: CaseReasonInput!) {\n    createCaseReason(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCaseReason($input: CaseReasonInput!) {\n    createCaseReason(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCaseReason($id: ID!, $input: UpdateNamedInput!) {\n    updateCaseReason(id: $id, input: $input) {\n      id\n      version\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCaseReason($id: ID!, $input: UpdateNamedInput!) {\n    updateCaseReason(id: $id, input: $input) {\n      id\n      version\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Application($id: ID!) {\n    application(id: $id) {\n      id\n      reference\n      status\n      createdBy\n      clients {\n        id\n        name\n      }\n      programmes {\n        id\n        decision\n        reason\n        decidedBy\n        decidedAt\n        programme {\n          id\n          name\n          meetingRequired\n          product\n        }\n        integratedCase {\n          id\n          reference\n        }\n        productDelivery {\n          reference\n        }\n      }\n      meetings {\n        id\n        heldOn\n        attendees\n        source\n        recordedBy\n      }\n      auditTrail {\n        id\n        at\n        actor\n        entityType\n        action\n        changes {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Application($id: ID!) {\n    application(id: $id) {\n      id\n      reference\n      status\n      createdBy\n      clients {\n        id\n        name\n      }\n      programmes {\n        id\n        decision\n        reason\n        decidedBy\n        decidedAt\n        programme {\n          id\n          name\n          meetingRequired\n          product\n        }\n        integratedCase {\n          id\n          reference\n        }\n        productDelivery {\n          reference\n        }\n      }\n      meetings {\n        id\n        heldOn\n        attendees\n        source\n        recordedBy\n      }\n      auditTrail {\n        id\n        at\n        actor\n        entityType\n        action\n        changes {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveProgramme($id: ID!, $input: ProgrammeDecisionInput!) {\n    approveProgramme(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveProgramme($id: ID!, $input: ProgrammeDecisionInput!) {\n    approveProgramme(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DenyProgramme($id: ID!, $input: ProgrammeDecisionInput!) {\n    denyProgramme(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DenyProgramme($id: ID!, $input: ProgrammeDecisionInput!) {\n    denyProgramme(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordApplicationMeeting($id: ID!, $input: MeetingHeldInput!) {\n    recordApplicationMeeting(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordApplicationMeeting($id: ID!, $input: MeetingHeldInput!) {\n    recordApplicationMeeting(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntegratedCases($status: CaseStatus, $first: Int!, $after: String) {\n    integratedCases(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        status\n        origin\n        startDate\n        caseType {\n          name\n        }\n        primaryClient {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntegratedCases($status: CaseStatus, $first: Int!, $after: String) {\n    integratedCases(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        status\n        origin\n        startDate\n        caseType {\n          name\n        }\n        primaryClient {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntegratedCase($id: ID!) {\n    integratedCase(id: $id) {\n      id\n      reference\n      version\n      status\n      origin\n      startDate\n      closedOn\n      outcome\n      closureReason {\n        name\n      }\n      caseType {\n        name\n      }\n      primaryClient {\n        id\n        name\n      }\n      members {\n        id\n        version\n        role\n        startDate\n        endDate\n        person {\n          id\n          name\n        }\n      }\n      productDeliveries {\n        id\n        version\n        reference\n        product\n        status\n        periodFrom\n        periodTo\n      }\n      serviceDeliveries {\n        id\n        version\n        service\n        status\n        periodFrom\n        periodTo\n        provider {\n          id\n          name\n        }\n      }\n      referrals {\n        id\n        service\n        status\n        referredOn\n        provider {\n          id\n          name\n        }\n      }\n      history {\n        id\n        event\n        at\n        by\n        reason\n        detail\n      }\n      auditTrail {\n        id\n        at\n        actor\n        entityType\n        action\n        changes {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntegratedCase($id: ID!) {\n    integratedCase(id: $id) {\n      id\n      reference\n      version\n      status\n      origin\n      startDate\n      closedOn\n      outcome\n      closureReason {\n        name\n      }\n      caseType {\n        name\n      }\n      primaryClient {\n        id\n        name\n      }\n      members {\n        id\n        version\n        role\n        startDate\n        endDate\n        person {\n          id\n          name\n        }\n      }\n      productDeliveries {\n        id\n        version\n        reference\n        product\n        status\n        periodFrom\n        periodTo\n      }\n      serviceDeliveries {\n        id\n        version\n        service\n        status\n        periodFrom\n        periodTo\n        provider {\n          id\n          name\n        }\n      }\n      referrals {\n        id\n        service\n        status\n        referredOn\n        provider {\n          id\n          name\n        }\n      }\n      history {\n        id\n        event\n        at\n        by\n        reason\n        detail\n      }\n      auditTrail {\n        id\n        at\n        actor\n        entityType\n        action\n        changes {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseReasons($kind: CaseReasonKind) {\n    caseReasons(kind: $kind) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CaseReasons($kind: CaseReasonKind) {\n    caseReasons(kind: $kind) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseIntegratedCase($id: ID!, $input: CloseCaseInput!) {\n    closeIntegratedCase(id: $id, input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CloseIntegratedCase($id: ID!, $input: CloseCaseInput!) {\n    closeIntegratedCase(id: $id, input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenIntegratedCase($id: ID!, $input: ReopenCaseInput!) {\n    reopenIntegratedCase(id: $id, input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenIntegratedCase($id: ID!, $input: ReopenCaseInput!) {\n    reopenIntegratedCase(id: $id, input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndProductDelivery($id: ID!, $input: ProductDeliveryStatusInput!) {\n    setProductDeliveryStatus(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EndProductDelivery($id: ID!, $input: ProductDeliveryStatusInput!) {\n    setProductDeliveryStatus(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndServiceDelivery($id: ID!, $input: ServiceDeliveryStatusInput!) {\n    setServiceDeliveryStatus(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EndServiceDelivery($id: ID!, $input: ServiceDeliveryStatusInput!) {\n    setServiceDeliveryStatus(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryProviders {\n    providers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeliveryProviders {\n    providers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddServiceDelivery($caseId: ID!, $input: ServiceDeliveryInput!) {\n    addServiceDelivery(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddServiceDelivery($caseId: ID!, $input: ServiceDeliveryInput!) {\n    addServiceDelivery(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReferral($caseId: ID!, $input: ReferralInput!) {\n    addReferral(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddReferral($caseId: ID!, $input: ReferralInput!) {\n    addReferral(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProductDelivery($caseId: ID!, $input: ProductDeliveryInput!) {\n    addProductDelivery(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddProductDelivery($caseId: ID!, $input: ProductDeliveryInput!) {\n    addProductDelivery(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseMember($caseId: ID!, $input: CaseMemberInput!) {\n    addCaseMember(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddCaseMember($caseId: ID!, $input: CaseMemberInput!) {\n    addCaseMember(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCaseMember($id: ID!, $input: UpdateCaseMemberInput!) {\n    updateCaseMember(id: $id, input: $input) {\n      id\n      version\n      endDate\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCaseMember($id: ID!, $input: UpdateCaseMemberInput!) {\n    updateCaseMember(id: $id, input: $input) {\n      id\n      version\n      endDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseWizardData {\n    caseTypes {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CaseWizardData {\n    caseTypes {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WizardPersons($search: String) {\n    persons(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        reference\n        dateOfBirth\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query WizardPersons($search: String) {\n    persons(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        reference\n        dateOfBirth\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WizardPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query WizardPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIntegratedCase($input: CreateIntegratedCaseInput!) {\n    createIntegratedCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIntegratedCase($input: CreateIntegratedCaseInput!) {\n    createIntegratedCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCommunicationException($personId: ID!, $input: CommunicationExceptionInput!) {\n    addCommunicationException(personId: $personId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddCommunicationException($personId: ID!, $input: CommunicationExceptionInput!) {\n    addCommunicationException(personId: $personId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProviderCommunicationException(\n    $providerId: ID!\n    $input: CommunicationExceptionInput!\n  ) {\n    addProviderCommunicationException(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddProviderCommunicationException(\n    $providerId: ID!\n    $input: CommunicationExceptionInput!\n  ) {\n    addProviderCommunicationException(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelProviderCommunicationException($id: ID!) {\n    cancelProviderCommunicationException(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelProviderCommunicationException($id: ID!) {\n    cancelProviderCommunicationException(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCommunicationException($id: ID!) {\n    cancelCommunicationException(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelCommunicationException($id: ID!) {\n    cancelCommunicationException(id: $id) {\n      id\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  query AgencyNotificationInbox {\n    myUnreadNotificationCount\n    myNotifications(first: 20) {\n      nodes {\n        id\n        kind\n        title\n        body\n        params {\n          name\n          value\n        }\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyNotificationInbox {\n    myUnreadNotificationCount\n    myNotifications(first: 20) {\n      nodes {\n        id\n        kind\n        title\n        body\n        params {\n          name\n          value\n        }\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AgencyNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      body\n      params {\n        name\n        value\n      }\n      link\n      createdAt\n      readAt\n    }\n  }\n"): (typeof documents)["\n  subscription AgencyNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      body\n      params {\n        name\n        value\n      }\n      link\n      createdAt\n      readAt\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ConvertProspect($id: ID!, $input: UpdatePersonInput!) {\n    convertProspectToPerson(id: $id, input: $input) {\n      id\n      kind\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConvertProspect($id: ID!, $input: UpdatePersonInput!) {\n    convertProspectToPerson(id: $id, input: $input) {\n      id\n      kind\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveProgrammes {\n    programmes {\n      id\n      name\n      meetingRequired\n    }\n  }\n"): (typeof documents)["\n  query ActiveProgrammes {\n    programmes {\n      id\n      name\n      meetingRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      name\n      dateOfBirth\n      phone\n      email\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n      kind\n      version\n      exceptedCommunicationMethods\n      communicationExceptions(includeCancelled: true) {\n        id\n        method\n        reason\n        fromDate\n        toDate\n        comments\n        status\n      }\n      integratedCases {\n        id\n        reference\n        status\n        startDate\n        caseType {\n          name\n        }\n      }\n      applications {\n        id\n        reference\n        status\n        createdAt\n      }\n      auditTrail {\n        id\n        at\n        actor\n        entityType\n        action\n        changes {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      reference\n      name\n      dateOfBirth\n      phone\n      email\n      preferredCommunicationMethod\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n      kind\n      version\n      exceptedCommunicationMethods\n      communicationExceptions(includeCancelled: true) {\n        id\n        method\n        reason\n        fromDate\n        toDate\n        comments\n        status\n      }\n      integratedCases {\n        id\n        reference\n        status\n        startDate\n        caseType {\n          name\n        }\n      }\n      applications {\n        id\n        reference\n        status\n        createdAt\n      }\n      auditTrail {\n        id\n        at\n        actor\n        entityType\n        action\n        changes {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Persons($search: String, $first: Int!, $after: String) {\n    persons(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        dateOfBirth\n        email\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query Persons($search: String, $first: Int!, $after: String) {\n    persons(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        dateOfBirth\n        email\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PossibleDuplicates($givenName: String!, $familyName: String!, $dateOfBirth: String) {\n    possibleDuplicates(givenName: $givenName, familyName: $familyName, dateOfBirth: $dateOfBirth) {\n      id\n      name\n      reference\n      dateOfBirth\n      kind\n    }\n  }\n"): (typeof documents)["\n  query PossibleDuplicates($givenName: String!, $familyName: String!, $dateOfBirth: String) {\n    possibleDuplicates(givenName: $givenName, familyName: $familyName, dateOfBirth: $dateOfBirth) {\n      id\n      name\n      reference\n      dateOfBirth\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterProspect($input: RegisterProspectPersonInput!) {\n    registerProspectPerson(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterProspect($input: RegisterProspectPersonInput!) {\n    registerProspectPerson(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePortalUser($providerId: ID!, $input: InvitePortalUserInput!) {\n    invitePortalUser(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePortalUser($providerId: ID!, $input: InvitePortalUserInput!) {\n    invitePortalUser(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendPortalInvitation($id: ID!) {\n    resendPortalInvitation(id: $id) {\n      id\n      invitationExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResendPortalInvitation($id: ID!) {\n    resendPortalInvitation(id: $id) {\n      id\n      invitationExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisablePortalAccount($id: ID!) {\n    disablePortalAccount(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DisablePortalAccount($id: ID!) {\n    disablePortalAccount(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnablePortalAccount($id: ID!) {\n    enablePortalAccount(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EnablePortalAccount($id: ID!) {\n    enablePortalAccount(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePortalAccountRole($id: ID!, $input: ChangePortalRoleInput!) {\n    changePortalAccountRole(id: $id, input: $input) {\n      id\n      role\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePortalAccountRole($id: ID!, $input: ChangePortalRoleInput!) {\n    changePortalAccountRole(id: $id, input: $input) {\n      id\n      role\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterProvider($input: RegisterProviderInput!) {\n    registerProvider(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterProvider($input: RegisterProviderInput!) {\n    registerProvider(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProvider($id: ID!, $input: UpdateProviderInput!) {\n    updateProvider(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProvider($id: ID!, $input: UpdateProviderInput!) {\n    updateProvider(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProviderBranch($providerId: ID!, $input: AddBranchInput!) {\n    addProviderBranch(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddProviderBranch($providerId: ID!, $input: AddBranchInput!) {\n    addProviderBranch(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProviderBranch($id: ID!, $input: UpdateBranchInput!) {\n    updateProviderBranch(id: $id, input: $input) {\n      id\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProviderBranch($id: ID!, $input: UpdateBranchInput!) {\n    updateProviderBranch(id: $id, input: $input) {\n      id\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProviderContact($providerId: ID!, $input: AddContactInput!) {\n    addProviderContact(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddProviderContact($providerId: ID!, $input: AddContactInput!) {\n    addProviderContact(providerId: $providerId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProviderContact($id: ID!) {\n    removeProviderContact(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveProviderContact($id: ID!) {\n    removeProviderContact(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Provider($id: ID!, $withStatistics: Boolean!, $withAccounts: Boolean!) {\n    provider(id: $id) {\n      id\n      version\n      reference\n      name\n      email\n      emailStatus\n      phone\n      preferredInquiryMethod\n      preferredCommunicationMethod\n      servicesOffered {\n        id\n        code\n        name\n      }\n      allowedInquiryMethods {\n        method\n        allowed\n        rule\n        reason\n        reasonCode\n      }\n      statistics @include(if: $withStatistics) {\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        positiveShare\n        averageHoursToFirstResponse\n        medianHoursToFirstResponse\n      }\n      statisticsByMonth @include(if: $withStatistics) {\n        from\n        to\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        medianHoursToFirstResponse\n      }\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n      exceptedCommunicationMethods\n      communicationExceptions(includeCancelled: true) {\n        id\n        method\n        reason\n        fromDate\n        toDate\n        comments\n        status\n      }\n      branches {\n        id\n        version\n        name\n        kind\n        email\n        phone\n        iban\n        active\n      }\n      contacts {\n        id\n        name\n        position\n        email\n        phone\n        primary\n        branch {\n          name\n        }\n      }\n      portalAccounts @include(if: $withAccounts) {\n        id\n        version\n        name\n        email\n        role\n        status\n        invitationExpiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Provider($id: ID!, $withStatistics: Boolean!, $withAccounts: Boolean!) {\n    provider(id: $id) {\n      id\n      version\n      reference\n      name\n      email\n      emailStatus\n      phone\n      preferredInquiryMethod\n      preferredCommunicationMethod\n      servicesOffered {\n        id\n        code\n        name\n      }\n      allowedInquiryMethods {\n        method\n        allowed\n        rule\n        reason\n        reasonCode\n      }\n      statistics @include(if: $withStatistics) {\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        positiveShare\n        averageHoursToFirstResponse\n        medianHoursToFirstResponse\n      }\n      statisticsByMonth @include(if: $withStatistics) {\n        from\n        to\n        sentCount\n        answeredCount\n        unansweredCount\n        positiveCount\n        medianHoursToFirstResponse\n      }\n      address {\n        line1\n        line2\n        postalCode\n        city\n        country\n      }\n      exceptedCommunicationMethods\n      communicationExceptions(includeCancelled: true) {\n        id\n        method\n        reason\n        fromDate\n        toDate\n        comments\n        status\n      }\n      branches {\n        id\n        version\n        name\n        kind\n        email\n        phone\n        iban\n        active\n      }\n      contacts {\n        id\n        name\n        position\n        email\n        phone\n        primary\n        branch {\n          name\n        }\n      }\n      portalAccounts @include(if: $withAccounts) {\n        id\n        version\n        name\n        email\n        role\n        status\n        invitationExpiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Providers($search: String, $serviceId: ID, $first: Int!, $after: String) {\n    services {\n      id\n      name\n      code\n    }\n    providers(search: $search, serviceId: $serviceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        email\n        phone\n        preferredInquiryMethod\n      }\n    }\n  }\n"): (typeof documents)["\n  query Providers($search: String, $serviceId: ID, $first: Int!, $after: String) {\n    services {\n      id\n      name\n      code\n    }\n    providers(search: $search, serviceId: $serviceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        name\n        email\n        phone\n        preferredInquiryMethod\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;