import { graphql } from '../gql/index.js';

/**
 * Every start page is this one federated query (issue 16): the role's tiles are switched on by
 * the variables, so each page costs one request and the gateway fetches the subgraphs in parallel.
 * The caseworker's meetings are those of the current week (Monday to Monday in the browser's
 * time zone, `$weekFrom`/`$weekTo`), the agenda's week. `$letters` adds the print queue.
 */
export const StartPageQuery = graphql(`
  query AgencyStartPage(
    $caseworker: Boolean!
    $decide: Boolean!
    $desk: Boolean!
    $admin: Boolean!
    $letters: Boolean! = false
    $weekFrom: DateTimeISO!
    $weekTo: DateTimeISO!
  ) {
    waitingInquiries: inquiries(filter: { mine: true, open: true }, first: 5)
      @include(if: $caseworker) {
      totalCount
      nodes {
        id
        reference
        status
        sentAt
        provider {
          name
        }
      }
    }
    myInquiryNews(first: 5) @include(if: $caseworker) {
      lookedAt
      answeredCount
      answered {
        id
        reference
        status
        answeredAt
        provider {
          name
        }
      }
    }
    myCases: integratedCases(mine: true, status: OPEN, first: 5) @include(if: $caseworker) {
      totalCount
      nodes {
        id
        reference
        primaryClient {
          name
        }
      }
    }
    myApplications: applications(mine: true, awaitingDecision: true, first: 5)
      @include(if: $caseworker) {
      totalCount
      nodes {
        id
        reference
        status
        clients {
          name
        }
      }
    }
    weekMeetings: myMeetings(from: $weekFrom, to: $weekTo) @include(if: $caseworker) {
      id
      caseType
      caseId
      subject
      startsAt
      status
    }
    myActions @include(if: $caseworker) {
      id
      what
      dueOn
      meetingId
      meetingSubject
    }
    printQueue @include(if: $letters) {
      id
      correspondentName
      subject
      createdAt
    }
    toDecide: applications(awaitingDecision: true, first: 5) @include(if: $decide) {
      totalCount
      nodes {
        id
        reference
        createdAt
        clients {
          name
        }
      }
    }
    unread: myNotifications(unreadOnly: true, first: 5) {
      totalCount
      nodes {
        id
        kind
        title
        body
        params {
          name
          value
        }
        link
        createdAt
      }
    }
    deskNew: administrativeRequests(view: NEW, first: 5) @include(if: $desk) {
      ...StartDeskQueue
    }
    deskMine: administrativeRequests(view: MINE, first: 5) @include(if: $desk) {
      ...StartDeskQueue
    }
    deskWaiting: administrativeRequests(view: WAITING, first: 5) @include(if: $desk) {
      ...StartDeskQueue
    }
    invitations: pendingPortalInvitations(first: 5) @include(if: $admin) {
      totalCount
      nodes {
        id
        name
        email
        createdAt
        provider {
          id
          name
        }
      }
    }
  }

  fragment StartDeskQueue on AdministrativeRequestConnection {
    totalCount
    nodes {
      id
      reference
      subject
      createdAt
    }
  }
`);

export const MarkNewsSeen = graphql(`
  mutation AgencyMarkInquiryNewsSeen {
    markInquiryNewsSeen
  }
`);

export const StartInquiryActivity = graphql(`
  subscription AgencyStartInquiryActivity {
    inquiryActivity {
      eventId
      kind
    }
  }
`);

export const StartNotificationAdded = graphql(`
  subscription AgencyStartNotificationAdded {
    notificationAdded {
      id
    }
  }
`);

export const StartDeskActivity = graphql(`
  subscription AgencyStartDeskActivity {
    administrativeRequestActivity {
      eventId
    }
  }
`);
