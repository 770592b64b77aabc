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
    "\n  query KioskPavilion($id: ID!) {\n    pavilion(id: $id) {\n      id\n      name\n      community {\n        id\n        name\n      }\n    }\n  }\n": typeof types.KioskPavilionDocument,
    "\n  fragment MatterDetails on Matter {\n    id\n    place\n    trackingCode\n    title\n    description\n    category\n    status\n    step\n    progress\n    secondCount\n    rating\n    declineReason\n    createdAt\n    allowedActions\n    pavilion {\n      id\n    }\n    mergedInto {\n      trackingCode\n      title\n    }\n    resolution {\n      summary\n      outcome\n      decidedAt\n    }\n    timeline {\n      at\n      status\n      kind\n      note\n      progress\n    }\n    vote {\n      ...MatterVote\n    }\n  }\n": typeof types.MatterDetailsFragmentDoc,
    "\n  fragment MatterVote on Vote {\n    id\n    question\n    status\n    closesAt\n    tally {\n      eligibleOwners\n      participatingOwners\n    }\n    result {\n      passed\n      summary\n    }\n  }\n": typeof types.MatterVoteFragmentDoc,
    "\n  query MatterPage($code: String!) {\n    matterByTrackingCode(code: $code) {\n      id\n      ...MatterDetails\n    }\n  }\n": typeof types.MatterPageDocument,
    "\n  subscription MatterPageUpdates($pavilionId: ID) {\n    matterUpdated(pavilionId: $pavilionId) {\n      id\n      step\n      community {\n        id\n      }\n      ...BoardCard\n      ...MatterDetails\n    }\n  }\n": typeof types.MatterPageUpdatesDocument,
    "\n  subscription MatterPageVote($voteId: ID!) {\n    voteUpdated(voteId: $voteId) {\n      ...MatterVote\n    }\n  }\n": typeof types.MatterPageVoteDocument,
    "\n  mutation KioskSecond($id: ID!) {\n    secondMatter(id: $id) {\n      id\n      secondCount\n    }\n  }\n": typeof types.KioskSecondDocument,
    "\n  mutation KioskEndSession {\n    signOut\n  }\n": typeof types.KioskEndSessionDocument,
    "\n  mutation RateMatter($code: String!, $stars: Int!, $comment: String) {\n    rateMatter(trackingCode: $code, stars: $stars, comment: $comment) {\n      id\n      rating\n    }\n  }\n": typeof types.RateMatterDocument,
    "\n  query KioskPavilions {\n    communities {\n      id\n      name\n      pavilions {\n        id\n        name\n      }\n    }\n  }\n": typeof types.KioskPavilionsDocument,
    "\n  mutation PhoneLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      role\n    }\n  }\n": typeof types.PhoneLoginDocument,
    "\n  query ResidentBarMe {\n    me {\n      displayName\n    }\n  }\n": typeof types.ResidentBarMeDocument,
    "\n  mutation ResidentSignOut {\n    signOut\n  }\n": typeof types.ResidentSignOutDocument,
    "\n  mutation KioskResidentLogin($homeCode: String!, $pin: String!) {\n    residentLogin(homeCode: $homeCode, pin: $pin) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.KioskResidentLoginDocument,
    "\n  query TrackLookup($code: String!) {\n    matterByTrackingCode(code: $code) {\n      id\n    }\n    workOrderByTrackingCode(code: $code) {\n      id\n    }\n  }\n": typeof types.TrackLookupDocument,
    "\n  query KioskMyVotes {\n    me {\n      displayName\n    }\n    myVotes {\n      id\n      question\n      rule\n      closesAt\n      myBallotCast\n      myCostShareFen\n      matter {\n        title\n        resolution {\n          summary\n        }\n      }\n    }\n  }\n": typeof types.KioskMyVotesDocument,
    "\n  mutation KioskCast($voteId: ID!, $choice: BallotChoice!) {\n    castBallot(voteId: $voteId, choice: $choice) {\n      receipt\n      castAt\n    }\n  }\n": typeof types.KioskCastDocument,
    "\n  fragment BoardCard on Matter {\n    id\n    trackingCode\n    title\n    place\n    category\n    status\n    step\n    progress\n    secondCount\n    vote {\n      ...BoardVote\n    }\n  }\n": typeof types.BoardCardFragmentDoc,
    "\n  fragment BoardVote on Vote {\n    id\n    status\n    tally {\n      eligibleOwners\n      participatingOwners\n    }\n    result {\n      passed\n    }\n  }\n": typeof types.BoardVoteFragmentDoc,
    "\n  query KioskBoard($communityId: ID!) {\n    open: matters(filter: { communityId: $communityId, status: [SUBMITTED, ON_AGENDA, VOTING, IN_EXECUTION] }, first: 60) {\n      totalCount\n      edges {\n        node {\n          id\n          step\n          ...BoardCard\n        }\n      }\n    }\n    done: matters(filter: { communityId: $communityId, step: DONE }, first: 8) {\n      totalCount\n      edges {\n        node {\n          id\n          step\n          ...BoardCard\n        }\n      }\n    }\n    stats(communityId: $communityId) {\n      raised\n      resolved\n      triage {\n        medianMinutes\n      }\n      participation {\n        rate\n      }\n    }\n    notices(communityId: $communityId, first: 3) {\n      id\n      title\n      body\n      publishedAt\n    }\n  }\n": typeof types.KioskBoardDocument,
    "\n  subscription KioskBoardUpdates($communityId: ID!) {\n    matterUpdated(communityId: $communityId) {\n      id\n      step\n      createdAt\n      community {\n        id\n      }\n      ...BoardCard\n    }\n  }\n": typeof types.KioskBoardUpdatesDocument,
    "\n  subscription KioskBoardVotes($communityId: ID!) {\n    voteUpdated(communityId: $communityId) {\n      ...BoardVote\n    }\n  }\n": typeof types.KioskBoardVotesDocument,
    "\n  query BallotCheck($receipt: String!) {\n    verifyBallot(receipt: $receipt) {\n      found\n      choice\n      voteStatus\n    }\n  }\n": typeof types.BallotCheckDocument,
    "\n  query KioskCodeRules {\n    codeRules {\n      alphabet\n      trackingCodeLength\n      receiptLength\n    }\n  }\n": typeof types.KioskCodeRulesDocument,
    "\n  query ConsoleOnAgenda($communityId: ID) {\n    matters(filter: { communityId: $communityId, status: [ON_AGENDA] }, first: 100) {\n      edges {\n        node {\n          id\n          trackingCode\n          title\n          category\n          resolution {\n            summary\n            outcome\n          }\n          pavilion {\n            community {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleOnAgendaDocument,
    "\n  query ConsoleAudit($filter: AuditFilter, $first: Int, $offset: Int) {\n    auditEntries(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        at\n        actorName\n        actorRole\n        action\n        matterId\n        details\n      }\n    }\n  }\n": typeof types.ConsoleAuditDocument,
    "\n  query ConsoleAuditChain {\n    auditChain {\n      sound\n      soundRows\n      brokenAt\n      reason\n    }\n  }\n": typeof types.ConsoleAuditChainDocument,
    "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      role\n    }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  mutation ConsoleSignOut {\n    signOut\n  }\n": typeof types.ConsoleSignOutDocument,
    "\n  query ConsoleMe {\n    me {\n      role\n      displayName\n      communities {\n        id\n        name\n        estates {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMeDocument,
    "\n  query ConsoleMeetings($communityId: ID) {\n    meetings(communityId: $communityId) {\n      id\n      title\n      startsAt\n      attendance\n      minutes\n      pavilion {\n        id\n        name\n      }\n      agenda {\n        id\n        title\n      }\n    }\n    pavilions {\n      id\n      name\n      community {\n        id\n      }\n    }\n  }\n": typeof types.ConsoleMeetingsDocument,
    "\n  mutation ConsoleSchedule($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleScheduleDocument,
    "\n  mutation ConsoleMinutes($id: ID!, $attendance: Int!, $minutes: String!) {\n    recordMeetingMinutes(meetingId: $id, attendance: $attendance, minutes: $minutes) {\n      id\n    }\n  }\n": typeof types.ConsoleMinutesDocument,
    "\n  mutation ConsoleOpenVote($input: OpenVoteInput!) {\n    openVote(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleOpenVoteDocument,
    "\n  mutation ConsoleCostShare($input: CostShareInput!) {\n    calculateCostShare(input: $input) {\n      netCostFen\n      shares {\n        homeId\n        room\n        floor\n        coefficientPermille\n        shareFen\n      }\n    }\n  }\n": typeof types.ConsoleCostShareDocument,
    "\n  query ConsoleElectors($voteId: ID!) {\n    vote(id: $voteId) {\n      id\n      electors {\n        homeId\n        label\n        floor\n        areaM2\n        voted\n      }\n    }\n  }\n": typeof types.ConsoleElectorsDocument,
    "\n  mutation ConsolePaperBallot($voteId: ID!, $homeId: ID!, $choice: BallotChoice!) {\n    recordPaperBallot(voteId: $voteId, homeId: $homeId, choice: $choice) {\n      receipt\n    }\n  }\n": typeof types.ConsolePaperBallotDocument,
    "\n  query ConsoleEstateTree($id: ID!) {\n    estate(id: $id) {\n      id\n      buildings {\n        id\n        name\n        units {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleEstateTreeDocument,
    "\n  query ConsoleMonthStats($communityId: ID, $from: DateTime!, $to: DateTime!) {\n    stats(communityId: $communityId, from: $from, to: $to) {\n      raised\n      resolved\n      triage {\n        medianMinutes\n      }\n      participation {\n        rate\n      }\n    }\n  }\n": typeof types.ConsoleMonthStatsDocument,
    "\n  query ConsoleVoting($communityId: ID) {\n    matters(filter: { communityId: $communityId, status: [VOTING] }, first: 100) {\n      edges {\n        node {\n          id\n          title\n          vote {\n            id\n            question\n            rule\n            scopeName\n            closesAt\n            tally {\n              eligibleOwners\n              eligibleAreaM2\n              participatingOwners\n              participatingAreaM2\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleVotingDocument,
    "\n  subscription ConsoleVoteLive($voteId: ID!) {\n    voteUpdated(voteId: $voteId) {\n      id\n      status\n      tally {\n        participatingOwners\n        participatingAreaM2\n      }\n    }\n  }\n": typeof types.ConsoleVoteLiveDocument,
    "\n  mutation ConsoleCloseVote($voteId: ID!) {\n    closeVote(voteId: $voteId) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleCloseVoteDocument,
    "\n  query ConsoleNotices($communityId: ID) {\n    notices(communityId: $communityId, first: 100) {\n      id\n      kind\n      title\n      body\n      publishedAt\n    }\n  }\n": typeof types.ConsoleNoticesDocument,
    "\n  query ConsoleWorkbench {\n    toTriage: staffMatters(filter: { status: [SUBMITTED] }, first: 1) {\n      totalCount\n    }\n    lateTriage: staffMatters(filter: { overdue: true }, first: 1) {\n      totalCount\n    }\n    onAgenda: staffMatters(filter: { status: [ON_AGENDA] }, first: 1) {\n      totalCount\n    }\n    voting: staffMatters(filter: { status: [VOTING] }, first: 1) {\n      totalCount\n    }\n    followUps: staffMatters(filter: { followUp: true }, first: 1) {\n      totalCount\n    }\n    toDispatch: workOrders(filter: { status: [REPORTED] }, first: 1) {\n      totalCount\n    }\n    lateOrders: workOrders(filter: { status: [REPORTED, DISPATCHED, ACKNOWLEDGED], overdue: true }, first: 1) {\n      totalCount\n    }\n    toCheck: workOrders(filter: { status: [AWAITING_CHECK] }, first: 1) {\n      totalCount\n    }\n    orderFollowUps: workOrders(filter: { followUp: true }, first: 1) {\n      totalCount\n    }\n    closedMonths: closedEvaluationPeriods(kind: MONTH)\n  }\n": typeof types.ConsoleWorkbenchDocument,
    "\n  query ConsoleClosedPeriods {\n    months: closedEvaluationPeriods(kind: MONTH)\n    quarters: closedEvaluationPeriods(kind: QUARTER)\n    years: closedEvaluationPeriods(kind: YEAR)\n  }\n": typeof types.ConsoleClosedPeriodsDocument,
    "\n  mutation ConsoleClosePeriod($kind: EvaluationPeriodKind!, $period: String!) {\n    closeEvaluationPeriod(kind: $kind, period: $period) {\n      rank\n      total\n      gradeName\n      renewalWarning\n      company {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleClosePeriodDocument,
    "\n  query ConsoleScorecards($kind: EvaluationPeriodKind!, $period: String!) {\n    scorecards(kind: $kind, period: $period) {\n      rank\n      total\n      grade\n      gradeName\n      final\n      renewalWarning\n      residentRatings\n      company {\n        id\n        name\n        estates {\n          id\n          name\n        }\n      }\n      dimensions {\n        code\n        name\n        weight\n        points\n        indicators {\n          code\n          name\n          weight\n          points\n          basis\n        }\n      }\n    }\n  }\n": typeof types.ConsoleScorecardsDocument,
    "\n  mutation ConsoleOpenPropertyReview($companyId: ID!, $estateId: ID!, $kind: EvaluationPeriodKind!, $period: String!) {\n    openPropertyReview(companyId: $companyId, estateId: $estateId, kind: $kind, period: $period) {\n      id\n      trackingCode\n    }\n  }\n": typeof types.ConsoleOpenPropertyReviewDocument,
    "\n  query EvaluationImportColumns {\n    thirdPartyImportColumns\n    feeImportColumns\n  }\n": typeof types.EvaluationImportColumnsDocument,
    "\n  mutation ConsoleImportThirdParty($csv: String!) {\n    importThirdPartyScores(csv: $csv) {\n      created\n      updated\n      errors {\n        line\n        message\n      }\n    }\n  }\n": typeof types.ConsoleImportThirdPartyDocument,
    "\n  mutation ConsoleImportFees($csv: String!) {\n    importFeeCollection(csv: $csv) {\n      created\n      updated\n      errors {\n        line\n        message\n      }\n    }\n  }\n": typeof types.ConsoleImportFeesDocument,
    "\n  query ConsoleInspectionSetup($communityId: ID) {\n    propertyCompanies(communityId: $communityId) {\n      id\n      name\n    }\n    evaluationStandard {\n      dimensions {\n        name\n        indicators {\n          code\n          name\n          weight\n          source\n          method\n        }\n      }\n    }\n  }\n": typeof types.ConsoleInspectionSetupDocument,
    "\n  mutation ConsoleRecordInspection($companyId: ID!, $month: String!, $scores: [IndicatorPointsInput!]!, $note: String) {\n    recordInspection(companyId: $companyId, month: $month, scores: $scores, note: $note) {\n      total\n      gradeName\n    }\n  }\n": typeof types.ConsoleRecordInspectionDocument,
    "\n  query ConsoleEvaluationStandard {\n    evaluationStandard {\n      version\n      title\n      dimensions {\n        code\n        name\n        indicators {\n          code\n          name\n          weight\n          source\n          method\n          question\n          measure\n        }\n      }\n      grades {\n        grade\n        name\n        min\n        consequence\n        feeFloat\n        renewalWarning\n      }\n    }\n  }\n": typeof types.ConsoleEvaluationStandardDocument,
    "\n  mutation ConsolePublishStandard($input: EvaluationStandardInput!) {\n    publishEvaluationStandard(input: $input) {\n      version\n    }\n  }\n": typeof types.ConsolePublishStandardDocument,
    "\n  mutation ConsoleTriage($id: ID!, $decision: TriageDecision!, $reason: String) {\n    triageMatter(id: $id, decision: $decision, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n": typeof types.ConsoleTriageDocument,
    "\n  query ConsoleFindByCode($code: String!) {\n    matterByTrackingCode(code: $code) {\n      id\n    }\n  }\n": typeof types.ConsoleFindByCodeDocument,
    "\n  mutation ConsoleMerge($id: ID!, $intoId: ID!) {\n    mergeMatter(id: $id, intoId: $intoId) {\n      id\n      status\n      allowedActions\n    }\n  }\n": typeof types.ConsoleMergeDocument,
    "\n  mutation ConsoleMatterResolve($id: ID!, $summary: String!, $outcome: ResolutionOutcome!) {\n    recordResolution(matterId: $id, input: { summary: $summary, outcome: $outcome }) {\n      id\n      status\n      allowedActions\n    }\n  }\n": typeof types.ConsoleMatterResolveDocument,
    "\n  mutation ConsoleReport($id: ID!, $percent: Int!, $note: String!) {\n    reportProgress(matterId: $id, percent: $percent, note: $note) {\n      id\n      progress\n      allowedActions\n    }\n  }\n": typeof types.ConsoleReportDocument,
    "\n  mutation ConsoleComplete($id: ID!, $note: String!) {\n    completeMatter(matterId: $id, note: $note) {\n      id\n      status\n      allowedActions\n    }\n  }\n": typeof types.ConsoleCompleteDocument,
    "\n  mutation ConsoleResolveFollowUp($id: ID!, $note: String!) {\n    resolveFollowUp(matterId: $id, note: $note) {\n      id\n      followUp\n      allowedActions\n    }\n  }\n": typeof types.ConsoleResolveFollowUpDocument,
    "\n  query ConsoleMatter($id: ID!) {\n    matter(id: $id) {\n      id\n      trackingCode\n      title\n      description\n      category\n      status\n      step\n      place\n      createdAt\n      triagedAt\n      completedAt\n      progress\n      secondCount\n      contactPhone\n      rating\n      ratingComment\n      followUp\n      overdue\n      waitingMinutes\n      declineReason\n      allowedActions\n      pavilion {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n      mergedInto {\n        id\n        trackingCode\n        title\n      }\n      resolution {\n        summary\n        outcome\n        decidedAt\n      }\n      timeline {\n        at\n        status\n        kind\n        note\n        progress\n      }\n      vote {\n        id\n        question\n        rule\n        status\n        scopeName\n        openedAt\n        closesAt\n        tally {\n          eligibleOwners\n          participatingOwners\n          eligibleAreaM2\n          participatingAreaM2\n        }\n        result {\n          passed\n          summary\n        }\n      }\n    }\n    costSharePlan(matterId: $id) {\n      totalCostFen\n      subsidyFen\n      netCostFen\n      calculatedAt\n      shares {\n        homeId\n        room\n        floor\n        areaM2\n        shareFen\n      }\n    }\n  }\n": typeof types.ConsoleMatterDocument,
    "\n  subscription ConsoleMatterUpdates($communityId: ID) {\n    matterUpdated(communityId: $communityId) {\n      id\n      status\n      step\n      progress\n      secondCount\n      rating\n      followUp\n      allowedActions\n      timeline {\n        at\n        status\n        kind\n        note\n        progress\n      }\n    }\n  }\n": typeof types.ConsoleMatterUpdatesDocument,
    "\n  query ConsoleMatterWorkOrders($id: ID!) {\n    matter(id: $id) {\n      id\n      workOrders {\n        id\n        trackingCode\n        status\n        overdue\n        item {\n          name\n        }\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMatterWorkOrdersDocument,
    "\n  mutation ConsoleCreateWorkOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      id\n      trackingCode\n      status\n    }\n  }\n": typeof types.ConsoleCreateWorkOrderDocument,
    "\n  query ConsoleMatters($filter: StaffMatterFilter, $sort: MatterSort, $first: Int, $offset: Int) {\n    staffMatters(filter: $filter, sort: $sort, first: $first, offset: $offset) {\n      totalCount\n      edges {\n        node {\n          id\n          trackingCode\n          title\n          place\n          category\n          status\n          step\n          createdAt\n          secondCount\n          progress\n          overdue\n          followUp\n          contactPhone\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMattersDocument,
    "\n  mutation ConsoleIssueCredential($homeId: ID!) {\n    issueHomeCredential(homeId: $homeId) {\n      homeCode\n      pin\n    }\n  }\n": typeof types.ConsoleIssueCredentialDocument,
    "\n  mutation ConsoleImport($csv: String!) {\n    importHomes(csv: $csv) {\n      created\n      updated\n      errors {\n        line\n        message\n      }\n    }\n  }\n": typeof types.ConsoleImportDocument,
    "\n  query ConsoleImportColumns {\n    homeImportColumns\n  }\n": typeof types.ConsoleImportColumnsDocument,
    "\n  query ConsoleEstateHomes($id: ID!) {\n    estate(id: $id) {\n      id\n      name\n      propertyCompany\n      buildings {\n        id\n        name\n        units {\n          id\n          name\n          homes {\n            id\n            floor\n            room\n            areaM2\n            credentialIssuedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleEstateHomesDocument,
    "\n  query ConsoleServiceCatalogue {\n    serviceCatalogue {\n      code\n      name\n      items {\n        code\n        version\n        name\n        standard\n        respondMinutes\n        resolveMinutes\n        paid\n        teamKind\n      }\n    }\n  }\n": typeof types.ConsoleServiceCatalogueDocument,
    "\n  mutation ConsoleUpdateServiceItem($code: String!, $change: ServiceItemChange!) {\n    updateServiceItem(code: $code, change: $change) {\n      code\n      version\n    }\n  }\n": typeof types.ConsoleUpdateServiceItemDocument,
    "\n  query ConsoleServiceLevels($communityId: ID) {\n    serviceLevels(communityId: $communityId) {\n      orders\n      responded\n      medianRespondMinutes\n      p90RespondMinutes\n      respondCounted\n      onTimeRespondRate\n      resolveCounted\n      onTimeResolveRate\n      done\n      reworked\n      reworkRate\n      rated\n      averageRating\n    }\n    serviceTeamLevels(communityId: $communityId) {\n      rank\n      team {\n        id\n        name\n      }\n      levels {\n        orders\n        medianRespondMinutes\n        onTimeRespondRate\n        averageRating\n      }\n    }\n  }\n": typeof types.ConsoleServiceLevelsDocument,
    "\n  query ConsoleNotifications($communityId: ID) {\n    notifications(communityId: $communityId, first: 100) {\n      id\n      createdAt\n      sentAt\n      phone\n      text\n      status\n      attempts\n      lastError\n    }\n  }\n": typeof types.ConsoleNotificationsDocument,
    "\n  mutation ConsoleRetryNotification($id: ID!) {\n    retryNotification(id: $id) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n": typeof types.ConsoleRetryNotificationDocument,
    "\n  query ConsoleServiceTeams($communityId: ID) {\n    serviceTeams(communityId: $communityId) {\n      id\n      name\n      kind\n      onDuty\n    }\n  }\n": typeof types.ConsoleServiceTeamsDocument,
    "\n  mutation ConsoleDispatchOrder($id: ID!, $teamId: ID!) {\n    dispatchWorkOrder(id: $id, teamId: $teamId) {\n      id\n      status\n      allowedActions\n    }\n  }\n": typeof types.ConsoleDispatchOrderDocument,
    "\n  mutation ConsoleCheckOrder($id: ID!, $accepted: Boolean!, $note: String) {\n    checkWorkOrder(id: $id, accepted: $accepted, note: $note) {\n      id\n      status\n      allowedActions\n    }\n  }\n": typeof types.ConsoleCheckOrderDocument,
    "\n  mutation ConsoleLedgerOrder($id: ID!, $reason: String!) {\n    putWorkOrderOnLedger(id: $id, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n": typeof types.ConsoleLedgerOrderDocument,
    "\n  mutation ConsoleOrderToBranch($id: ID!) {\n    sendWorkOrderToBranch(id: $id) {\n      id\n      status\n      allowedActions\n      matter {\n        id\n        trackingCode\n      }\n    }\n  }\n": typeof types.ConsoleOrderToBranchDocument,
    "\n  mutation ConsoleCancelOrder($id: ID!, $reason: String!) {\n    cancelWorkOrder(id: $id, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n": typeof types.ConsoleCancelOrderDocument,
    "\n  mutation ConsoleNoteOrder($id: ID!, $note: String!) {\n    noteWorkOrder(id: $id, note: $note) {\n      id\n      allowedActions\n    }\n  }\n": typeof types.ConsoleNoteOrderDocument,
    "\n  mutation ConsoleOrderFollowUp($id: ID!, $note: String!) {\n    resolveWorkOrderFollowUp(id: $id, note: $note) {\n      id\n      followUp\n      allowedActions\n    }\n  }\n": typeof types.ConsoleOrderFollowUpDocument,
    "\n  query ConsolePhoneReportData {\n    pavilions {\n      id\n      community {\n        id\n      }\n    }\n  }\n": typeof types.ConsolePhoneReportDataDocument,
    "\n  mutation ConsolePhoneReport($input: ReportRepairInput!) {\n    reportRepair(input: $input) {\n      id\n      trackingCode\n      reporterCount\n    }\n  }\n": typeof types.ConsolePhoneReportDocument,
    "\n  query ConsoleServiceItemChoices {\n    serviceCatalogue {\n      code\n      name\n      items {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ConsoleServiceItemChoicesDocument,
    "\n  query ConsoleServiceTeamsRoster($communityId: ID) {\n    serviceTeams(communityId: $communityId) {\n      id\n      name\n      kind\n      memberCount\n      members {\n        id\n        username\n        displayName\n      }\n      dutyWeekdays\n      onDuty\n    }\n  }\n": typeof types.ConsoleServiceTeamsRosterDocument,
    "\n  mutation ConsoleSetTeamRoster($teamId: ID!, $weekdays: [Int!]!) {\n    setServiceTeamRoster(teamId: $teamId, weekdays: $weekdays) {\n      id\n      dutyWeekdays\n      onDuty\n    }\n  }\n": typeof types.ConsoleSetTeamRosterDocument,
    "\n  mutation ConsoleCreateTeam($input: NewServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateTeamDocument,
    "\n  mutation ConsoleAddTeamMember($teamId: ID!, $input: NewServiceTeamMemberInput!) {\n    addServiceTeamMember(teamId: $teamId, input: $input) {\n      id\n      memberCount\n    }\n  }\n": typeof types.ConsoleAddTeamMemberDocument,
    "\n  mutation ConsoleResetMemberPassword($teamId: ID!, $staffId: ID!, $password: String!) {\n    resetServiceTeamMemberPassword(teamId: $teamId, staffId: $staffId, password: $password)\n  }\n": typeof types.ConsoleResetMemberPasswordDocument,
    "\n  mutation ConsoleRemoveTeamMember($teamId: ID!, $staffId: ID!) {\n    removeServiceTeamMember(teamId: $teamId, staffId: $staffId) {\n      id\n      memberCount\n    }\n  }\n": typeof types.ConsoleRemoveTeamMemberDocument,
    "\n  fragment ConsoleOrderRow on WorkOrder {\n    id\n    trackingCode\n    status\n    dueAt\n    overdue\n    dueSoon\n    followUp\n    reportedAt\n    respondBy\n    resolveBy\n    reporterCount\n    urgeCount\n    reworkCount\n    ratingSpeed\n    ratingQuality\n    note\n    reason\n    contactPhone\n    ratingComment\n    allowedActions\n    item {\n      code\n      name\n    }\n    building {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    timeline {\n      at\n      kind\n      note\n      by\n    }\n  }\n": typeof types.ConsoleOrderRowFragmentDoc,
    "\n  query ConsoleWorkOrders($filter: WorkOrderFilter, $first: Int, $offset: Int) {\n    workOrders(filter: $filter, first: $first, offset: $offset, sort: DEADLINE) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ConsoleOrderRow\n        }\n      }\n    }\n  }\n": typeof types.ConsoleWorkOrdersDocument,
    "\n  subscription ConsoleWorkOrdersLive($communityId: ID!) {\n    workOrderUpdated(communityId: $communityId) {\n      ...ConsoleOrderRow\n      ...OrderPlacement\n    }\n  }\n": typeof types.ConsoleWorkOrdersLiveDocument,
    "\n  query ConsoleConventions {\n    conventions {\n      id\n      title\n      stage\n      allowedActions\n      version\n      inForceVersion\n      consultationClosesAt\n      communities {\n        id\n        name\n      }\n      vote {\n        id\n        status\n      }\n      articles {\n        id\n        number\n        text\n        comments {\n          id\n        }\n        amendments {\n          id\n          text\n          reason\n          state\n          support\n        }\n      }\n    }\n  }\n": typeof types.ConsoleConventionsDocument,
    "\n  mutation ConsoleDraftConvention($input: DraftConventionInput!) {\n    draftConvention(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleDraftConventionDocument,
    "\n  mutation ConsoleOpenConsultation($id: ID!, $closesAt: DateTime!) {\n    openConsultation(conventionId: $id, closesAt: $closesAt) {\n      id\n      stage\n      consultationClosesAt\n    }\n  }\n": typeof types.ConsoleOpenConsultationDocument,
    "\n  mutation ConsoleDecideAmendment($id: ID!, $accept: Boolean!) {\n    decideAmendment(amendmentId: $id, accept: $accept) {\n      id\n      state\n    }\n  }\n": typeof types.ConsoleDecideAmendmentDocument,
    "\n  mutation ConsolePublishConvention($id: ID!) {\n    publishConventionVersion(conventionId: $id) {\n      id\n      version\n    }\n  }\n": typeof types.ConsolePublishConventionDocument,
    "\n  mutation ConsoleConventionToVote($id: ID!, $closesAt: DateTime!) {\n    putConventionToVote(conventionId: $id, closesAt: $closesAt) {\n      id\n      stage\n    }\n  }\n": typeof types.ConsoleConventionToVoteDocument,
    "\n  query GridImportColumns {\n    gridImportColumns\n  }\n": typeof types.GridImportColumnsDocument,
    "\n  query ConsoleGrid($communityId: ID!) {\n    grid(communityId: $communityId) {\n      id\n      role\n      name\n      area\n      phone\n      building {\n        id\n        name\n      }\n      parent {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleGridDocument,
    "\n  mutation ConsoleSetGridPost($input: GridPostInput!) {\n    setGridPost(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleSetGridPostDocument,
    "\n  mutation ConsoleImportGrid($csv: String!) {\n    importGridPosts(csv: $csv) {\n      created\n      updated\n      errors {\n        line\n        message\n      }\n    }\n  }\n": typeof types.ConsoleImportGridDocument,
    "\n  query ConsoleJoint {\n    jointUnits {\n      id\n      name\n      kind\n    }\n    jointMeetings(first: 8) {\n      id\n      quarter\n      heldAt\n      attendees {\n        id\n        name\n      }\n    }\n    jointProblems {\n      id\n      title\n      status\n      dueBy\n      carriedOver\n      solvedAt\n      leadUnit {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      raisedAt {\n        id\n        quarter\n      }\n    }\n    jointUnitFigures {\n      unit {\n        id\n        name\n      }\n      raised\n      solved\n      solvedOnTime\n    }\n  }\n": typeof types.ConsoleJointDocument,
    "\n  mutation ConsoleAddJointUnit($name: String!, $kind: JointUnitKind!) {\n    addJointUnit(name: $name, kind: $kind) {\n      id\n    }\n  }\n": typeof types.ConsoleAddJointUnitDocument,
    "\n  mutation ConsoleRecordJointMeeting($quarter: String!, $heldAt: DateTime!, $attendeeIds: [ID!]!, $minutes: String) {\n    recordJointMeeting(quarter: $quarter, heldAt: $heldAt, attendeeIds: $attendeeIds, minutes: $minutes) {\n      id\n    }\n  }\n": typeof types.ConsoleRecordJointMeetingDocument,
    "\n  mutation ConsoleAddJointProblem($meetingId: ID!, $title: String!, $leadUnitId: ID!, $partnerIds: [ID!], $dueBy: DateTime!) {\n    addJointProblem(meetingId: $meetingId, title: $title, leadUnitId: $leadUnitId, partnerIds: $partnerIds, dueBy: $dueBy) {\n      id\n    }\n  }\n": typeof types.ConsoleAddJointProblemDocument,
    "\n  mutation ConsoleSolveJointProblem($id: ID!, $note: String!) {\n    solveJointProblem(problemId: $id, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleSolveJointProblemDocument,
    "\n  query KioskPropertyCompanies($communityId: ID!) {\n    propertyCompanies(communityId: $communityId) {\n      id\n      name\n      estates(communityId: $communityId) {\n        id\n        name\n      }\n    }\n    months: closedEvaluationPeriods(kind: MONTH)\n    quarters: closedEvaluationPeriods(kind: QUARTER)\n    years: closedEvaluationPeriods(kind: YEAR)\n  }\n": typeof types.KioskPropertyCompaniesDocument,
    "\n  query KioskScorecards($kind: EvaluationPeriodKind!, $period: String!) {\n    scorecards(kind: $kind, period: $period) {\n      company {\n        id\n        name\n      }\n      total\n      gradeName\n      ...KioskScorecard\n    }\n  }\n": typeof types.KioskScorecardsDocument,
    "\n  query KioskMyPropertyRating {\n    myEstate {\n      name\n      propertyCompany\n    }\n    myPropertyRating {\n      month\n      scores {\n        code\n        points\n      }\n    }\n  }\n": typeof types.KioskMyPropertyRatingDocument,
    "\n  mutation KioskRateProperty($scores: [IndicatorPointsInput!]!) {\n    rateProperty(scores: $scores) {\n      period\n      total\n    }\n  }\n": typeof types.KioskRatePropertyDocument,
    "\n  mutation KioskComplain($topic: ComplaintTopic!) {\n    complainAboutProperty(topic: $topic) {\n      id\n    }\n  }\n": typeof types.KioskComplainDocument,
    "\n  fragment KioskScorecard on Scorecard {\n    kind\n    period\n    total\n    grade\n    gradeName\n    consequence\n    feeFloat\n    renewalWarning\n    rank\n    final\n    residentRatings\n    company {\n      id\n      name\n    }\n    dimensions {\n      code\n      name\n      weight\n      points\n      indicators {\n        code\n        name\n        weight\n        points\n        basis\n        scored\n      }\n    }\n  }\n": typeof types.KioskScorecardFragmentDoc,
    "\n  query KioskEvaluationStandard {\n    evaluationStandard {\n      version\n      title\n      dimensions {\n        code\n        name\n        weight\n        indicators {\n          code\n          name\n          weight\n          source\n          method\n          question\n        }\n      }\n      grades {\n        grade\n        name\n        min\n        consequence\n        feeFloat\n        renewalWarning\n      }\n    }\n  }\n": typeof types.KioskEvaluationStandardDocument,
    "\n  query KioskPropertyTrend($companyId: ID!) {\n    propertyTrend(companyId: $companyId, months: 24) {\n      month\n      complaints\n      satisfaction\n      feeRate\n    }\n  }\n": typeof types.KioskPropertyTrendDocument,
    "\n  query PhoneRaiseDraft($code: String!) {\n    raiseDraft(code: $code) {\n      code\n      pavilionId\n      category\n      problemId\n      buildingId\n      unitId\n      place\n      title\n      description\n      sent\n    }\n    commonProblems {\n      id\n      title\n      titleEn\n    }\n  }\n": typeof types.PhoneRaiseDraftDocument,
    "\n  mutation PhoneRaise($input: RaiseMatterInput!) {\n    raiseMatter(input: $input) {\n      id\n      trackingCode\n    }\n  }\n": typeof types.PhoneRaiseDocument,
    "\n  mutation KioskSaveRaiseDraft($input: RaiseChoiceInput!) {\n    saveRaiseDraft(input: $input) {\n      code\n    }\n  }\n": typeof types.KioskSaveRaiseDraftDocument,
    "\n  query KioskPlaces($id: ID!) {\n    pavilion(id: $id) {\n      id\n      estate {\n        id\n      }\n      community {\n        id\n        estates {\n          id\n          name\n          buildings {\n            id\n            name\n            units {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.KioskPlacesDocument,
    "\n  query KioskCommonProblems($category: MatterCategory!) {\n    commonProblems(category: $category) {\n      id\n      title\n      titleEn\n      general\n    }\n  }\n": typeof types.KioskCommonProblemsDocument,
    "\n  mutation KioskRaise($input: RaiseMatterInput!) {\n    raiseMatter(input: $input) {\n      id\n      trackingCode\n    }\n  }\n": typeof types.KioskRaiseDocument,
    "\n  query KioskServiceCatalogue {\n    serviceCatalogue {\n      code\n      name\n      items {\n        code\n        name\n        standard\n        respondMinutes\n        resolveMinutes\n        paid\n      }\n    }\n  }\n": typeof types.KioskServiceCatalogueDocument,
    "\n  mutation KioskReportRepair($input: ReportRepairInput!) {\n    reportRepair(input: $input) {\n      id\n      trackingCode\n      reporterCount\n    }\n  }\n": typeof types.KioskReportRepairDocument,
    "\n  query KioskServiceLevels($communityId: ID!) {\n    serviceLevels(communityId: $communityId) {\n      orders\n      medianRespondMinutes\n      onTimeRespondRate\n      averageRating\n    }\n  }\n": typeof types.KioskServiceLevelsDocument,
    "\n  query TeamMe {\n    me {\n      displayName\n      role\n      teams {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TeamMeDocument,
    "\n  mutation TeamAcknowledge($id: ID!) {\n    acknowledgeWorkOrder(id: $id) {\n      ...TeamOrder\n    }\n  }\n": typeof types.TeamAcknowledgeDocument,
    "\n  mutation TeamNote($id: ID!, $note: String!) {\n    noteWorkOrder(id: $id, note: $note) {\n      ...TeamOrder\n    }\n  }\n": typeof types.TeamNoteDocument,
    "\n  mutation TeamFinish($id: ID!, $note: String!) {\n    finishWorkOrder(id: $id, note: $note) {\n      ...TeamOrder\n    }\n  }\n": typeof types.TeamFinishDocument,
    "\n  fragment WorkOrderDetails on WorkOrder {\n    id\n    trackingCode\n    status\n    note\n    reason\n    reportedAt\n    respondBy\n    resolveBy\n    acknowledgedAt\n    doneAt\n    overdue\n    reporterCount\n    urgeCount\n    reworkCount\n    ratingSpeed\n    ratingQuality\n    allowedActions\n    item {\n      code\n      name\n      standard\n      respondMinutes\n      resolveMinutes\n    }\n    building {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    timeline {\n      at\n      kind\n      note\n      by\n    }\n  }\n": typeof types.WorkOrderDetailsFragmentDoc,
    "\n  query WorkOrderByCode($code: String!) {\n    workOrderByTrackingCode(code: $code) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n": typeof types.WorkOrderByCodeDocument,
    "\n  subscription WorkOrderLive($code: String!) {\n    workOrderUpdated(trackingCode: $code) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n": typeof types.WorkOrderLiveDocument,
    "\n  mutation UrgeWorkOrder($code: String!) {\n    urgeWorkOrder(trackingCode: $code) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n": typeof types.UrgeWorkOrderDocument,
    "\n  mutation ReopenWorkOrder($code: String!, $note: String!) {\n    reopenWorkOrder(trackingCode: $code, note: $note) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n": typeof types.ReopenWorkOrderDocument,
    "\n  mutation RateWorkOrder($code: String!, $speed: Int!, $quality: Int!) {\n    rateWorkOrder(trackingCode: $code, speed: $speed, quality: $quality) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n": typeof types.RateWorkOrderDocument,
    "\n  fragment OrderPlacement on WorkOrder {\n    id\n    status\n    dueAt\n    trackingCode\n    overdue\n    followUp\n    community {\n      id\n    }\n    team {\n      id\n    }\n  }\n": typeof types.OrderPlacementFragmentDoc,
    "\n  query TeamOrderList($filter: WorkOrderFilter, $first: Int) {\n    workOrders(filter: $filter, sort: DEADLINE, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...TeamOrder\n        }\n      }\n    }\n  }\n": typeof types.TeamOrderListDocument,
    "\n  fragment TeamOrder on WorkOrder {\n    id\n    trackingCode\n    status\n    dueAt\n    note\n    overdue\n    dueSoon\n    reportedAt\n    respondBy\n    resolveBy\n    contactPhone\n    reporterCount\n    urgeCount\n    allowedActions\n    item {\n      code\n      name\n      standard\n    }\n    building {\n      id\n      name\n    }\n    team {\n      id\n    }\n    timeline {\n      at\n      kind\n      note\n    }\n  }\n": typeof types.TeamOrderFragmentDoc,
    "\n  subscription TeamOrderLive($teamId: ID!) {\n    workOrderUpdated(teamId: $teamId) {\n      ...TeamOrder\n      ...OrderPlacement\n    }\n  }\n": typeof types.TeamOrderLiveDocument,
    "\n  query KioskGrid($communityId: ID!) {\n    grid(communityId: $communityId) {\n      id\n      role\n      name\n      area\n      building {\n        id\n        name\n      }\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.KioskGridDocument,
    "\n  query KioskBreachCounts($conventionId: ID!) {\n    breachCounts(conventionId: $conventionId) {\n      articleNumber\n      month\n      count\n    }\n  }\n": typeof types.KioskBreachCountsDocument,
    "\n  query KioskConventions($communityId: ID!) {\n    conventions(communityId: $communityId) {\n      id\n      title\n      stage\n      version\n      inForceVersion\n      consultationClosesAt\n      vote {\n        id\n        status\n      }\n      articles {\n        id\n        number\n        text\n        comments {\n          id\n          text\n        }\n        amendments {\n          id\n          text\n          reason\n          state\n          support\n          supportedByMe\n        }\n      }\n      versions {\n        version\n        publishedAt\n        changes {\n          number\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.KioskConventionsDocument,
    "\n  mutation KioskCommentArticle($articleId: ID!, $text: String!) {\n    commentArticle(articleId: $articleId, text: $text) {\n      id\n    }\n  }\n": typeof types.KioskCommentArticleDocument,
    "\n  mutation KioskProposeAmendment($articleId: ID!, $text: String!, $reason: String) {\n    proposeAmendment(articleId: $articleId, text: $text, reason: $reason) {\n      id\n    }\n  }\n": typeof types.KioskProposeAmendmentDocument,
    "\n  mutation KioskSupportAmendment($amendmentId: ID!) {\n    supportAmendment(amendmentId: $amendmentId) {\n      id\n      support\n      supportedByMe\n    }\n  }\n": typeof types.KioskSupportAmendmentDocument,
    "\n  query KioskJointProblems {\n    jointProblems {\n      id\n      title\n      status\n      dueBy\n      carriedOver\n      solvedAt\n      leadUnit {\n        id\n        name\n      }\n      raisedAt {\n        id\n        quarter\n      }\n    }\n  }\n": typeof types.KioskJointProblemsDocument,
    "\n  query PatrolMe {\n    me {\n      displayName\n      role\n      teams {\n        id\n        name\n        community {\n          id\n          name\n          estates {\n            id\n            name\n            buildings {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PatrolMeDocument,
    "\n  query PatrolConventions($communityId: ID!) {\n    conventions(communityId: $communityId) {\n      id\n      title\n      inForceVersion\n      articles {\n        id\n        number\n        text\n      }\n    }\n  }\n": typeof types.PatrolConventionsDocument,
    "\n  mutation PatrolRecordBreach($input: RecordBreachInput!) {\n    recordBreach(input: $input) {\n      id\n      article {\n        number\n      }\n    }\n  }\n": typeof types.PatrolRecordBreachDocument,
};
const documents: Documents = {
    "\n  query KioskPavilion($id: ID!) {\n    pavilion(id: $id) {\n      id\n      name\n      community {\n        id\n        name\n      }\n    }\n  }\n": types.KioskPavilionDocument,
    "\n  fragment MatterDetails on Matter {\n    id\n    place\n    trackingCode\n    title\n    description\n    category\n    status\n    step\n    progress\n    secondCount\n    rating\n    declineReason\n    createdAt\n    allowedActions\n    pavilion {\n      id\n    }\n    mergedInto {\n      trackingCode\n      title\n    }\n    resolution {\n      summary\n      outcome\n      decidedAt\n    }\n    timeline {\n      at\n      status\n      kind\n      note\n      progress\n    }\n    vote {\n      ...MatterVote\n    }\n  }\n": types.MatterDetailsFragmentDoc,
    "\n  fragment MatterVote on Vote {\n    id\n    question\n    status\n    closesAt\n    tally {\n      eligibleOwners\n      participatingOwners\n    }\n    result {\n      passed\n      summary\n    }\n  }\n": types.MatterVoteFragmentDoc,
    "\n  query MatterPage($code: String!) {\n    matterByTrackingCode(code: $code) {\n      id\n      ...MatterDetails\n    }\n  }\n": types.MatterPageDocument,
    "\n  subscription MatterPageUpdates($pavilionId: ID) {\n    matterUpdated(pavilionId: $pavilionId) {\n      id\n      step\n      community {\n        id\n      }\n      ...BoardCard\n      ...MatterDetails\n    }\n  }\n": types.MatterPageUpdatesDocument,
    "\n  subscription MatterPageVote($voteId: ID!) {\n    voteUpdated(voteId: $voteId) {\n      ...MatterVote\n    }\n  }\n": types.MatterPageVoteDocument,
    "\n  mutation KioskSecond($id: ID!) {\n    secondMatter(id: $id) {\n      id\n      secondCount\n    }\n  }\n": types.KioskSecondDocument,
    "\n  mutation KioskEndSession {\n    signOut\n  }\n": types.KioskEndSessionDocument,
    "\n  mutation RateMatter($code: String!, $stars: Int!, $comment: String) {\n    rateMatter(trackingCode: $code, stars: $stars, comment: $comment) {\n      id\n      rating\n    }\n  }\n": types.RateMatterDocument,
    "\n  query KioskPavilions {\n    communities {\n      id\n      name\n      pavilions {\n        id\n        name\n      }\n    }\n  }\n": types.KioskPavilionsDocument,
    "\n  mutation PhoneLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      role\n    }\n  }\n": types.PhoneLoginDocument,
    "\n  query ResidentBarMe {\n    me {\n      displayName\n    }\n  }\n": types.ResidentBarMeDocument,
    "\n  mutation ResidentSignOut {\n    signOut\n  }\n": types.ResidentSignOutDocument,
    "\n  mutation KioskResidentLogin($homeCode: String!, $pin: String!) {\n    residentLogin(homeCode: $homeCode, pin: $pin) {\n      token\n      expiresAt\n    }\n  }\n": types.KioskResidentLoginDocument,
    "\n  query TrackLookup($code: String!) {\n    matterByTrackingCode(code: $code) {\n      id\n    }\n    workOrderByTrackingCode(code: $code) {\n      id\n    }\n  }\n": types.TrackLookupDocument,
    "\n  query KioskMyVotes {\n    me {\n      displayName\n    }\n    myVotes {\n      id\n      question\n      rule\n      closesAt\n      myBallotCast\n      myCostShareFen\n      matter {\n        title\n        resolution {\n          summary\n        }\n      }\n    }\n  }\n": types.KioskMyVotesDocument,
    "\n  mutation KioskCast($voteId: ID!, $choice: BallotChoice!) {\n    castBallot(voteId: $voteId, choice: $choice) {\n      receipt\n      castAt\n    }\n  }\n": types.KioskCastDocument,
    "\n  fragment BoardCard on Matter {\n    id\n    trackingCode\n    title\n    place\n    category\n    status\n    step\n    progress\n    secondCount\n    vote {\n      ...BoardVote\n    }\n  }\n": types.BoardCardFragmentDoc,
    "\n  fragment BoardVote on Vote {\n    id\n    status\n    tally {\n      eligibleOwners\n      participatingOwners\n    }\n    result {\n      passed\n    }\n  }\n": types.BoardVoteFragmentDoc,
    "\n  query KioskBoard($communityId: ID!) {\n    open: matters(filter: { communityId: $communityId, status: [SUBMITTED, ON_AGENDA, VOTING, IN_EXECUTION] }, first: 60) {\n      totalCount\n      edges {\n        node {\n          id\n          step\n          ...BoardCard\n        }\n      }\n    }\n    done: matters(filter: { communityId: $communityId, step: DONE }, first: 8) {\n      totalCount\n      edges {\n        node {\n          id\n          step\n          ...BoardCard\n        }\n      }\n    }\n    stats(communityId: $communityId) {\n      raised\n      resolved\n      triage {\n        medianMinutes\n      }\n      participation {\n        rate\n      }\n    }\n    notices(communityId: $communityId, first: 3) {\n      id\n      title\n      body\n      publishedAt\n    }\n  }\n": types.KioskBoardDocument,
    "\n  subscription KioskBoardUpdates($communityId: ID!) {\n    matterUpdated(communityId: $communityId) {\n      id\n      step\n      createdAt\n      community {\n        id\n      }\n      ...BoardCard\n    }\n  }\n": types.KioskBoardUpdatesDocument,
    "\n  subscription KioskBoardVotes($communityId: ID!) {\n    voteUpdated(communityId: $communityId) {\n      ...BoardVote\n    }\n  }\n": types.KioskBoardVotesDocument,
    "\n  query BallotCheck($receipt: String!) {\n    verifyBallot(receipt: $receipt) {\n      found\n      choice\n      voteStatus\n    }\n  }\n": types.BallotCheckDocument,
    "\n  query KioskCodeRules {\n    codeRules {\n      alphabet\n      trackingCodeLength\n      receiptLength\n    }\n  }\n": types.KioskCodeRulesDocument,
    "\n  query ConsoleOnAgenda($communityId: ID) {\n    matters(filter: { communityId: $communityId, status: [ON_AGENDA] }, first: 100) {\n      edges {\n        node {\n          id\n          trackingCode\n          title\n          category\n          resolution {\n            summary\n            outcome\n          }\n          pavilion {\n            community {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleOnAgendaDocument,
    "\n  query ConsoleAudit($filter: AuditFilter, $first: Int, $offset: Int) {\n    auditEntries(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        at\n        actorName\n        actorRole\n        action\n        matterId\n        details\n      }\n    }\n  }\n": types.ConsoleAuditDocument,
    "\n  query ConsoleAuditChain {\n    auditChain {\n      sound\n      soundRows\n      brokenAt\n      reason\n    }\n  }\n": types.ConsoleAuditChainDocument,
    "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      role\n    }\n  }\n": types.ConsoleLoginDocument,
    "\n  mutation ConsoleSignOut {\n    signOut\n  }\n": types.ConsoleSignOutDocument,
    "\n  query ConsoleMe {\n    me {\n      role\n      displayName\n      communities {\n        id\n        name\n        estates {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleMeDocument,
    "\n  query ConsoleMeetings($communityId: ID) {\n    meetings(communityId: $communityId) {\n      id\n      title\n      startsAt\n      attendance\n      minutes\n      pavilion {\n        id\n        name\n      }\n      agenda {\n        id\n        title\n      }\n    }\n    pavilions {\n      id\n      name\n      community {\n        id\n      }\n    }\n  }\n": types.ConsoleMeetingsDocument,
    "\n  mutation ConsoleSchedule($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n    }\n  }\n": types.ConsoleScheduleDocument,
    "\n  mutation ConsoleMinutes($id: ID!, $attendance: Int!, $minutes: String!) {\n    recordMeetingMinutes(meetingId: $id, attendance: $attendance, minutes: $minutes) {\n      id\n    }\n  }\n": types.ConsoleMinutesDocument,
    "\n  mutation ConsoleOpenVote($input: OpenVoteInput!) {\n    openVote(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleOpenVoteDocument,
    "\n  mutation ConsoleCostShare($input: CostShareInput!) {\n    calculateCostShare(input: $input) {\n      netCostFen\n      shares {\n        homeId\n        room\n        floor\n        coefficientPermille\n        shareFen\n      }\n    }\n  }\n": types.ConsoleCostShareDocument,
    "\n  query ConsoleElectors($voteId: ID!) {\n    vote(id: $voteId) {\n      id\n      electors {\n        homeId\n        label\n        floor\n        areaM2\n        voted\n      }\n    }\n  }\n": types.ConsoleElectorsDocument,
    "\n  mutation ConsolePaperBallot($voteId: ID!, $homeId: ID!, $choice: BallotChoice!) {\n    recordPaperBallot(voteId: $voteId, homeId: $homeId, choice: $choice) {\n      receipt\n    }\n  }\n": types.ConsolePaperBallotDocument,
    "\n  query ConsoleEstateTree($id: ID!) {\n    estate(id: $id) {\n      id\n      buildings {\n        id\n        name\n        units {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleEstateTreeDocument,
    "\n  query ConsoleMonthStats($communityId: ID, $from: DateTime!, $to: DateTime!) {\n    stats(communityId: $communityId, from: $from, to: $to) {\n      raised\n      resolved\n      triage {\n        medianMinutes\n      }\n      participation {\n        rate\n      }\n    }\n  }\n": types.ConsoleMonthStatsDocument,
    "\n  query ConsoleVoting($communityId: ID) {\n    matters(filter: { communityId: $communityId, status: [VOTING] }, first: 100) {\n      edges {\n        node {\n          id\n          title\n          vote {\n            id\n            question\n            rule\n            scopeName\n            closesAt\n            tally {\n              eligibleOwners\n              eligibleAreaM2\n              participatingOwners\n              participatingAreaM2\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleVotingDocument,
    "\n  subscription ConsoleVoteLive($voteId: ID!) {\n    voteUpdated(voteId: $voteId) {\n      id\n      status\n      tally {\n        participatingOwners\n        participatingAreaM2\n      }\n    }\n  }\n": types.ConsoleVoteLiveDocument,
    "\n  mutation ConsoleCloseVote($voteId: ID!) {\n    closeVote(voteId: $voteId) {\n      id\n      status\n    }\n  }\n": types.ConsoleCloseVoteDocument,
    "\n  query ConsoleNotices($communityId: ID) {\n    notices(communityId: $communityId, first: 100) {\n      id\n      kind\n      title\n      body\n      publishedAt\n    }\n  }\n": types.ConsoleNoticesDocument,
    "\n  query ConsoleWorkbench {\n    toTriage: staffMatters(filter: { status: [SUBMITTED] }, first: 1) {\n      totalCount\n    }\n    lateTriage: staffMatters(filter: { overdue: true }, first: 1) {\n      totalCount\n    }\n    onAgenda: staffMatters(filter: { status: [ON_AGENDA] }, first: 1) {\n      totalCount\n    }\n    voting: staffMatters(filter: { status: [VOTING] }, first: 1) {\n      totalCount\n    }\n    followUps: staffMatters(filter: { followUp: true }, first: 1) {\n      totalCount\n    }\n    toDispatch: workOrders(filter: { status: [REPORTED] }, first: 1) {\n      totalCount\n    }\n    lateOrders: workOrders(filter: { status: [REPORTED, DISPATCHED, ACKNOWLEDGED], overdue: true }, first: 1) {\n      totalCount\n    }\n    toCheck: workOrders(filter: { status: [AWAITING_CHECK] }, first: 1) {\n      totalCount\n    }\n    orderFollowUps: workOrders(filter: { followUp: true }, first: 1) {\n      totalCount\n    }\n    closedMonths: closedEvaluationPeriods(kind: MONTH)\n  }\n": types.ConsoleWorkbenchDocument,
    "\n  query ConsoleClosedPeriods {\n    months: closedEvaluationPeriods(kind: MONTH)\n    quarters: closedEvaluationPeriods(kind: QUARTER)\n    years: closedEvaluationPeriods(kind: YEAR)\n  }\n": types.ConsoleClosedPeriodsDocument,
    "\n  mutation ConsoleClosePeriod($kind: EvaluationPeriodKind!, $period: String!) {\n    closeEvaluationPeriod(kind: $kind, period: $period) {\n      rank\n      total\n      gradeName\n      renewalWarning\n      company {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleClosePeriodDocument,
    "\n  query ConsoleScorecards($kind: EvaluationPeriodKind!, $period: String!) {\n    scorecards(kind: $kind, period: $period) {\n      rank\n      total\n      grade\n      gradeName\n      final\n      renewalWarning\n      residentRatings\n      company {\n        id\n        name\n        estates {\n          id\n          name\n        }\n      }\n      dimensions {\n        code\n        name\n        weight\n        points\n        indicators {\n          code\n          name\n          weight\n          points\n          basis\n        }\n      }\n    }\n  }\n": types.ConsoleScorecardsDocument,
    "\n  mutation ConsoleOpenPropertyReview($companyId: ID!, $estateId: ID!, $kind: EvaluationPeriodKind!, $period: String!) {\n    openPropertyReview(companyId: $companyId, estateId: $estateId, kind: $kind, period: $period) {\n      id\n      trackingCode\n    }\n  }\n": types.ConsoleOpenPropertyReviewDocument,
    "\n  query EvaluationImportColumns {\n    thirdPartyImportColumns\n    feeImportColumns\n  }\n": types.EvaluationImportColumnsDocument,
    "\n  mutation ConsoleImportThirdParty($csv: String!) {\n    importThirdPartyScores(csv: $csv) {\n      created\n      updated\n      errors {\n        line\n        message\n      }\n    }\n  }\n": types.ConsoleImportThirdPartyDocument,
    "\n  mutation ConsoleImportFees($csv: String!) {\n    importFeeCollection(csv: $csv) {\n      created\n      updated\n      errors {\n        line\n        message\n      }\n    }\n  }\n": types.ConsoleImportFeesDocument,
    "\n  query ConsoleInspectionSetup($communityId: ID) {\n    propertyCompanies(communityId: $communityId) {\n      id\n      name\n    }\n    evaluationStandard {\n      dimensions {\n        name\n        indicators {\n          code\n          name\n          weight\n          source\n          method\n        }\n      }\n    }\n  }\n": types.ConsoleInspectionSetupDocument,
    "\n  mutation ConsoleRecordInspection($companyId: ID!, $month: String!, $scores: [IndicatorPointsInput!]!, $note: String) {\n    recordInspection(companyId: $companyId, month: $month, scores: $scores, note: $note) {\n      total\n      gradeName\n    }\n  }\n": types.ConsoleRecordInspectionDocument,
    "\n  query ConsoleEvaluationStandard {\n    evaluationStandard {\n      version\n      title\n      dimensions {\n        code\n        name\n        indicators {\n          code\n          name\n          weight\n          source\n          method\n          question\n          measure\n        }\n      }\n      grades {\n        grade\n        name\n        min\n        consequence\n        feeFloat\n        renewalWarning\n      }\n    }\n  }\n": types.ConsoleEvaluationStandardDocument,
    "\n  mutation ConsolePublishStandard($input: EvaluationStandardInput!) {\n    publishEvaluationStandard(input: $input) {\n      version\n    }\n  }\n": types.ConsolePublishStandardDocument,
    "\n  mutation ConsoleTriage($id: ID!, $decision: TriageDecision!, $reason: String) {\n    triageMatter(id: $id, decision: $decision, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n": types.ConsoleTriageDocument,
    "\n  query ConsoleFindByCode($code: String!) {\n    matterByTrackingCode(code: $code) {\n      id\n    }\n  }\n": types.ConsoleFindByCodeDocument,
    "\n  mutation ConsoleMerge($id: ID!, $intoId: ID!) {\n    mergeMatter(id: $id, intoId: $intoId) {\n      id\n      status\n      allowedActions\n    }\n  }\n": types.ConsoleMergeDocument,
    "\n  mutation ConsoleMatterResolve($id: ID!, $summary: String!, $outcome: ResolutionOutcome!) {\n    recordResolution(matterId: $id, input: { summary: $summary, outcome: $outcome }) {\n      id\n      status\n      allowedActions\n    }\n  }\n": types.ConsoleMatterResolveDocument,
    "\n  mutation ConsoleReport($id: ID!, $percent: Int!, $note: String!) {\n    reportProgress(matterId: $id, percent: $percent, note: $note) {\n      id\n      progress\n      allowedActions\n    }\n  }\n": types.ConsoleReportDocument,
    "\n  mutation ConsoleComplete($id: ID!, $note: String!) {\n    completeMatter(matterId: $id, note: $note) {\n      id\n      status\n      allowedActions\n    }\n  }\n": types.ConsoleCompleteDocument,
    "\n  mutation ConsoleResolveFollowUp($id: ID!, $note: String!) {\n    resolveFollowUp(matterId: $id, note: $note) {\n      id\n      followUp\n      allowedActions\n    }\n  }\n": types.ConsoleResolveFollowUpDocument,
    "\n  query ConsoleMatter($id: ID!) {\n    matter(id: $id) {\n      id\n      trackingCode\n      title\n      description\n      category\n      status\n      step\n      place\n      createdAt\n      triagedAt\n      completedAt\n      progress\n      secondCount\n      contactPhone\n      rating\n      ratingComment\n      followUp\n      overdue\n      waitingMinutes\n      declineReason\n      allowedActions\n      pavilion {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n      mergedInto {\n        id\n        trackingCode\n        title\n      }\n      resolution {\n        summary\n        outcome\n        decidedAt\n      }\n      timeline {\n        at\n        status\n        kind\n        note\n        progress\n      }\n      vote {\n        id\n        question\n        rule\n        status\n        scopeName\n        openedAt\n        closesAt\n        tally {\n          eligibleOwners\n          participatingOwners\n          eligibleAreaM2\n          participatingAreaM2\n        }\n        result {\n          passed\n          summary\n        }\n      }\n    }\n    costSharePlan(matterId: $id) {\n      totalCostFen\n      subsidyFen\n      netCostFen\n      calculatedAt\n      shares {\n        homeId\n        room\n        floor\n        areaM2\n        shareFen\n      }\n    }\n  }\n": types.ConsoleMatterDocument,
    "\n  subscription ConsoleMatterUpdates($communityId: ID) {\n    matterUpdated(communityId: $communityId) {\n      id\n      status\n      step\n      progress\n      secondCount\n      rating\n      followUp\n      allowedActions\n      timeline {\n        at\n        status\n        kind\n        note\n        progress\n      }\n    }\n  }\n": types.ConsoleMatterUpdatesDocument,
    "\n  query ConsoleMatterWorkOrders($id: ID!) {\n    matter(id: $id) {\n      id\n      workOrders {\n        id\n        trackingCode\n        status\n        overdue\n        item {\n          name\n        }\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleMatterWorkOrdersDocument,
    "\n  mutation ConsoleCreateWorkOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      id\n      trackingCode\n      status\n    }\n  }\n": types.ConsoleCreateWorkOrderDocument,
    "\n  query ConsoleMatters($filter: StaffMatterFilter, $sort: MatterSort, $first: Int, $offset: Int) {\n    staffMatters(filter: $filter, sort: $sort, first: $first, offset: $offset) {\n      totalCount\n      edges {\n        node {\n          id\n          trackingCode\n          title\n          place\n          category\n          status\n          step\n          createdAt\n          secondCount\n          progress\n          overdue\n          followUp\n          contactPhone\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleMattersDocument,
    "\n  mutation ConsoleIssueCredential($homeId: ID!) {\n    issueHomeCredential(homeId: $homeId) {\n      homeCode\n      pin\n    }\n  }\n": types.ConsoleIssueCredentialDocument,
    "\n  mutation ConsoleImport($csv: String!) {\n    importHomes(csv: $csv) {\n      created\n      updated\n      errors {\n        line\n        message\n      }\n    }\n  }\n": types.ConsoleImportDocument,
    "\n  query ConsoleImportColumns {\n    homeImportColumns\n  }\n": types.ConsoleImportColumnsDocument,
    "\n  query ConsoleEstateHomes($id: ID!) {\n    estate(id: $id) {\n      id\n      name\n      propertyCompany\n      buildings {\n        id\n        name\n        units {\n          id\n          name\n          homes {\n            id\n            floor\n            room\n            areaM2\n            credentialIssuedAt\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleEstateHomesDocument,
    "\n  query ConsoleServiceCatalogue {\n    serviceCatalogue {\n      code\n      name\n      items {\n        code\n        version\n        name\n        standard\n        respondMinutes\n        resolveMinutes\n        paid\n        teamKind\n      }\n    }\n  }\n": types.ConsoleServiceCatalogueDocument,
    "\n  mutation ConsoleUpdateServiceItem($code: String!, $change: ServiceItemChange!) {\n    updateServiceItem(code: $code, change: $change) {\n      code\n      version\n    }\n  }\n": types.ConsoleUpdateServiceItemDocument,
    "\n  query ConsoleServiceLevels($communityId: ID) {\n    serviceLevels(communityId: $communityId) {\n      orders\n      responded\n      medianRespondMinutes\n      p90RespondMinutes\n      respondCounted\n      onTimeRespondRate\n      resolveCounted\n      onTimeResolveRate\n      done\n      reworked\n      reworkRate\n      rated\n      averageRating\n    }\n    serviceTeamLevels(communityId: $communityId) {\n      rank\n      team {\n        id\n        name\n      }\n      levels {\n        orders\n        medianRespondMinutes\n        onTimeRespondRate\n        averageRating\n      }\n    }\n  }\n": types.ConsoleServiceLevelsDocument,
    "\n  query ConsoleNotifications($communityId: ID) {\n    notifications(communityId: $communityId, first: 100) {\n      id\n      createdAt\n      sentAt\n      phone\n      text\n      status\n      attempts\n      lastError\n    }\n  }\n": types.ConsoleNotificationsDocument,
    "\n  mutation ConsoleRetryNotification($id: ID!) {\n    retryNotification(id: $id) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n": types.ConsoleRetryNotificationDocument,
    "\n  query ConsoleServiceTeams($communityId: ID) {\n    serviceTeams(communityId: $communityId) {\n      id\n      name\n      kind\n      onDuty\n    }\n  }\n": types.ConsoleServiceTeamsDocument,
    "\n  mutation ConsoleDispatchOrder($id: ID!, $teamId: ID!) {\n    dispatchWorkOrder(id: $id, teamId: $teamId) {\n      id\n      status\n      allowedActions\n    }\n  }\n": types.ConsoleDispatchOrderDocument,
    "\n  mutation ConsoleCheckOrder($id: ID!, $accepted: Boolean!, $note: String) {\n    checkWorkOrder(id: $id, accepted: $accepted, note: $note) {\n      id\n      status\n      allowedActions\n    }\n  }\n": types.ConsoleCheckOrderDocument,
    "\n  mutation ConsoleLedgerOrder($id: ID!, $reason: String!) {\n    putWorkOrderOnLedger(id: $id, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n": types.ConsoleLedgerOrderDocument,
    "\n  mutation ConsoleOrderToBranch($id: ID!) {\n    sendWorkOrderToBranch(id: $id) {\n      id\n      status\n      allowedActions\n      matter {\n        id\n        trackingCode\n      }\n    }\n  }\n": types.ConsoleOrderToBranchDocument,
    "\n  mutation ConsoleCancelOrder($id: ID!, $reason: String!) {\n    cancelWorkOrder(id: $id, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n": types.ConsoleCancelOrderDocument,
    "\n  mutation ConsoleNoteOrder($id: ID!, $note: String!) {\n    noteWorkOrder(id: $id, note: $note) {\n      id\n      allowedActions\n    }\n  }\n": types.ConsoleNoteOrderDocument,
    "\n  mutation ConsoleOrderFollowUp($id: ID!, $note: String!) {\n    resolveWorkOrderFollowUp(id: $id, note: $note) {\n      id\n      followUp\n      allowedActions\n    }\n  }\n": types.ConsoleOrderFollowUpDocument,
    "\n  query ConsolePhoneReportData {\n    pavilions {\n      id\n      community {\n        id\n      }\n    }\n  }\n": types.ConsolePhoneReportDataDocument,
    "\n  mutation ConsolePhoneReport($input: ReportRepairInput!) {\n    reportRepair(input: $input) {\n      id\n      trackingCode\n      reporterCount\n    }\n  }\n": types.ConsolePhoneReportDocument,
    "\n  query ConsoleServiceItemChoices {\n    serviceCatalogue {\n      code\n      name\n      items {\n        code\n        name\n      }\n    }\n  }\n": types.ConsoleServiceItemChoicesDocument,
    "\n  query ConsoleServiceTeamsRoster($communityId: ID) {\n    serviceTeams(communityId: $communityId) {\n      id\n      name\n      kind\n      memberCount\n      members {\n        id\n        username\n        displayName\n      }\n      dutyWeekdays\n      onDuty\n    }\n  }\n": types.ConsoleServiceTeamsRosterDocument,
    "\n  mutation ConsoleSetTeamRoster($teamId: ID!, $weekdays: [Int!]!) {\n    setServiceTeamRoster(teamId: $teamId, weekdays: $weekdays) {\n      id\n      dutyWeekdays\n      onDuty\n    }\n  }\n": types.ConsoleSetTeamRosterDocument,
    "\n  mutation ConsoleCreateTeam($input: NewServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateTeamDocument,
    "\n  mutation ConsoleAddTeamMember($teamId: ID!, $input: NewServiceTeamMemberInput!) {\n    addServiceTeamMember(teamId: $teamId, input: $input) {\n      id\n      memberCount\n    }\n  }\n": types.ConsoleAddTeamMemberDocument,
    "\n  mutation ConsoleResetMemberPassword($teamId: ID!, $staffId: ID!, $password: String!) {\n    resetServiceTeamMemberPassword(teamId: $teamId, staffId: $staffId, password: $password)\n  }\n": types.ConsoleResetMemberPasswordDocument,
    "\n  mutation ConsoleRemoveTeamMember($teamId: ID!, $staffId: ID!) {\n    removeServiceTeamMember(teamId: $teamId, staffId: $staffId) {\n      id\n      memberCount\n    }\n  }\n": types.ConsoleRemoveTeamMemberDocument,
    "\n  fragment ConsoleOrderRow on WorkOrder {\n    id\n    trackingCode\n    status\n    dueAt\n    overdue\n    dueSoon\n    followUp\n    reportedAt\n    respondBy\n    resolveBy\n    reporterCount\n    urgeCount\n    reworkCount\n    ratingSpeed\n    ratingQuality\n    note\n    reason\n    contactPhone\n    ratingComment\n    allowedActions\n    item {\n      code\n      name\n    }\n    building {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    timeline {\n      at\n      kind\n      note\n      by\n    }\n  }\n": types.ConsoleOrderRowFragmentDoc,
    "\n  query ConsoleWorkOrders($filter: WorkOrderFilter, $first: Int, $offset: Int) {\n    workOrders(filter: $filter, first: $first, offset: $offset, sort: DEADLINE) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ConsoleOrderRow\n        }\n      }\n    }\n  }\n": types.ConsoleWorkOrdersDocument,
    "\n  subscription ConsoleWorkOrdersLive($communityId: ID!) {\n    workOrderUpdated(communityId: $communityId) {\n      ...ConsoleOrderRow\n      ...OrderPlacement\n    }\n  }\n": types.ConsoleWorkOrdersLiveDocument,
    "\n  query ConsoleConventions {\n    conventions {\n      id\n      title\n      stage\n      allowedActions\n      version\n      inForceVersion\n      consultationClosesAt\n      communities {\n        id\n        name\n      }\n      vote {\n        id\n        status\n      }\n      articles {\n        id\n        number\n        text\n        comments {\n          id\n        }\n        amendments {\n          id\n          text\n          reason\n          state\n          support\n        }\n      }\n    }\n  }\n": types.ConsoleConventionsDocument,
    "\n  mutation ConsoleDraftConvention($input: DraftConventionInput!) {\n    draftConvention(input: $input) {\n      id\n    }\n  }\n": types.ConsoleDraftConventionDocument,
    "\n  mutation ConsoleOpenConsultation($id: ID!, $closesAt: DateTime!) {\n    openConsultation(conventionId: $id, closesAt: $closesAt) {\n      id\n      stage\n      consultationClosesAt\n    }\n  }\n": types.ConsoleOpenConsultationDocument,
    "\n  mutation ConsoleDecideAmendment($id: ID!, $accept: Boolean!) {\n    decideAmendment(amendmentId: $id, accept: $accept) {\n      id\n      state\n    }\n  }\n": types.ConsoleDecideAmendmentDocument,
    "\n  mutation ConsolePublishConvention($id: ID!) {\n    publishConventionVersion(conventionId: $id) {\n      id\n      version\n    }\n  }\n": types.ConsolePublishConventionDocument,
    "\n  mutation ConsoleConventionToVote($id: ID!, $closesAt: DateTime!) {\n    putConventionToVote(conventionId: $id, closesAt: $closesAt) {\n      id\n      stage\n    }\n  }\n": types.ConsoleConventionToVoteDocument,
    "\n  query GridImportColumns {\n    gridImportColumns\n  }\n": types.GridImportColumnsDocument,
    "\n  query ConsoleGrid($communityId: ID!) {\n    grid(communityId: $communityId) {\n      id\n      role\n      name\n      area\n      phone\n      building {\n        id\n        name\n      }\n      parent {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleGridDocument,
    "\n  mutation ConsoleSetGridPost($input: GridPostInput!) {\n    setGridPost(input: $input) {\n      id\n    }\n  }\n": types.ConsoleSetGridPostDocument,
    "\n  mutation ConsoleImportGrid($csv: String!) {\n    importGridPosts(csv: $csv) {\n      created\n      updated\n      errors {\n        line\n        message\n      }\n    }\n  }\n": types.ConsoleImportGridDocument,
    "\n  query ConsoleJoint {\n    jointUnits {\n      id\n      name\n      kind\n    }\n    jointMeetings(first: 8) {\n      id\n      quarter\n      heldAt\n      attendees {\n        id\n        name\n      }\n    }\n    jointProblems {\n      id\n      title\n      status\n      dueBy\n      carriedOver\n      solvedAt\n      leadUnit {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      raisedAt {\n        id\n        quarter\n      }\n    }\n    jointUnitFigures {\n      unit {\n        id\n        name\n      }\n      raised\n      solved\n      solvedOnTime\n    }\n  }\n": types.ConsoleJointDocument,
    "\n  mutation ConsoleAddJointUnit($name: String!, $kind: JointUnitKind!) {\n    addJointUnit(name: $name, kind: $kind) {\n      id\n    }\n  }\n": types.ConsoleAddJointUnitDocument,
    "\n  mutation ConsoleRecordJointMeeting($quarter: String!, $heldAt: DateTime!, $attendeeIds: [ID!]!, $minutes: String) {\n    recordJointMeeting(quarter: $quarter, heldAt: $heldAt, attendeeIds: $attendeeIds, minutes: $minutes) {\n      id\n    }\n  }\n": types.ConsoleRecordJointMeetingDocument,
    "\n  mutation ConsoleAddJointProblem($meetingId: ID!, $title: String!, $leadUnitId: ID!, $partnerIds: [ID!], $dueBy: DateTime!) {\n    addJointProblem(meetingId: $meetingId, title: $title, leadUnitId: $leadUnitId, partnerIds: $partnerIds, dueBy: $dueBy) {\n      id\n    }\n  }\n": types.ConsoleAddJointProblemDocument,
    "\n  mutation ConsoleSolveJointProblem($id: ID!, $note: String!) {\n    solveJointProblem(problemId: $id, note: $note) {\n      id\n      status\n    }\n  }\n": types.ConsoleSolveJointProblemDocument,
    "\n  query KioskPropertyCompanies($communityId: ID!) {\n    propertyCompanies(communityId: $communityId) {\n      id\n      name\n      estates(communityId: $communityId) {\n        id\n        name\n      }\n    }\n    months: closedEvaluationPeriods(kind: MONTH)\n    quarters: closedEvaluationPeriods(kind: QUARTER)\n    years: closedEvaluationPeriods(kind: YEAR)\n  }\n": types.KioskPropertyCompaniesDocument,
    "\n  query KioskScorecards($kind: EvaluationPeriodKind!, $period: String!) {\n    scorecards(kind: $kind, period: $period) {\n      company {\n        id\n        name\n      }\n      total\n      gradeName\n      ...KioskScorecard\n    }\n  }\n": types.KioskScorecardsDocument,
    "\n  query KioskMyPropertyRating {\n    myEstate {\n      name\n      propertyCompany\n    }\n    myPropertyRating {\n      month\n      scores {\n        code\n        points\n      }\n    }\n  }\n": types.KioskMyPropertyRatingDocument,
    "\n  mutation KioskRateProperty($scores: [IndicatorPointsInput!]!) {\n    rateProperty(scores: $scores) {\n      period\n      total\n    }\n  }\n": types.KioskRatePropertyDocument,
    "\n  mutation KioskComplain($topic: ComplaintTopic!) {\n    complainAboutProperty(topic: $topic) {\n      id\n    }\n  }\n": types.KioskComplainDocument,
    "\n  fragment KioskScorecard on Scorecard {\n    kind\n    period\n    total\n    grade\n    gradeName\n    consequence\n    feeFloat\n    renewalWarning\n    rank\n    final\n    residentRatings\n    company {\n      id\n      name\n    }\n    dimensions {\n      code\n      name\n      weight\n      points\n      indicators {\n        code\n        name\n        weight\n        points\n        basis\n        scored\n      }\n    }\n  }\n": types.KioskScorecardFragmentDoc,
    "\n  query KioskEvaluationStandard {\n    evaluationStandard {\n      version\n      title\n      dimensions {\n        code\n        name\n        weight\n        indicators {\n          code\n          name\n          weight\n          source\n          method\n          question\n        }\n      }\n      grades {\n        grade\n        name\n        min\n        consequence\n        feeFloat\n        renewalWarning\n      }\n    }\n  }\n": types.KioskEvaluationStandardDocument,
    "\n  query KioskPropertyTrend($companyId: ID!) {\n    propertyTrend(companyId: $companyId, months: 24) {\n      month\n      complaints\n      satisfaction\n      feeRate\n    }\n  }\n": types.KioskPropertyTrendDocument,
    "\n  query PhoneRaiseDraft($code: String!) {\n    raiseDraft(code: $code) {\n      code\n      pavilionId\n      category\n      problemId\n      buildingId\n      unitId\n      place\n      title\n      description\n      sent\n    }\n    commonProblems {\n      id\n      title\n      titleEn\n    }\n  }\n": types.PhoneRaiseDraftDocument,
    "\n  mutation PhoneRaise($input: RaiseMatterInput!) {\n    raiseMatter(input: $input) {\n      id\n      trackingCode\n    }\n  }\n": types.PhoneRaiseDocument,
    "\n  mutation KioskSaveRaiseDraft($input: RaiseChoiceInput!) {\n    saveRaiseDraft(input: $input) {\n      code\n    }\n  }\n": types.KioskSaveRaiseDraftDocument,
    "\n  query KioskPlaces($id: ID!) {\n    pavilion(id: $id) {\n      id\n      estate {\n        id\n      }\n      community {\n        id\n        estates {\n          id\n          name\n          buildings {\n            id\n            name\n            units {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.KioskPlacesDocument,
    "\n  query KioskCommonProblems($category: MatterCategory!) {\n    commonProblems(category: $category) {\n      id\n      title\n      titleEn\n      general\n    }\n  }\n": types.KioskCommonProblemsDocument,
    "\n  mutation KioskRaise($input: RaiseMatterInput!) {\n    raiseMatter(input: $input) {\n      id\n      trackingCode\n    }\n  }\n": types.KioskRaiseDocument,
    "\n  query KioskServiceCatalogue {\n    serviceCatalogue {\n      code\n      name\n      items {\n        code\n        name\n        standard\n        respondMinutes\n        resolveMinutes\n        paid\n      }\n    }\n  }\n": types.KioskServiceCatalogueDocument,
    "\n  mutation KioskReportRepair($input: ReportRepairInput!) {\n    reportRepair(input: $input) {\n      id\n      trackingCode\n      reporterCount\n    }\n  }\n": types.KioskReportRepairDocument,
    "\n  query KioskServiceLevels($communityId: ID!) {\n    serviceLevels(communityId: $communityId) {\n      orders\n      medianRespondMinutes\n      onTimeRespondRate\n      averageRating\n    }\n  }\n": types.KioskServiceLevelsDocument,
    "\n  query TeamMe {\n    me {\n      displayName\n      role\n      teams {\n        id\n        name\n      }\n    }\n  }\n": types.TeamMeDocument,
    "\n  mutation TeamAcknowledge($id: ID!) {\n    acknowledgeWorkOrder(id: $id) {\n      ...TeamOrder\n    }\n  }\n": types.TeamAcknowledgeDocument,
    "\n  mutation TeamNote($id: ID!, $note: String!) {\n    noteWorkOrder(id: $id, note: $note) {\n      ...TeamOrder\n    }\n  }\n": types.TeamNoteDocument,
    "\n  mutation TeamFinish($id: ID!, $note: String!) {\n    finishWorkOrder(id: $id, note: $note) {\n      ...TeamOrder\n    }\n  }\n": types.TeamFinishDocument,
    "\n  fragment WorkOrderDetails on WorkOrder {\n    id\n    trackingCode\n    status\n    note\n    reason\n    reportedAt\n    respondBy\n    resolveBy\n    acknowledgedAt\n    doneAt\n    overdue\n    reporterCount\n    urgeCount\n    reworkCount\n    ratingSpeed\n    ratingQuality\n    allowedActions\n    item {\n      code\n      name\n      standard\n      respondMinutes\n      resolveMinutes\n    }\n    building {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    timeline {\n      at\n      kind\n      note\n      by\n    }\n  }\n": types.WorkOrderDetailsFragmentDoc,
    "\n  query WorkOrderByCode($code: String!) {\n    workOrderByTrackingCode(code: $code) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n": types.WorkOrderByCodeDocument,
    "\n  subscription WorkOrderLive($code: String!) {\n    workOrderUpdated(trackingCode: $code) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n": types.WorkOrderLiveDocument,
    "\n  mutation UrgeWorkOrder($code: String!) {\n    urgeWorkOrder(trackingCode: $code) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n": types.UrgeWorkOrderDocument,
    "\n  mutation ReopenWorkOrder($code: String!, $note: String!) {\n    reopenWorkOrder(trackingCode: $code, note: $note) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n": types.ReopenWorkOrderDocument,
    "\n  mutation RateWorkOrder($code: String!, $speed: Int!, $quality: Int!) {\n    rateWorkOrder(trackingCode: $code, speed: $speed, quality: $quality) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n": types.RateWorkOrderDocument,
    "\n  fragment OrderPlacement on WorkOrder {\n    id\n    status\n    dueAt\n    trackingCode\n    overdue\n    followUp\n    community {\n      id\n    }\n    team {\n      id\n    }\n  }\n": types.OrderPlacementFragmentDoc,
    "\n  query TeamOrderList($filter: WorkOrderFilter, $first: Int) {\n    workOrders(filter: $filter, sort: DEADLINE, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...TeamOrder\n        }\n      }\n    }\n  }\n": types.TeamOrderListDocument,
    "\n  fragment TeamOrder on WorkOrder {\n    id\n    trackingCode\n    status\n    dueAt\n    note\n    overdue\n    dueSoon\n    reportedAt\n    respondBy\n    resolveBy\n    contactPhone\n    reporterCount\n    urgeCount\n    allowedActions\n    item {\n      code\n      name\n      standard\n    }\n    building {\n      id\n      name\n    }\n    team {\n      id\n    }\n    timeline {\n      at\n      kind\n      note\n    }\n  }\n": types.TeamOrderFragmentDoc,
    "\n  subscription TeamOrderLive($teamId: ID!) {\n    workOrderUpdated(teamId: $teamId) {\n      ...TeamOrder\n      ...OrderPlacement\n    }\n  }\n": types.TeamOrderLiveDocument,
    "\n  query KioskGrid($communityId: ID!) {\n    grid(communityId: $communityId) {\n      id\n      role\n      name\n      area\n      building {\n        id\n        name\n      }\n      parent {\n        id\n      }\n    }\n  }\n": types.KioskGridDocument,
    "\n  query KioskBreachCounts($conventionId: ID!) {\n    breachCounts(conventionId: $conventionId) {\n      articleNumber\n      month\n      count\n    }\n  }\n": types.KioskBreachCountsDocument,
    "\n  query KioskConventions($communityId: ID!) {\n    conventions(communityId: $communityId) {\n      id\n      title\n      stage\n      version\n      inForceVersion\n      consultationClosesAt\n      vote {\n        id\n        status\n      }\n      articles {\n        id\n        number\n        text\n        comments {\n          id\n          text\n        }\n        amendments {\n          id\n          text\n          reason\n          state\n          support\n          supportedByMe\n        }\n      }\n      versions {\n        version\n        publishedAt\n        changes {\n          number\n          before\n          after\n        }\n      }\n    }\n  }\n": types.KioskConventionsDocument,
    "\n  mutation KioskCommentArticle($articleId: ID!, $text: String!) {\n    commentArticle(articleId: $articleId, text: $text) {\n      id\n    }\n  }\n": types.KioskCommentArticleDocument,
    "\n  mutation KioskProposeAmendment($articleId: ID!, $text: String!, $reason: String) {\n    proposeAmendment(articleId: $articleId, text: $text, reason: $reason) {\n      id\n    }\n  }\n": types.KioskProposeAmendmentDocument,
    "\n  mutation KioskSupportAmendment($amendmentId: ID!) {\n    supportAmendment(amendmentId: $amendmentId) {\n      id\n      support\n      supportedByMe\n    }\n  }\n": types.KioskSupportAmendmentDocument,
    "\n  query KioskJointProblems {\n    jointProblems {\n      id\n      title\n      status\n      dueBy\n      carriedOver\n      solvedAt\n      leadUnit {\n        id\n        name\n      }\n      raisedAt {\n        id\n        quarter\n      }\n    }\n  }\n": types.KioskJointProblemsDocument,
    "\n  query PatrolMe {\n    me {\n      displayName\n      role\n      teams {\n        id\n        name\n        community {\n          id\n          name\n          estates {\n            id\n            name\n            buildings {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PatrolMeDocument,
    "\n  query PatrolConventions($communityId: ID!) {\n    conventions(communityId: $communityId) {\n      id\n      title\n      inForceVersion\n      articles {\n        id\n        number\n        text\n      }\n    }\n  }\n": types.PatrolConventionsDocument,
    "\n  mutation PatrolRecordBreach($input: RecordBreachInput!) {\n    recordBreach(input: $input) {\n      id\n      article {\n        number\n      }\n    }\n  }\n": types.PatrolRecordBreachDocument,
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
export function graphql(source: "\n  query KioskPavilion($id: ID!) {\n    pavilion(id: $id) {\n      id\n      name\n      community {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query KioskPavilion($id: ID!) {\n    pavilion(id: $id) {\n      id\n      name\n      community {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatterDetails on Matter {\n    id\n    place\n    trackingCode\n    title\n    description\n    category\n    status\n    step\n    progress\n    secondCount\n    rating\n    declineReason\n    createdAt\n    allowedActions\n    pavilion {\n      id\n    }\n    mergedInto {\n      trackingCode\n      title\n    }\n    resolution {\n      summary\n      outcome\n      decidedAt\n    }\n    timeline {\n      at\n      status\n      kind\n      note\n      progress\n    }\n    vote {\n      ...MatterVote\n    }\n  }\n"): (typeof documents)["\n  fragment MatterDetails on Matter {\n    id\n    place\n    trackingCode\n    title\n    description\n    category\n    status\n    step\n    progress\n    secondCount\n    rating\n    declineReason\n    createdAt\n    allowedActions\n    pavilion {\n      id\n    }\n    mergedInto {\n      trackingCode\n      title\n    }\n    resolution {\n      summary\n      outcome\n      decidedAt\n    }\n    timeline {\n      at\n      status\n      kind\n      note\n      progress\n    }\n    vote {\n      ...MatterVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatterVote on Vote {\n    id\n    question\n    status\n    closesAt\n    tally {\n      eligibleOwners\n      participatingOwners\n    }\n    result {\n      passed\n      summary\n    }\n  }\n"): (typeof documents)["\n  fragment MatterVote on Vote {\n    id\n    question\n    status\n    closesAt\n    tally {\n      eligibleOwners\n      participatingOwners\n    }\n    result {\n      passed\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatterPage($code: String!) {\n    matterByTrackingCode(code: $code) {\n      id\n      ...MatterDetails\n    }\n  }\n"): (typeof documents)["\n  query MatterPage($code: String!) {\n    matterByTrackingCode(code: $code) {\n      id\n      ...MatterDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MatterPageUpdates($pavilionId: ID) {\n    matterUpdated(pavilionId: $pavilionId) {\n      id\n      step\n      community {\n        id\n      }\n      ...BoardCard\n      ...MatterDetails\n    }\n  }\n"): (typeof documents)["\n  subscription MatterPageUpdates($pavilionId: ID) {\n    matterUpdated(pavilionId: $pavilionId) {\n      id\n      step\n      community {\n        id\n      }\n      ...BoardCard\n      ...MatterDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MatterPageVote($voteId: ID!) {\n    voteUpdated(voteId: $voteId) {\n      ...MatterVote\n    }\n  }\n"): (typeof documents)["\n  subscription MatterPageVote($voteId: ID!) {\n    voteUpdated(voteId: $voteId) {\n      ...MatterVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskSecond($id: ID!) {\n    secondMatter(id: $id) {\n      id\n      secondCount\n    }\n  }\n"): (typeof documents)["\n  mutation KioskSecond($id: ID!) {\n    secondMatter(id: $id) {\n      id\n      secondCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskEndSession {\n    signOut\n  }\n"): (typeof documents)["\n  mutation KioskEndSession {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateMatter($code: String!, $stars: Int!, $comment: String) {\n    rateMatter(trackingCode: $code, stars: $stars, comment: $comment) {\n      id\n      rating\n    }\n  }\n"): (typeof documents)["\n  mutation RateMatter($code: String!, $stars: Int!, $comment: String) {\n    rateMatter(trackingCode: $code, stars: $stars, comment: $comment) {\n      id\n      rating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskPavilions {\n    communities {\n      id\n      name\n      pavilions {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query KioskPavilions {\n    communities {\n      id\n      name\n      pavilions {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhoneLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation PhoneLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentBarMe {\n    me {\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query ResidentBarMe {\n    me {\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentSignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation ResidentSignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskResidentLogin($homeCode: String!, $pin: String!) {\n    residentLogin(homeCode: $homeCode, pin: $pin) {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation KioskResidentLogin($homeCode: String!, $pin: String!) {\n    residentLogin(homeCode: $homeCode, pin: $pin) {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackLookup($code: String!) {\n    matterByTrackingCode(code: $code) {\n      id\n    }\n    workOrderByTrackingCode(code: $code) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query TrackLookup($code: String!) {\n    matterByTrackingCode(code: $code) {\n      id\n    }\n    workOrderByTrackingCode(code: $code) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskMyVotes {\n    me {\n      displayName\n    }\n    myVotes {\n      id\n      question\n      rule\n      closesAt\n      myBallotCast\n      myCostShareFen\n      matter {\n        title\n        resolution {\n          summary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KioskMyVotes {\n    me {\n      displayName\n    }\n    myVotes {\n      id\n      question\n      rule\n      closesAt\n      myBallotCast\n      myCostShareFen\n      matter {\n        title\n        resolution {\n          summary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskCast($voteId: ID!, $choice: BallotChoice!) {\n    castBallot(voteId: $voteId, choice: $choice) {\n      receipt\n      castAt\n    }\n  }\n"): (typeof documents)["\n  mutation KioskCast($voteId: ID!, $choice: BallotChoice!) {\n    castBallot(voteId: $voteId, choice: $choice) {\n      receipt\n      castAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardCard on Matter {\n    id\n    trackingCode\n    title\n    place\n    category\n    status\n    step\n    progress\n    secondCount\n    vote {\n      ...BoardVote\n    }\n  }\n"): (typeof documents)["\n  fragment BoardCard on Matter {\n    id\n    trackingCode\n    title\n    place\n    category\n    status\n    step\n    progress\n    secondCount\n    vote {\n      ...BoardVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardVote on Vote {\n    id\n    status\n    tally {\n      eligibleOwners\n      participatingOwners\n    }\n    result {\n      passed\n    }\n  }\n"): (typeof documents)["\n  fragment BoardVote on Vote {\n    id\n    status\n    tally {\n      eligibleOwners\n      participatingOwners\n    }\n    result {\n      passed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskBoard($communityId: ID!) {\n    open: matters(filter: { communityId: $communityId, status: [SUBMITTED, ON_AGENDA, VOTING, IN_EXECUTION] }, first: 60) {\n      totalCount\n      edges {\n        node {\n          id\n          step\n          ...BoardCard\n        }\n      }\n    }\n    done: matters(filter: { communityId: $communityId, step: DONE }, first: 8) {\n      totalCount\n      edges {\n        node {\n          id\n          step\n          ...BoardCard\n        }\n      }\n    }\n    stats(communityId: $communityId) {\n      raised\n      resolved\n      triage {\n        medianMinutes\n      }\n      participation {\n        rate\n      }\n    }\n    notices(communityId: $communityId, first: 3) {\n      id\n      title\n      body\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  query KioskBoard($communityId: ID!) {\n    open: matters(filter: { communityId: $communityId, status: [SUBMITTED, ON_AGENDA, VOTING, IN_EXECUTION] }, first: 60) {\n      totalCount\n      edges {\n        node {\n          id\n          step\n          ...BoardCard\n        }\n      }\n    }\n    done: matters(filter: { communityId: $communityId, step: DONE }, first: 8) {\n      totalCount\n      edges {\n        node {\n          id\n          step\n          ...BoardCard\n        }\n      }\n    }\n    stats(communityId: $communityId) {\n      raised\n      resolved\n      triage {\n        medianMinutes\n      }\n      participation {\n        rate\n      }\n    }\n    notices(communityId: $communityId, first: 3) {\n      id\n      title\n      body\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KioskBoardUpdates($communityId: ID!) {\n    matterUpdated(communityId: $communityId) {\n      id\n      step\n      createdAt\n      community {\n        id\n      }\n      ...BoardCard\n    }\n  }\n"): (typeof documents)["\n  subscription KioskBoardUpdates($communityId: ID!) {\n    matterUpdated(communityId: $communityId) {\n      id\n      step\n      createdAt\n      community {\n        id\n      }\n      ...BoardCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KioskBoardVotes($communityId: ID!) {\n    voteUpdated(communityId: $communityId) {\n      ...BoardVote\n    }\n  }\n"): (typeof documents)["\n  subscription KioskBoardVotes($communityId: ID!) {\n    voteUpdated(communityId: $communityId) {\n      ...BoardVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BallotCheck($receipt: String!) {\n    verifyBallot(receipt: $receipt) {\n      found\n      choice\n      voteStatus\n    }\n  }\n"): (typeof documents)["\n  query BallotCheck($receipt: String!) {\n    verifyBallot(receipt: $receipt) {\n      found\n      choice\n      voteStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskCodeRules {\n    codeRules {\n      alphabet\n      trackingCodeLength\n      receiptLength\n    }\n  }\n"): (typeof documents)["\n  query KioskCodeRules {\n    codeRules {\n      alphabet\n      trackingCodeLength\n      receiptLength\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOnAgenda($communityId: ID) {\n    matters(filter: { communityId: $communityId, status: [ON_AGENDA] }, first: 100) {\n      edges {\n        node {\n          id\n          trackingCode\n          title\n          category\n          resolution {\n            summary\n            outcome\n          }\n          pavilion {\n            community {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleOnAgenda($communityId: ID) {\n    matters(filter: { communityId: $communityId, status: [ON_AGENDA] }, first: 100) {\n      edges {\n        node {\n          id\n          trackingCode\n          title\n          category\n          resolution {\n            summary\n            outcome\n          }\n          pavilion {\n            community {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAudit($filter: AuditFilter, $first: Int, $offset: Int) {\n    auditEntries(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        at\n        actorName\n        actorRole\n        action\n        matterId\n        details\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAudit($filter: AuditFilter, $first: Int, $offset: Int) {\n    auditEntries(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        at\n        actorName\n        actorRole\n        action\n        matterId\n        details\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditChain {\n    auditChain {\n      sound\n      soundRows\n      brokenAt\n      reason\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAuditChain {\n    auditChain {\n      sound\n      soundRows\n      brokenAt\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation ConsoleSignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMe {\n    me {\n      role\n      displayName\n      communities {\n        id\n        name\n        estates {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMe {\n    me {\n      role\n      displayName\n      communities {\n        id\n        name\n        estates {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMeetings($communityId: ID) {\n    meetings(communityId: $communityId) {\n      id\n      title\n      startsAt\n      attendance\n      minutes\n      pavilion {\n        id\n        name\n      }\n      agenda {\n        id\n        title\n      }\n    }\n    pavilions {\n      id\n      name\n      community {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMeetings($communityId: ID) {\n    meetings(communityId: $communityId) {\n      id\n      title\n      startsAt\n      attendance\n      minutes\n      pavilion {\n        id\n        name\n      }\n      agenda {\n        id\n        title\n      }\n    }\n    pavilions {\n      id\n      name\n      community {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSchedule($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSchedule($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMinutes($id: ID!, $attendance: Int!, $minutes: String!) {\n    recordMeetingMinutes(meetingId: $id, attendance: $attendance, minutes: $minutes) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleMinutes($id: ID!, $attendance: Int!, $minutes: String!) {\n    recordMeetingMinutes(meetingId: $id, attendance: $attendance, minutes: $minutes) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOpenVote($input: OpenVoteInput!) {\n    openVote(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleOpenVote($input: OpenVoteInput!) {\n    openVote(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCostShare($input: CostShareInput!) {\n    calculateCostShare(input: $input) {\n      netCostFen\n      shares {\n        homeId\n        room\n        floor\n        coefficientPermille\n        shareFen\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCostShare($input: CostShareInput!) {\n    calculateCostShare(input: $input) {\n      netCostFen\n      shares {\n        homeId\n        room\n        floor\n        coefficientPermille\n        shareFen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleElectors($voteId: ID!) {\n    vote(id: $voteId) {\n      id\n      electors {\n        homeId\n        label\n        floor\n        areaM2\n        voted\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleElectors($voteId: ID!) {\n    vote(id: $voteId) {\n      id\n      electors {\n        homeId\n        label\n        floor\n        areaM2\n        voted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePaperBallot($voteId: ID!, $homeId: ID!, $choice: BallotChoice!) {\n    recordPaperBallot(voteId: $voteId, homeId: $homeId, choice: $choice) {\n      receipt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsolePaperBallot($voteId: ID!, $homeId: ID!, $choice: BallotChoice!) {\n    recordPaperBallot(voteId: $voteId, homeId: $homeId, choice: $choice) {\n      receipt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEstateTree($id: ID!) {\n    estate(id: $id) {\n      id\n      buildings {\n        id\n        name\n        units {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEstateTree($id: ID!) {\n    estate(id: $id) {\n      id\n      buildings {\n        id\n        name\n        units {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMonthStats($communityId: ID, $from: DateTime!, $to: DateTime!) {\n    stats(communityId: $communityId, from: $from, to: $to) {\n      raised\n      resolved\n      triage {\n        medianMinutes\n      }\n      participation {\n        rate\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMonthStats($communityId: ID, $from: DateTime!, $to: DateTime!) {\n    stats(communityId: $communityId, from: $from, to: $to) {\n      raised\n      resolved\n      triage {\n        medianMinutes\n      }\n      participation {\n        rate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleVoting($communityId: ID) {\n    matters(filter: { communityId: $communityId, status: [VOTING] }, first: 100) {\n      edges {\n        node {\n          id\n          title\n          vote {\n            id\n            question\n            rule\n            scopeName\n            closesAt\n            tally {\n              eligibleOwners\n              eligibleAreaM2\n              participatingOwners\n              participatingAreaM2\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleVoting($communityId: ID) {\n    matters(filter: { communityId: $communityId, status: [VOTING] }, first: 100) {\n      edges {\n        node {\n          id\n          title\n          vote {\n            id\n            question\n            rule\n            scopeName\n            closesAt\n            tally {\n              eligibleOwners\n              eligibleAreaM2\n              participatingOwners\n              participatingAreaM2\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleVoteLive($voteId: ID!) {\n    voteUpdated(voteId: $voteId) {\n      id\n      status\n      tally {\n        participatingOwners\n        participatingAreaM2\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ConsoleVoteLive($voteId: ID!) {\n    voteUpdated(voteId: $voteId) {\n      id\n      status\n      tally {\n        participatingOwners\n        participatingAreaM2\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCloseVote($voteId: ID!) {\n    closeVote(voteId: $voteId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCloseVote($voteId: ID!) {\n    closeVote(voteId: $voteId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleNotices($communityId: ID) {\n    notices(communityId: $communityId, first: 100) {\n      id\n      kind\n      title\n      body\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  query ConsoleNotices($communityId: ID) {\n    notices(communityId: $communityId, first: 100) {\n      id\n      kind\n      title\n      body\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWorkbench {\n    toTriage: staffMatters(filter: { status: [SUBMITTED] }, first: 1) {\n      totalCount\n    }\n    lateTriage: staffMatters(filter: { overdue: true }, first: 1) {\n      totalCount\n    }\n    onAgenda: staffMatters(filter: { status: [ON_AGENDA] }, first: 1) {\n      totalCount\n    }\n    voting: staffMatters(filter: { status: [VOTING] }, first: 1) {\n      totalCount\n    }\n    followUps: staffMatters(filter: { followUp: true }, first: 1) {\n      totalCount\n    }\n    toDispatch: workOrders(filter: { status: [REPORTED] }, first: 1) {\n      totalCount\n    }\n    lateOrders: workOrders(filter: { status: [REPORTED, DISPATCHED, ACKNOWLEDGED], overdue: true }, first: 1) {\n      totalCount\n    }\n    toCheck: workOrders(filter: { status: [AWAITING_CHECK] }, first: 1) {\n      totalCount\n    }\n    orderFollowUps: workOrders(filter: { followUp: true }, first: 1) {\n      totalCount\n    }\n    closedMonths: closedEvaluationPeriods(kind: MONTH)\n  }\n"): (typeof documents)["\n  query ConsoleWorkbench {\n    toTriage: staffMatters(filter: { status: [SUBMITTED] }, first: 1) {\n      totalCount\n    }\n    lateTriage: staffMatters(filter: { overdue: true }, first: 1) {\n      totalCount\n    }\n    onAgenda: staffMatters(filter: { status: [ON_AGENDA] }, first: 1) {\n      totalCount\n    }\n    voting: staffMatters(filter: { status: [VOTING] }, first: 1) {\n      totalCount\n    }\n    followUps: staffMatters(filter: { followUp: true }, first: 1) {\n      totalCount\n    }\n    toDispatch: workOrders(filter: { status: [REPORTED] }, first: 1) {\n      totalCount\n    }\n    lateOrders: workOrders(filter: { status: [REPORTED, DISPATCHED, ACKNOWLEDGED], overdue: true }, first: 1) {\n      totalCount\n    }\n    toCheck: workOrders(filter: { status: [AWAITING_CHECK] }, first: 1) {\n      totalCount\n    }\n    orderFollowUps: workOrders(filter: { followUp: true }, first: 1) {\n      totalCount\n    }\n    closedMonths: closedEvaluationPeriods(kind: MONTH)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleClosedPeriods {\n    months: closedEvaluationPeriods(kind: MONTH)\n    quarters: closedEvaluationPeriods(kind: QUARTER)\n    years: closedEvaluationPeriods(kind: YEAR)\n  }\n"): (typeof documents)["\n  query ConsoleClosedPeriods {\n    months: closedEvaluationPeriods(kind: MONTH)\n    quarters: closedEvaluationPeriods(kind: QUARTER)\n    years: closedEvaluationPeriods(kind: YEAR)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleClosePeriod($kind: EvaluationPeriodKind!, $period: String!) {\n    closeEvaluationPeriod(kind: $kind, period: $period) {\n      rank\n      total\n      gradeName\n      renewalWarning\n      company {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleClosePeriod($kind: EvaluationPeriodKind!, $period: String!) {\n    closeEvaluationPeriod(kind: $kind, period: $period) {\n      rank\n      total\n      gradeName\n      renewalWarning\n      company {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleScorecards($kind: EvaluationPeriodKind!, $period: String!) {\n    scorecards(kind: $kind, period: $period) {\n      rank\n      total\n      grade\n      gradeName\n      final\n      renewalWarning\n      residentRatings\n      company {\n        id\n        name\n        estates {\n          id\n          name\n        }\n      }\n      dimensions {\n        code\n        name\n        weight\n        points\n        indicators {\n          code\n          name\n          weight\n          points\n          basis\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleScorecards($kind: EvaluationPeriodKind!, $period: String!) {\n    scorecards(kind: $kind, period: $period) {\n      rank\n      total\n      grade\n      gradeName\n      final\n      renewalWarning\n      residentRatings\n      company {\n        id\n        name\n        estates {\n          id\n          name\n        }\n      }\n      dimensions {\n        code\n        name\n        weight\n        points\n        indicators {\n          code\n          name\n          weight\n          points\n          basis\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOpenPropertyReview($companyId: ID!, $estateId: ID!, $kind: EvaluationPeriodKind!, $period: String!) {\n    openPropertyReview(companyId: $companyId, estateId: $estateId, kind: $kind, period: $period) {\n      id\n      trackingCode\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleOpenPropertyReview($companyId: ID!, $estateId: ID!, $kind: EvaluationPeriodKind!, $period: String!) {\n    openPropertyReview(companyId: $companyId, estateId: $estateId, kind: $kind, period: $period) {\n      id\n      trackingCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationImportColumns {\n    thirdPartyImportColumns\n    feeImportColumns\n  }\n"): (typeof documents)["\n  query EvaluationImportColumns {\n    thirdPartyImportColumns\n    feeImportColumns\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleImportThirdParty($csv: String!) {\n    importThirdPartyScores(csv: $csv) {\n      created\n      updated\n      errors {\n        line\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleImportThirdParty($csv: String!) {\n    importThirdPartyScores(csv: $csv) {\n      created\n      updated\n      errors {\n        line\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleImportFees($csv: String!) {\n    importFeeCollection(csv: $csv) {\n      created\n      updated\n      errors {\n        line\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleImportFees($csv: String!) {\n    importFeeCollection(csv: $csv) {\n      created\n      updated\n      errors {\n        line\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleInspectionSetup($communityId: ID) {\n    propertyCompanies(communityId: $communityId) {\n      id\n      name\n    }\n    evaluationStandard {\n      dimensions {\n        name\n        indicators {\n          code\n          name\n          weight\n          source\n          method\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleInspectionSetup($communityId: ID) {\n    propertyCompanies(communityId: $communityId) {\n      id\n      name\n    }\n    evaluationStandard {\n      dimensions {\n        name\n        indicators {\n          code\n          name\n          weight\n          source\n          method\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordInspection($companyId: ID!, $month: String!, $scores: [IndicatorPointsInput!]!, $note: String) {\n    recordInspection(companyId: $companyId, month: $month, scores: $scores, note: $note) {\n      total\n      gradeName\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRecordInspection($companyId: ID!, $month: String!, $scores: [IndicatorPointsInput!]!, $note: String) {\n    recordInspection(companyId: $companyId, month: $month, scores: $scores, note: $note) {\n      total\n      gradeName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEvaluationStandard {\n    evaluationStandard {\n      version\n      title\n      dimensions {\n        code\n        name\n        indicators {\n          code\n          name\n          weight\n          source\n          method\n          question\n          measure\n        }\n      }\n      grades {\n        grade\n        name\n        min\n        consequence\n        feeFloat\n        renewalWarning\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEvaluationStandard {\n    evaluationStandard {\n      version\n      title\n      dimensions {\n        code\n        name\n        indicators {\n          code\n          name\n          weight\n          source\n          method\n          question\n          measure\n        }\n      }\n      grades {\n        grade\n        name\n        min\n        consequence\n        feeFloat\n        renewalWarning\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePublishStandard($input: EvaluationStandardInput!) {\n    publishEvaluationStandard(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsolePublishStandard($input: EvaluationStandardInput!) {\n    publishEvaluationStandard(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTriage($id: ID!, $decision: TriageDecision!, $reason: String) {\n    triageMatter(id: $id, decision: $decision, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleTriage($id: ID!, $decision: TriageDecision!, $reason: String) {\n    triageMatter(id: $id, decision: $decision, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFindByCode($code: String!) {\n    matterByTrackingCode(code: $code) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ConsoleFindByCode($code: String!) {\n    matterByTrackingCode(code: $code) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMerge($id: ID!, $intoId: ID!) {\n    mergeMatter(id: $id, intoId: $intoId) {\n      id\n      status\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleMerge($id: ID!, $intoId: ID!) {\n    mergeMatter(id: $id, intoId: $intoId) {\n      id\n      status\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMatterResolve($id: ID!, $summary: String!, $outcome: ResolutionOutcome!) {\n    recordResolution(matterId: $id, input: { summary: $summary, outcome: $outcome }) {\n      id\n      status\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleMatterResolve($id: ID!, $summary: String!, $outcome: ResolutionOutcome!) {\n    recordResolution(matterId: $id, input: { summary: $summary, outcome: $outcome }) {\n      id\n      status\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReport($id: ID!, $percent: Int!, $note: String!) {\n    reportProgress(matterId: $id, percent: $percent, note: $note) {\n      id\n      progress\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReport($id: ID!, $percent: Int!, $note: String!) {\n    reportProgress(matterId: $id, percent: $percent, note: $note) {\n      id\n      progress\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleComplete($id: ID!, $note: String!) {\n    completeMatter(matterId: $id, note: $note) {\n      id\n      status\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleComplete($id: ID!, $note: String!) {\n    completeMatter(matterId: $id, note: $note) {\n      id\n      status\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleResolveFollowUp($id: ID!, $note: String!) {\n    resolveFollowUp(matterId: $id, note: $note) {\n      id\n      followUp\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleResolveFollowUp($id: ID!, $note: String!) {\n    resolveFollowUp(matterId: $id, note: $note) {\n      id\n      followUp\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMatter($id: ID!) {\n    matter(id: $id) {\n      id\n      trackingCode\n      title\n      description\n      category\n      status\n      step\n      place\n      createdAt\n      triagedAt\n      completedAt\n      progress\n      secondCount\n      contactPhone\n      rating\n      ratingComment\n      followUp\n      overdue\n      waitingMinutes\n      declineReason\n      allowedActions\n      pavilion {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n      mergedInto {\n        id\n        trackingCode\n        title\n      }\n      resolution {\n        summary\n        outcome\n        decidedAt\n      }\n      timeline {\n        at\n        status\n        kind\n        note\n        progress\n      }\n      vote {\n        id\n        question\n        rule\n        status\n        scopeName\n        openedAt\n        closesAt\n        tally {\n          eligibleOwners\n          participatingOwners\n          eligibleAreaM2\n          participatingAreaM2\n        }\n        result {\n          passed\n          summary\n        }\n      }\n    }\n    costSharePlan(matterId: $id) {\n      totalCostFen\n      subsidyFen\n      netCostFen\n      calculatedAt\n      shares {\n        homeId\n        room\n        floor\n        areaM2\n        shareFen\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMatter($id: ID!) {\n    matter(id: $id) {\n      id\n      trackingCode\n      title\n      description\n      category\n      status\n      step\n      place\n      createdAt\n      triagedAt\n      completedAt\n      progress\n      secondCount\n      contactPhone\n      rating\n      ratingComment\n      followUp\n      overdue\n      waitingMinutes\n      declineReason\n      allowedActions\n      pavilion {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n      mergedInto {\n        id\n        trackingCode\n        title\n      }\n      resolution {\n        summary\n        outcome\n        decidedAt\n      }\n      timeline {\n        at\n        status\n        kind\n        note\n        progress\n      }\n      vote {\n        id\n        question\n        rule\n        status\n        scopeName\n        openedAt\n        closesAt\n        tally {\n          eligibleOwners\n          participatingOwners\n          eligibleAreaM2\n          participatingAreaM2\n        }\n        result {\n          passed\n          summary\n        }\n      }\n    }\n    costSharePlan(matterId: $id) {\n      totalCostFen\n      subsidyFen\n      netCostFen\n      calculatedAt\n      shares {\n        homeId\n        room\n        floor\n        areaM2\n        shareFen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleMatterUpdates($communityId: ID) {\n    matterUpdated(communityId: $communityId) {\n      id\n      status\n      step\n      progress\n      secondCount\n      rating\n      followUp\n      allowedActions\n      timeline {\n        at\n        status\n        kind\n        note\n        progress\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ConsoleMatterUpdates($communityId: ID) {\n    matterUpdated(communityId: $communityId) {\n      id\n      status\n      step\n      progress\n      secondCount\n      rating\n      followUp\n      allowedActions\n      timeline {\n        at\n        status\n        kind\n        note\n        progress\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMatterWorkOrders($id: ID!) {\n    matter(id: $id) {\n      id\n      workOrders {\n        id\n        trackingCode\n        status\n        overdue\n        item {\n          name\n        }\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMatterWorkOrders($id: ID!) {\n    matter(id: $id) {\n      id\n      workOrders {\n        id\n        trackingCode\n        status\n        overdue\n        item {\n          name\n        }\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateWorkOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      id\n      trackingCode\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateWorkOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      id\n      trackingCode\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMatters($filter: StaffMatterFilter, $sort: MatterSort, $first: Int, $offset: Int) {\n    staffMatters(filter: $filter, sort: $sort, first: $first, offset: $offset) {\n      totalCount\n      edges {\n        node {\n          id\n          trackingCode\n          title\n          place\n          category\n          status\n          step\n          createdAt\n          secondCount\n          progress\n          overdue\n          followUp\n          contactPhone\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMatters($filter: StaffMatterFilter, $sort: MatterSort, $first: Int, $offset: Int) {\n    staffMatters(filter: $filter, sort: $sort, first: $first, offset: $offset) {\n      totalCount\n      edges {\n        node {\n          id\n          trackingCode\n          title\n          place\n          category\n          status\n          step\n          createdAt\n          secondCount\n          progress\n          overdue\n          followUp\n          contactPhone\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleIssueCredential($homeId: ID!) {\n    issueHomeCredential(homeId: $homeId) {\n      homeCode\n      pin\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleIssueCredential($homeId: ID!) {\n    issueHomeCredential(homeId: $homeId) {\n      homeCode\n      pin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleImport($csv: String!) {\n    importHomes(csv: $csv) {\n      created\n      updated\n      errors {\n        line\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleImport($csv: String!) {\n    importHomes(csv: $csv) {\n      created\n      updated\n      errors {\n        line\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleImportColumns {\n    homeImportColumns\n  }\n"): (typeof documents)["\n  query ConsoleImportColumns {\n    homeImportColumns\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEstateHomes($id: ID!) {\n    estate(id: $id) {\n      id\n      name\n      propertyCompany\n      buildings {\n        id\n        name\n        units {\n          id\n          name\n          homes {\n            id\n            floor\n            room\n            areaM2\n            credentialIssuedAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEstateHomes($id: ID!) {\n    estate(id: $id) {\n      id\n      name\n      propertyCompany\n      buildings {\n        id\n        name\n        units {\n          id\n          name\n          homes {\n            id\n            floor\n            room\n            areaM2\n            credentialIssuedAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleServiceCatalogue {\n    serviceCatalogue {\n      code\n      name\n      items {\n        code\n        version\n        name\n        standard\n        respondMinutes\n        resolveMinutes\n        paid\n        teamKind\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleServiceCatalogue {\n    serviceCatalogue {\n      code\n      name\n      items {\n        code\n        version\n        name\n        standard\n        respondMinutes\n        resolveMinutes\n        paid\n        teamKind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateServiceItem($code: String!, $change: ServiceItemChange!) {\n    updateServiceItem(code: $code, change: $change) {\n      code\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateServiceItem($code: String!, $change: ServiceItemChange!) {\n    updateServiceItem(code: $code, change: $change) {\n      code\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleServiceLevels($communityId: ID) {\n    serviceLevels(communityId: $communityId) {\n      orders\n      responded\n      medianRespondMinutes\n      p90RespondMinutes\n      respondCounted\n      onTimeRespondRate\n      resolveCounted\n      onTimeResolveRate\n      done\n      reworked\n      reworkRate\n      rated\n      averageRating\n    }\n    serviceTeamLevels(communityId: $communityId) {\n      rank\n      team {\n        id\n        name\n      }\n      levels {\n        orders\n        medianRespondMinutes\n        onTimeRespondRate\n        averageRating\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleServiceLevels($communityId: ID) {\n    serviceLevels(communityId: $communityId) {\n      orders\n      responded\n      medianRespondMinutes\n      p90RespondMinutes\n      respondCounted\n      onTimeRespondRate\n      resolveCounted\n      onTimeResolveRate\n      done\n      reworked\n      reworkRate\n      rated\n      averageRating\n    }\n    serviceTeamLevels(communityId: $communityId) {\n      rank\n      team {\n        id\n        name\n      }\n      levels {\n        orders\n        medianRespondMinutes\n        onTimeRespondRate\n        averageRating\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleNotifications($communityId: ID) {\n    notifications(communityId: $communityId, first: 100) {\n      id\n      createdAt\n      sentAt\n      phone\n      text\n      status\n      attempts\n      lastError\n    }\n  }\n"): (typeof documents)["\n  query ConsoleNotifications($communityId: ID) {\n    notifications(communityId: $communityId, first: 100) {\n      id\n      createdAt\n      sentAt\n      phone\n      text\n      status\n      attempts\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRetryNotification($id: ID!) {\n    retryNotification(id: $id) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRetryNotification($id: ID!) {\n    retryNotification(id: $id) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleServiceTeams($communityId: ID) {\n    serviceTeams(communityId: $communityId) {\n      id\n      name\n      kind\n      onDuty\n    }\n  }\n"): (typeof documents)["\n  query ConsoleServiceTeams($communityId: ID) {\n    serviceTeams(communityId: $communityId) {\n      id\n      name\n      kind\n      onDuty\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDispatchOrder($id: ID!, $teamId: ID!) {\n    dispatchWorkOrder(id: $id, teamId: $teamId) {\n      id\n      status\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDispatchOrder($id: ID!, $teamId: ID!) {\n    dispatchWorkOrder(id: $id, teamId: $teamId) {\n      id\n      status\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCheckOrder($id: ID!, $accepted: Boolean!, $note: String) {\n    checkWorkOrder(id: $id, accepted: $accepted, note: $note) {\n      id\n      status\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCheckOrder($id: ID!, $accepted: Boolean!, $note: String) {\n    checkWorkOrder(id: $id, accepted: $accepted, note: $note) {\n      id\n      status\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLedgerOrder($id: ID!, $reason: String!) {\n    putWorkOrderOnLedger(id: $id, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLedgerOrder($id: ID!, $reason: String!) {\n    putWorkOrderOnLedger(id: $id, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOrderToBranch($id: ID!) {\n    sendWorkOrderToBranch(id: $id) {\n      id\n      status\n      allowedActions\n      matter {\n        id\n        trackingCode\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleOrderToBranch($id: ID!) {\n    sendWorkOrderToBranch(id: $id) {\n      id\n      status\n      allowedActions\n      matter {\n        id\n        trackingCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCancelOrder($id: ID!, $reason: String!) {\n    cancelWorkOrder(id: $id, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCancelOrder($id: ID!, $reason: String!) {\n    cancelWorkOrder(id: $id, reason: $reason) {\n      id\n      status\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleNoteOrder($id: ID!, $note: String!) {\n    noteWorkOrder(id: $id, note: $note) {\n      id\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleNoteOrder($id: ID!, $note: String!) {\n    noteWorkOrder(id: $id, note: $note) {\n      id\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOrderFollowUp($id: ID!, $note: String!) {\n    resolveWorkOrderFollowUp(id: $id, note: $note) {\n      id\n      followUp\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleOrderFollowUp($id: ID!, $note: String!) {\n    resolveWorkOrderFollowUp(id: $id, note: $note) {\n      id\n      followUp\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePhoneReportData {\n    pavilions {\n      id\n      community {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsolePhoneReportData {\n    pavilions {\n      id\n      community {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePhoneReport($input: ReportRepairInput!) {\n    reportRepair(input: $input) {\n      id\n      trackingCode\n      reporterCount\n    }\n  }\n"): (typeof documents)["\n  mutation ConsolePhoneReport($input: ReportRepairInput!) {\n    reportRepair(input: $input) {\n      id\n      trackingCode\n      reporterCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleServiceItemChoices {\n    serviceCatalogue {\n      code\n      name\n      items {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleServiceItemChoices {\n    serviceCatalogue {\n      code\n      name\n      items {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleServiceTeamsRoster($communityId: ID) {\n    serviceTeams(communityId: $communityId) {\n      id\n      name\n      kind\n      memberCount\n      members {\n        id\n        username\n        displayName\n      }\n      dutyWeekdays\n      onDuty\n    }\n  }\n"): (typeof documents)["\n  query ConsoleServiceTeamsRoster($communityId: ID) {\n    serviceTeams(communityId: $communityId) {\n      id\n      name\n      kind\n      memberCount\n      members {\n        id\n        username\n        displayName\n      }\n      dutyWeekdays\n      onDuty\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetTeamRoster($teamId: ID!, $weekdays: [Int!]!) {\n    setServiceTeamRoster(teamId: $teamId, weekdays: $weekdays) {\n      id\n      dutyWeekdays\n      onDuty\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetTeamRoster($teamId: ID!, $weekdays: [Int!]!) {\n    setServiceTeamRoster(teamId: $teamId, weekdays: $weekdays) {\n      id\n      dutyWeekdays\n      onDuty\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateTeam($input: NewServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateTeam($input: NewServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAddTeamMember($teamId: ID!, $input: NewServiceTeamMemberInput!) {\n    addServiceTeamMember(teamId: $teamId, input: $input) {\n      id\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAddTeamMember($teamId: ID!, $input: NewServiceTeamMemberInput!) {\n    addServiceTeamMember(teamId: $teamId, input: $input) {\n      id\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleResetMemberPassword($teamId: ID!, $staffId: ID!, $password: String!) {\n    resetServiceTeamMemberPassword(teamId: $teamId, staffId: $staffId, password: $password)\n  }\n"): (typeof documents)["\n  mutation ConsoleResetMemberPassword($teamId: ID!, $staffId: ID!, $password: String!) {\n    resetServiceTeamMemberPassword(teamId: $teamId, staffId: $staffId, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveTeamMember($teamId: ID!, $staffId: ID!) {\n    removeServiceTeamMember(teamId: $teamId, staffId: $staffId) {\n      id\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRemoveTeamMember($teamId: ID!, $staffId: ID!) {\n    removeServiceTeamMember(teamId: $teamId, staffId: $staffId) {\n      id\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleOrderRow on WorkOrder {\n    id\n    trackingCode\n    status\n    dueAt\n    overdue\n    dueSoon\n    followUp\n    reportedAt\n    respondBy\n    resolveBy\n    reporterCount\n    urgeCount\n    reworkCount\n    ratingSpeed\n    ratingQuality\n    note\n    reason\n    contactPhone\n    ratingComment\n    allowedActions\n    item {\n      code\n      name\n    }\n    building {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    timeline {\n      at\n      kind\n      note\n      by\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleOrderRow on WorkOrder {\n    id\n    trackingCode\n    status\n    dueAt\n    overdue\n    dueSoon\n    followUp\n    reportedAt\n    respondBy\n    resolveBy\n    reporterCount\n    urgeCount\n    reworkCount\n    ratingSpeed\n    ratingQuality\n    note\n    reason\n    contactPhone\n    ratingComment\n    allowedActions\n    item {\n      code\n      name\n    }\n    building {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    timeline {\n      at\n      kind\n      note\n      by\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWorkOrders($filter: WorkOrderFilter, $first: Int, $offset: Int) {\n    workOrders(filter: $filter, first: $first, offset: $offset, sort: DEADLINE) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ConsoleOrderRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleWorkOrders($filter: WorkOrderFilter, $first: Int, $offset: Int) {\n    workOrders(filter: $filter, first: $first, offset: $offset, sort: DEADLINE) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ConsoleOrderRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleWorkOrdersLive($communityId: ID!) {\n    workOrderUpdated(communityId: $communityId) {\n      ...ConsoleOrderRow\n      ...OrderPlacement\n    }\n  }\n"): (typeof documents)["\n  subscription ConsoleWorkOrdersLive($communityId: ID!) {\n    workOrderUpdated(communityId: $communityId) {\n      ...ConsoleOrderRow\n      ...OrderPlacement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleConventions {\n    conventions {\n      id\n      title\n      stage\n      allowedActions\n      version\n      inForceVersion\n      consultationClosesAt\n      communities {\n        id\n        name\n      }\n      vote {\n        id\n        status\n      }\n      articles {\n        id\n        number\n        text\n        comments {\n          id\n        }\n        amendments {\n          id\n          text\n          reason\n          state\n          support\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleConventions {\n    conventions {\n      id\n      title\n      stage\n      allowedActions\n      version\n      inForceVersion\n      consultationClosesAt\n      communities {\n        id\n        name\n      }\n      vote {\n        id\n        status\n      }\n      articles {\n        id\n        number\n        text\n        comments {\n          id\n        }\n        amendments {\n          id\n          text\n          reason\n          state\n          support\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDraftConvention($input: DraftConventionInput!) {\n    draftConvention(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDraftConvention($input: DraftConventionInput!) {\n    draftConvention(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOpenConsultation($id: ID!, $closesAt: DateTime!) {\n    openConsultation(conventionId: $id, closesAt: $closesAt) {\n      id\n      stage\n      consultationClosesAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleOpenConsultation($id: ID!, $closesAt: DateTime!) {\n    openConsultation(conventionId: $id, closesAt: $closesAt) {\n      id\n      stage\n      consultationClosesAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDecideAmendment($id: ID!, $accept: Boolean!) {\n    decideAmendment(amendmentId: $id, accept: $accept) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDecideAmendment($id: ID!, $accept: Boolean!) {\n    decideAmendment(amendmentId: $id, accept: $accept) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePublishConvention($id: ID!) {\n    publishConventionVersion(conventionId: $id) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsolePublishConvention($id: ID!) {\n    publishConventionVersion(conventionId: $id) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleConventionToVote($id: ID!, $closesAt: DateTime!) {\n    putConventionToVote(conventionId: $id, closesAt: $closesAt) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleConventionToVote($id: ID!, $closesAt: DateTime!) {\n    putConventionToVote(conventionId: $id, closesAt: $closesAt) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridImportColumns {\n    gridImportColumns\n  }\n"): (typeof documents)["\n  query GridImportColumns {\n    gridImportColumns\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleGrid($communityId: ID!) {\n    grid(communityId: $communityId) {\n      id\n      role\n      name\n      area\n      phone\n      building {\n        id\n        name\n      }\n      parent {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleGrid($communityId: ID!) {\n    grid(communityId: $communityId) {\n      id\n      role\n      name\n      area\n      phone\n      building {\n        id\n        name\n      }\n      parent {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetGridPost($input: GridPostInput!) {\n    setGridPost(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetGridPost($input: GridPostInput!) {\n    setGridPost(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleImportGrid($csv: String!) {\n    importGridPosts(csv: $csv) {\n      created\n      updated\n      errors {\n        line\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleImportGrid($csv: String!) {\n    importGridPosts(csv: $csv) {\n      created\n      updated\n      errors {\n        line\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleJoint {\n    jointUnits {\n      id\n      name\n      kind\n    }\n    jointMeetings(first: 8) {\n      id\n      quarter\n      heldAt\n      attendees {\n        id\n        name\n      }\n    }\n    jointProblems {\n      id\n      title\n      status\n      dueBy\n      carriedOver\n      solvedAt\n      leadUnit {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      raisedAt {\n        id\n        quarter\n      }\n    }\n    jointUnitFigures {\n      unit {\n        id\n        name\n      }\n      raised\n      solved\n      solvedOnTime\n    }\n  }\n"): (typeof documents)["\n  query ConsoleJoint {\n    jointUnits {\n      id\n      name\n      kind\n    }\n    jointMeetings(first: 8) {\n      id\n      quarter\n      heldAt\n      attendees {\n        id\n        name\n      }\n    }\n    jointProblems {\n      id\n      title\n      status\n      dueBy\n      carriedOver\n      solvedAt\n      leadUnit {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      raisedAt {\n        id\n        quarter\n      }\n    }\n    jointUnitFigures {\n      unit {\n        id\n        name\n      }\n      raised\n      solved\n      solvedOnTime\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAddJointUnit($name: String!, $kind: JointUnitKind!) {\n    addJointUnit(name: $name, kind: $kind) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAddJointUnit($name: String!, $kind: JointUnitKind!) {\n    addJointUnit(name: $name, kind: $kind) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordJointMeeting($quarter: String!, $heldAt: DateTime!, $attendeeIds: [ID!]!, $minutes: String) {\n    recordJointMeeting(quarter: $quarter, heldAt: $heldAt, attendeeIds: $attendeeIds, minutes: $minutes) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRecordJointMeeting($quarter: String!, $heldAt: DateTime!, $attendeeIds: [ID!]!, $minutes: String) {\n    recordJointMeeting(quarter: $quarter, heldAt: $heldAt, attendeeIds: $attendeeIds, minutes: $minutes) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAddJointProblem($meetingId: ID!, $title: String!, $leadUnitId: ID!, $partnerIds: [ID!], $dueBy: DateTime!) {\n    addJointProblem(meetingId: $meetingId, title: $title, leadUnitId: $leadUnitId, partnerIds: $partnerIds, dueBy: $dueBy) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAddJointProblem($meetingId: ID!, $title: String!, $leadUnitId: ID!, $partnerIds: [ID!], $dueBy: DateTime!) {\n    addJointProblem(meetingId: $meetingId, title: $title, leadUnitId: $leadUnitId, partnerIds: $partnerIds, dueBy: $dueBy) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSolveJointProblem($id: ID!, $note: String!) {\n    solveJointProblem(problemId: $id, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSolveJointProblem($id: ID!, $note: String!) {\n    solveJointProblem(problemId: $id, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskPropertyCompanies($communityId: ID!) {\n    propertyCompanies(communityId: $communityId) {\n      id\n      name\n      estates(communityId: $communityId) {\n        id\n        name\n      }\n    }\n    months: closedEvaluationPeriods(kind: MONTH)\n    quarters: closedEvaluationPeriods(kind: QUARTER)\n    years: closedEvaluationPeriods(kind: YEAR)\n  }\n"): (typeof documents)["\n  query KioskPropertyCompanies($communityId: ID!) {\n    propertyCompanies(communityId: $communityId) {\n      id\n      name\n      estates(communityId: $communityId) {\n        id\n        name\n      }\n    }\n    months: closedEvaluationPeriods(kind: MONTH)\n    quarters: closedEvaluationPeriods(kind: QUARTER)\n    years: closedEvaluationPeriods(kind: YEAR)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskScorecards($kind: EvaluationPeriodKind!, $period: String!) {\n    scorecards(kind: $kind, period: $period) {\n      company {\n        id\n        name\n      }\n      total\n      gradeName\n      ...KioskScorecard\n    }\n  }\n"): (typeof documents)["\n  query KioskScorecards($kind: EvaluationPeriodKind!, $period: String!) {\n    scorecards(kind: $kind, period: $period) {\n      company {\n        id\n        name\n      }\n      total\n      gradeName\n      ...KioskScorecard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskMyPropertyRating {\n    myEstate {\n      name\n      propertyCompany\n    }\n    myPropertyRating {\n      month\n      scores {\n        code\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  query KioskMyPropertyRating {\n    myEstate {\n      name\n      propertyCompany\n    }\n    myPropertyRating {\n      month\n      scores {\n        code\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskRateProperty($scores: [IndicatorPointsInput!]!) {\n    rateProperty(scores: $scores) {\n      period\n      total\n    }\n  }\n"): (typeof documents)["\n  mutation KioskRateProperty($scores: [IndicatorPointsInput!]!) {\n    rateProperty(scores: $scores) {\n      period\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskComplain($topic: ComplaintTopic!) {\n    complainAboutProperty(topic: $topic) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KioskComplain($topic: ComplaintTopic!) {\n    complainAboutProperty(topic: $topic) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KioskScorecard on Scorecard {\n    kind\n    period\n    total\n    grade\n    gradeName\n    consequence\n    feeFloat\n    renewalWarning\n    rank\n    final\n    residentRatings\n    company {\n      id\n      name\n    }\n    dimensions {\n      code\n      name\n      weight\n      points\n      indicators {\n        code\n        name\n        weight\n        points\n        basis\n        scored\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment KioskScorecard on Scorecard {\n    kind\n    period\n    total\n    grade\n    gradeName\n    consequence\n    feeFloat\n    renewalWarning\n    rank\n    final\n    residentRatings\n    company {\n      id\n      name\n    }\n    dimensions {\n      code\n      name\n      weight\n      points\n      indicators {\n        code\n        name\n        weight\n        points\n        basis\n        scored\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskEvaluationStandard {\n    evaluationStandard {\n      version\n      title\n      dimensions {\n        code\n        name\n        weight\n        indicators {\n          code\n          name\n          weight\n          source\n          method\n          question\n        }\n      }\n      grades {\n        grade\n        name\n        min\n        consequence\n        feeFloat\n        renewalWarning\n      }\n    }\n  }\n"): (typeof documents)["\n  query KioskEvaluationStandard {\n    evaluationStandard {\n      version\n      title\n      dimensions {\n        code\n        name\n        weight\n        indicators {\n          code\n          name\n          weight\n          source\n          method\n          question\n        }\n      }\n      grades {\n        grade\n        name\n        min\n        consequence\n        feeFloat\n        renewalWarning\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskPropertyTrend($companyId: ID!) {\n    propertyTrend(companyId: $companyId, months: 24) {\n      month\n      complaints\n      satisfaction\n      feeRate\n    }\n  }\n"): (typeof documents)["\n  query KioskPropertyTrend($companyId: ID!) {\n    propertyTrend(companyId: $companyId, months: 24) {\n      month\n      complaints\n      satisfaction\n      feeRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhoneRaiseDraft($code: String!) {\n    raiseDraft(code: $code) {\n      code\n      pavilionId\n      category\n      problemId\n      buildingId\n      unitId\n      place\n      title\n      description\n      sent\n    }\n    commonProblems {\n      id\n      title\n      titleEn\n    }\n  }\n"): (typeof documents)["\n  query PhoneRaiseDraft($code: String!) {\n    raiseDraft(code: $code) {\n      code\n      pavilionId\n      category\n      problemId\n      buildingId\n      unitId\n      place\n      title\n      description\n      sent\n    }\n    commonProblems {\n      id\n      title\n      titleEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhoneRaise($input: RaiseMatterInput!) {\n    raiseMatter(input: $input) {\n      id\n      trackingCode\n    }\n  }\n"): (typeof documents)["\n  mutation PhoneRaise($input: RaiseMatterInput!) {\n    raiseMatter(input: $input) {\n      id\n      trackingCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskSaveRaiseDraft($input: RaiseChoiceInput!) {\n    saveRaiseDraft(input: $input) {\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation KioskSaveRaiseDraft($input: RaiseChoiceInput!) {\n    saveRaiseDraft(input: $input) {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskPlaces($id: ID!) {\n    pavilion(id: $id) {\n      id\n      estate {\n        id\n      }\n      community {\n        id\n        estates {\n          id\n          name\n          buildings {\n            id\n            name\n            units {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KioskPlaces($id: ID!) {\n    pavilion(id: $id) {\n      id\n      estate {\n        id\n      }\n      community {\n        id\n        estates {\n          id\n          name\n          buildings {\n            id\n            name\n            units {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskCommonProblems($category: MatterCategory!) {\n    commonProblems(category: $category) {\n      id\n      title\n      titleEn\n      general\n    }\n  }\n"): (typeof documents)["\n  query KioskCommonProblems($category: MatterCategory!) {\n    commonProblems(category: $category) {\n      id\n      title\n      titleEn\n      general\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskRaise($input: RaiseMatterInput!) {\n    raiseMatter(input: $input) {\n      id\n      trackingCode\n    }\n  }\n"): (typeof documents)["\n  mutation KioskRaise($input: RaiseMatterInput!) {\n    raiseMatter(input: $input) {\n      id\n      trackingCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskServiceCatalogue {\n    serviceCatalogue {\n      code\n      name\n      items {\n        code\n        name\n        standard\n        respondMinutes\n        resolveMinutes\n        paid\n      }\n    }\n  }\n"): (typeof documents)["\n  query KioskServiceCatalogue {\n    serviceCatalogue {\n      code\n      name\n      items {\n        code\n        name\n        standard\n        respondMinutes\n        resolveMinutes\n        paid\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskReportRepair($input: ReportRepairInput!) {\n    reportRepair(input: $input) {\n      id\n      trackingCode\n      reporterCount\n    }\n  }\n"): (typeof documents)["\n  mutation KioskReportRepair($input: ReportRepairInput!) {\n    reportRepair(input: $input) {\n      id\n      trackingCode\n      reporterCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskServiceLevels($communityId: ID!) {\n    serviceLevels(communityId: $communityId) {\n      orders\n      medianRespondMinutes\n      onTimeRespondRate\n      averageRating\n    }\n  }\n"): (typeof documents)["\n  query KioskServiceLevels($communityId: ID!) {\n    serviceLevels(communityId: $communityId) {\n      orders\n      medianRespondMinutes\n      onTimeRespondRate\n      averageRating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMe {\n    me {\n      displayName\n      role\n      teams {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamMe {\n    me {\n      displayName\n      role\n      teams {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamAcknowledge($id: ID!) {\n    acknowledgeWorkOrder(id: $id) {\n      ...TeamOrder\n    }\n  }\n"): (typeof documents)["\n  mutation TeamAcknowledge($id: ID!) {\n    acknowledgeWorkOrder(id: $id) {\n      ...TeamOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamNote($id: ID!, $note: String!) {\n    noteWorkOrder(id: $id, note: $note) {\n      ...TeamOrder\n    }\n  }\n"): (typeof documents)["\n  mutation TeamNote($id: ID!, $note: String!) {\n    noteWorkOrder(id: $id, note: $note) {\n      ...TeamOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamFinish($id: ID!, $note: String!) {\n    finishWorkOrder(id: $id, note: $note) {\n      ...TeamOrder\n    }\n  }\n"): (typeof documents)["\n  mutation TeamFinish($id: ID!, $note: String!) {\n    finishWorkOrder(id: $id, note: $note) {\n      ...TeamOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkOrderDetails on WorkOrder {\n    id\n    trackingCode\n    status\n    note\n    reason\n    reportedAt\n    respondBy\n    resolveBy\n    acknowledgedAt\n    doneAt\n    overdue\n    reporterCount\n    urgeCount\n    reworkCount\n    ratingSpeed\n    ratingQuality\n    allowedActions\n    item {\n      code\n      name\n      standard\n      respondMinutes\n      resolveMinutes\n    }\n    building {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    timeline {\n      at\n      kind\n      note\n      by\n    }\n  }\n"): (typeof documents)["\n  fragment WorkOrderDetails on WorkOrder {\n    id\n    trackingCode\n    status\n    note\n    reason\n    reportedAt\n    respondBy\n    resolveBy\n    acknowledgedAt\n    doneAt\n    overdue\n    reporterCount\n    urgeCount\n    reworkCount\n    ratingSpeed\n    ratingQuality\n    allowedActions\n    item {\n      code\n      name\n      standard\n      respondMinutes\n      resolveMinutes\n    }\n    building {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    timeline {\n      at\n      kind\n      note\n      by\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkOrderByCode($code: String!) {\n    workOrderByTrackingCode(code: $code) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n"): (typeof documents)["\n  query WorkOrderByCode($code: String!) {\n    workOrderByTrackingCode(code: $code) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkOrderLive($code: String!) {\n    workOrderUpdated(trackingCode: $code) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n"): (typeof documents)["\n  subscription WorkOrderLive($code: String!) {\n    workOrderUpdated(trackingCode: $code) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UrgeWorkOrder($code: String!) {\n    urgeWorkOrder(trackingCode: $code) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UrgeWorkOrder($code: String!) {\n    urgeWorkOrder(trackingCode: $code) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenWorkOrder($code: String!, $note: String!) {\n    reopenWorkOrder(trackingCode: $code, note: $note) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenWorkOrder($code: String!, $note: String!) {\n    reopenWorkOrder(trackingCode: $code, note: $note) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateWorkOrder($code: String!, $speed: Int!, $quality: Int!) {\n    rateWorkOrder(trackingCode: $code, speed: $speed, quality: $quality) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RateWorkOrder($code: String!, $speed: Int!, $quality: Int!) {\n    rateWorkOrder(trackingCode: $code, speed: $speed, quality: $quality) {\n      id\n      ...WorkOrderDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderPlacement on WorkOrder {\n    id\n    status\n    dueAt\n    trackingCode\n    overdue\n    followUp\n    community {\n      id\n    }\n    team {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment OrderPlacement on WorkOrder {\n    id\n    status\n    dueAt\n    trackingCode\n    overdue\n    followUp\n    community {\n      id\n    }\n    team {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamOrderList($filter: WorkOrderFilter, $first: Int) {\n    workOrders(filter: $filter, sort: DEADLINE, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...TeamOrder\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamOrderList($filter: WorkOrderFilter, $first: Int) {\n    workOrders(filter: $filter, sort: DEADLINE, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...TeamOrder\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamOrder on WorkOrder {\n    id\n    trackingCode\n    status\n    dueAt\n    note\n    overdue\n    dueSoon\n    reportedAt\n    respondBy\n    resolveBy\n    contactPhone\n    reporterCount\n    urgeCount\n    allowedActions\n    item {\n      code\n      name\n      standard\n    }\n    building {\n      id\n      name\n    }\n    team {\n      id\n    }\n    timeline {\n      at\n      kind\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment TeamOrder on WorkOrder {\n    id\n    trackingCode\n    status\n    dueAt\n    note\n    overdue\n    dueSoon\n    reportedAt\n    respondBy\n    resolveBy\n    contactPhone\n    reporterCount\n    urgeCount\n    allowedActions\n    item {\n      code\n      name\n      standard\n    }\n    building {\n      id\n      name\n    }\n    team {\n      id\n    }\n    timeline {\n      at\n      kind\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TeamOrderLive($teamId: ID!) {\n    workOrderUpdated(teamId: $teamId) {\n      ...TeamOrder\n      ...OrderPlacement\n    }\n  }\n"): (typeof documents)["\n  subscription TeamOrderLive($teamId: ID!) {\n    workOrderUpdated(teamId: $teamId) {\n      ...TeamOrder\n      ...OrderPlacement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskGrid($communityId: ID!) {\n    grid(communityId: $communityId) {\n      id\n      role\n      name\n      area\n      building {\n        id\n        name\n      }\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query KioskGrid($communityId: ID!) {\n    grid(communityId: $communityId) {\n      id\n      role\n      name\n      area\n      building {\n        id\n        name\n      }\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskBreachCounts($conventionId: ID!) {\n    breachCounts(conventionId: $conventionId) {\n      articleNumber\n      month\n      count\n    }\n  }\n"): (typeof documents)["\n  query KioskBreachCounts($conventionId: ID!) {\n    breachCounts(conventionId: $conventionId) {\n      articleNumber\n      month\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskConventions($communityId: ID!) {\n    conventions(communityId: $communityId) {\n      id\n      title\n      stage\n      version\n      inForceVersion\n      consultationClosesAt\n      vote {\n        id\n        status\n      }\n      articles {\n        id\n        number\n        text\n        comments {\n          id\n          text\n        }\n        amendments {\n          id\n          text\n          reason\n          state\n          support\n          supportedByMe\n        }\n      }\n      versions {\n        version\n        publishedAt\n        changes {\n          number\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KioskConventions($communityId: ID!) {\n    conventions(communityId: $communityId) {\n      id\n      title\n      stage\n      version\n      inForceVersion\n      consultationClosesAt\n      vote {\n        id\n        status\n      }\n      articles {\n        id\n        number\n        text\n        comments {\n          id\n          text\n        }\n        amendments {\n          id\n          text\n          reason\n          state\n          support\n          supportedByMe\n        }\n      }\n      versions {\n        version\n        publishedAt\n        changes {\n          number\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskCommentArticle($articleId: ID!, $text: String!) {\n    commentArticle(articleId: $articleId, text: $text) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KioskCommentArticle($articleId: ID!, $text: String!) {\n    commentArticle(articleId: $articleId, text: $text) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskProposeAmendment($articleId: ID!, $text: String!, $reason: String) {\n    proposeAmendment(articleId: $articleId, text: $text, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KioskProposeAmendment($articleId: ID!, $text: String!, $reason: String) {\n    proposeAmendment(articleId: $articleId, text: $text, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskSupportAmendment($amendmentId: ID!) {\n    supportAmendment(amendmentId: $amendmentId) {\n      id\n      support\n      supportedByMe\n    }\n  }\n"): (typeof documents)["\n  mutation KioskSupportAmendment($amendmentId: ID!) {\n    supportAmendment(amendmentId: $amendmentId) {\n      id\n      support\n      supportedByMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskJointProblems {\n    jointProblems {\n      id\n      title\n      status\n      dueBy\n      carriedOver\n      solvedAt\n      leadUnit {\n        id\n        name\n      }\n      raisedAt {\n        id\n        quarter\n      }\n    }\n  }\n"): (typeof documents)["\n  query KioskJointProblems {\n    jointProblems {\n      id\n      title\n      status\n      dueBy\n      carriedOver\n      solvedAt\n      leadUnit {\n        id\n        name\n      }\n      raisedAt {\n        id\n        quarter\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatrolMe {\n    me {\n      displayName\n      role\n      teams {\n        id\n        name\n        community {\n          id\n          name\n          estates {\n            id\n            name\n            buildings {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PatrolMe {\n    me {\n      displayName\n      role\n      teams {\n        id\n        name\n        community {\n          id\n          name\n          estates {\n            id\n            name\n            buildings {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatrolConventions($communityId: ID!) {\n    conventions(communityId: $communityId) {\n      id\n      title\n      inForceVersion\n      articles {\n        id\n        number\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query PatrolConventions($communityId: ID!) {\n    conventions(communityId: $communityId) {\n      id\n      title\n      inForceVersion\n      articles {\n        id\n        number\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatrolRecordBreach($input: RecordBreachInput!) {\n    recordBreach(input: $input) {\n      id\n      article {\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PatrolRecordBreach($input: RecordBreachInput!) {\n    recordBreach(input: $input) {\n      id\n      article {\n        number\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;