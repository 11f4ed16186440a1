import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Tenant as TenantModel } from '../../../services/tenants/tenant.repository';
import type { Membership as MembershipModel } from '../../../services/memberships/membership.repository';
import type { OnboardingRequest as OnboardingRequestModel } from '../../../services/tenants/onboarding.repository';
import type { AuditEntry as AuditEntryModel } from '../../../services/audit/audit.repository';
import type { UserRecord as UserRecordModel } from '../../../services/identity/user.repository';
import type { Programme as ProgrammeModel } from '../../../services/programmes/programme.repository';
import type { IntakeForm as IntakeFormModel, FormField as FormFieldModel, FieldOption as FieldOptionModel, Interest as InterestModel } from '../../../services/programmes/intake-form';
import type { PersonView as PersonViewModel } from '../../../services/people/person.service';
import type { Note as NoteModel } from '../../../services/people/person.repository';
import type { PublicSignupPage as PublicSignupPageModel } from '../../../services/people/public-signup.service';
import type { PeopleImportJob as PeopleImportJobModel } from '../../../services/people-import/people-import.repository';
import type { ImportReport as ImportReportModel } from '../../../services/people-import/people-import.service';
import type { IntakeInvitation as IntakeInvitationModel } from '../../../services/people/intake-link.service';
import type { PresetView as PresetViewModel, Suggestion as SuggestionModel } from '../../../services/matching/matching.service';
import type { MatchingRun as MatchingRunModel, MatchProposal as MatchProposalModel, PairPin as PairPinModel, Match as MatchModel } from '../../../services/matching/match.repository';
import type { MatchInvitation as MatchInvitationModel } from '../../../services/matching/match.service';
import type { CriterionResult as CriterionResultModel } from '../../../services/matching/scoring';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: string; output: string; }
};

export type AddNoteInput = {
  personId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type AddNotePayload = {
  __typename?: 'AddNotePayload';
  note?: Maybe<Note>;
  userErrors: Array<UserError>;
};

export type AnswerMatchInvitationInput = {
  accept: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<DeclineReason>;
  tenantSlug: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type AnswerMatchInvitationPayload = {
  __typename?: 'AnswerMatchInvitationPayload';
  invitation?: Maybe<MatchInvitation>;
  userErrors: Array<UserError>;
};

export type ApplyAsBuddyInput = {
  consents: Array<ConsentInput>;
  profile: PersonProfileInput;
  programmeId: Scalars['ID']['input'];
  tenantSlug: Scalars['String']['input'];
};

export type ApplyAsBuddyPayload = {
  __typename?: 'ApplyAsBuddyPayload';
  /** True when the application was recorded; it lands in the coordinators' list as APPLIED. */
  received: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

export type ApproveMatchInput = {
  buddyId: Scalars['ID']['input'];
  newcomerId: Scalars['ID']['input'];
  programmeId: Scalars['ID']['input'];
};

export type ApproveMatchPayload = {
  __typename?: 'ApproveMatchPayload';
  match?: Maybe<Match>;
  userErrors: Array<UserError>;
};

export type ApproveMatchProposalsInput = {
  /** The proposals to approve; leave out to approve every PROPOSED one. */
  proposalIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  runId: Scalars['ID']['input'];
};

export type ApproveMatchProposalsPayload = {
  __typename?: 'ApproveMatchProposalsPayload';
  /** The matches made. */
  matches: Array<Match>;
  /** Proposals that could not be approved, e.g. code CONFLICT when a buddy's capacity was reached meanwhile. */
  userErrors: Array<UserError>;
};

export type ApproveOnboardingRequestInput = {
  requestId: Scalars['ID']['input'];
  /** URL-friendly unique name; derived from the organisation name when omitted. */
  slug?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type ApproveOnboardingRequestPayload = {
  __typename?: 'ApproveOnboardingRequestPayload';
  request?: Maybe<OnboardingRequest>;
  tenant?: Maybe<Tenant>;
  userErrors: Array<UserError>;
};

export type AuditEntry = Node & {
  __typename?: 'AuditEntry';
  /** What happened, e.g. member.invited, member.role_changed, tenant.settings_updated. */
  action: Scalars['String']['output'];
  /** User id of who did it (no personal data is copied into the audit trail). */
  actorId: Scalars['ID']['output'];
  at: Scalars['DateTime']['output'];
  /** Short machine-readable details, e.g. {"from":"COORDINATOR","to":"TENANT_ADMIN"}. */
  details?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What it concerns: the user id (as Membership.userId) for member.* actions, the Tenant.id for tenant.* actions. */
  subjectId?: Maybe<Scalars['ID']['output']>;
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AvailabilitySlot = {
  __typename?: 'AvailabilitySlot';
  day: Weekday;
  part: DayPart;
};

export type AvailabilitySlotInput = {
  day: Weekday;
  part: DayPart;
};

export type CefrLevel =
  | 'A1'
  | 'A2'
  | 'B1'
  | 'B2'
  | 'C1'
  | 'C2'
  | 'NATIVE';

export type ChangeMemberRoleInput = {
  membershipId: Scalars['ID']['input'];
  role: Role;
  version: Scalars['Int']['input'];
};

export type ChangeMemberRolePayload = {
  __typename?: 'ChangeMemberRolePayload';
  membership?: Maybe<Membership>;
  userErrors: Array<UserError>;
};

export type ChangePersonStatusInput = {
  personId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  status: PersonStatus;
  version: Scalars['Int']['input'];
};

export type ChangePersonStatusPayload = {
  __typename?: 'ChangePersonStatusPayload';
  person?: Maybe<Person>;
  userErrors: Array<UserError>;
};

export type Consent = {
  __typename?: 'Consent';
  at: Scalars['DateTime']['output'];
  granted: Scalars['Boolean']['output'];
  method: ConsentMethod;
  purpose: Scalars['String']['output'];
  /** User id of the coordinator who recorded it; null when given by the person. */
  recordedBy?: Maybe<Scalars['ID']['output']>;
  /** Version of the consent text the person saw. */
  textVersion: Scalars['String']['output'];
};

export type ConsentInput = {
  granted: Scalars['Boolean']['input'];
  purpose: Scalars['String']['input'];
  textVersion: Scalars['String']['input'];
};

export type ConsentMethod =
  /** Recorded by a coordinator during an interview. */
  | 'ASSISTED'
  /** On a signed paper form. */
  | 'PAPER'
  /** Given by the person in a form (invitation link or public sign-up). */
  | 'SELF_SERVICE';

export type ContinuePeopleImportInput = {
  jobId: Scalars['ID']['input'];
};

export type ContinuePeopleImportPayload = {
  __typename?: 'ContinuePeopleImportPayload';
  job?: Maybe<PeopleImportJob>;
  userErrors: Array<UserError>;
};

export type CreateIntakeLinkPayload = {
  __typename?: 'CreateIntakeLinkPayload';
  intakeLink?: Maybe<IntakeLink>;
  userErrors: Array<UserError>;
};

export type CreateMatchAnswerLinkPayload = {
  __typename?: 'CreateMatchAnswerLinkPayload';
  link?: Maybe<MatchAnswerLink>;
  userErrors: Array<UserError>;
};

export type CreateProgrammeInput = {
  /** Defaults to Tandem's default buddy form. */
  buddyFormId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to 40 for PARTICIPATION_TRAJECTORY, none otherwise. */
  hourTarget?: InputMaybe<Scalars['Int']['input']>;
  kind: ProgrammeKind;
  languages: Array<Language>;
  name: Scalars['String']['input'];
  /** Defaults to Tandem's default newcomer form. */
  newcomerFormId?: InputMaybe<Scalars['ID']['input']>;
  publicSignupOpen?: InputMaybe<Scalars['Boolean']['input']>;
  sensitiveCategories?: InputMaybe<Array<SensitiveCategory>>;
};

export type CreateProgrammePayload = {
  __typename?: 'CreateProgrammePayload';
  programme?: Maybe<Programme>;
  userErrors: Array<UserError>;
};

/** One criterion of a pair's score. */
export type CriterionScore = {
  __typename?: 'CriterionScore';
  criterion: MatchCriterion;
  /** One line in the requested language, e.g. "3 shared interests: cooking, football, hiking". */
  explanation: Scalars['String']['output'];
  /** What this criterion adds to the score (0–100 in total). */
  points: Scalars['Float']['output'];
  /** How well the pair does on it, 0 to 1; null when it cannot be told (missing data counts as 0.5). */
  value?: Maybe<Scalars['Float']['output']>;
  weight: Scalars['Int']['output'];
};

export type CriterionWeight = {
  __typename?: 'CriterionWeight';
  criterion: MatchCriterion;
  /** 0 (ignored) to 10. */
  weight: Scalars['Int']['output'];
};

export type CriterionWeightInput = {
  criterion: MatchCriterion;
  weight: Scalars['Int']['input'];
};

export type DayPart =
  | 'AFTERNOON'
  | 'EVENING'
  | 'MORNING';

export type DeclineReason =
  | 'LANGUAGE'
  | 'NOT_A_GOOD_FIT'
  | 'NO_TIME'
  | 'OTHER'
  | 'PERSONAL_CIRCUMSTANCES'
  | 'TOO_FAR';

export type DryRunPeopleImportPayload = {
  __typename?: 'DryRunPeopleImportPayload';
  report?: Maybe<PeopleImportReport>;
  /** Problems with the input itself: the file (encoding, size, format), the mapping, the programme. */
  userErrors: Array<UserError>;
};

export type EndMatchInput = {
  matchId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: MatchOutcome;
  reason: MatchEndReason;
  version: Scalars['Int']['input'];
};

export type EnrolPersonInput = {
  personId: Scalars['ID']['input'];
  /** Another programme of the tenant the person takes part in as well. */
  programmeId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type EnrolPersonPayload = {
  __typename?: 'EnrolPersonPayload';
  person?: Maybe<Person>;
  userErrors: Array<UserError>;
};

export type ErasePersonPayload = {
  __typename?: 'ErasePersonPayload';
  /** The anonymised person (names and contact data removed, sensitive data and notes deleted). */
  person?: Maybe<Person>;
  userErrors: Array<UserError>;
};

export type ExportPersonPayload = {
  __typename?: 'ExportPersonPayload';
  /** Everything Tandem holds about the person, as JSON. */
  json?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type FieldOption = {
  __typename?: 'FieldOption';
  label: Array<LocalizedText>;
  value: Scalars['String']['output'];
};

export type FieldType =
  /** Week grid: day × morning / afternoon / evening. */
  | 'AVAILABILITY'
  /** A consent question (recorded per purpose with its version). */
  | 'CONSENT'
  | 'DATE'
  /** Interests from the shared taxonomy plus free tags. */
  | 'INTERESTS'
  /** Languages with a CEFR level (A1–C2) or NATIVE. */
  | 'LANGUAGES'
  | 'LONG_TEXT'
  | 'MULTIPLE_CHOICE'
  | 'POSTCODE'
  | 'SINGLE_CHOICE'
  | 'TEXT';

/** An intake answer that has no dedicated field (value is JSON). */
export type FormAnswer = {
  __typename?: 'FormAnswer';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type FormAnswerInput = {
  key: Scalars['String']['input'];
  /** JSON value. */
  value: Scalars['String']['input'];
};

export type FormAudience =
  | 'BUDDY'
  | 'NEWCOMER';

export type FormField = {
  __typename?: 'FormField';
  /** For CONSENT fields: the purpose recorded (e.g. processing, photos, sharing-with-counsellor). */
  consentPurpose?: Maybe<Scalars['String']['output']>;
  help: Array<LocalizedText>;
  /** Stable key of the answer, e.g. needs, goals, interests. */
  key: Scalars['String']['output'];
  label: Array<LocalizedText>;
  options: Array<FieldOption>;
  required: Scalars['Boolean']['output'];
  /** Set for fields that hold sensitive data: shown only when the programme collects that category. */
  sensitiveCategory?: Maybe<SensitiveCategory>;
  type: FieldType;
};

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'NON_BINARY'
  | 'UNDISCLOSED';

/** An intake form (a template: data, so it can later be shared between tenants). */
export type IntakeForm = Node & {
  __typename?: 'IntakeForm';
  audience: FormAudience;
  fields: Array<FormField>;
  id: Scalars['ID']['output'];
  /** Tandem's default form for this audience. */
  isDefault: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** What a newcomer sees when opening their intake link (no sign-in). */
export type IntakeInvitation = {
  __typename?: 'IntakeInvitation';
  expiresAt: Scalars['DateTime']['output'];
  firstName: Scalars['String']['output'];
  form: IntakeForm;
  /** As the coordinator registered it, so the page can fill it in. */
  lastName: Scalars['String']['output'];
  preferredLanguage?: Maybe<Language>;
  programmeName: Scalars['String']['output'];
  /** The programme's sensitive categories: only those sensitive questions are asked. */
  sensitiveCategories: Array<SensitiveCategory>;
  tenantName: Scalars['String']['output'];
};

/** A personal link with which a newcomer fills in their own intake, in their own language. */
export type IntakeLink = {
  __typename?: 'IntakeLink';
  expiresAt: Scalars['DateTime']['output'];
  /** Path in the web app (append to the web app's URL); it holds a secret token: share it with the person only. */
  path: Scalars['String']['output'];
};

/** An entry of the shared multilingual interest taxonomy. */
export type Interest = {
  __typename?: 'Interest';
  key: Scalars['String']['output'];
  label: Array<LocalizedText>;
};

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  /** Language of the invitation e-mail; defaults to the tenant's default language. */
  language?: InputMaybe<Language>;
  role: Role;
};

export type InviteMemberPayload = {
  __typename?: 'InviteMemberPayload';
  membership?: Maybe<Membership>;
  userErrors: Array<UserError>;
};

export type Language =
  | 'AR'
  | 'DE'
  | 'EN'
  | 'ES'
  | 'FA'
  | 'FR'
  | 'IT'
  | 'NL'
  | 'PS'
  | 'PT'
  | 'RU'
  | 'SO'
  | 'TI'
  | 'TR'
  | 'UK';

export type LanguageSkill = {
  __typename?: 'LanguageSkill';
  /** ISO 639 code, lower case (e.g. nl, ar, ti, prs). */
  code: Scalars['String']['output'];
  level: CefrLevel;
};

export type LanguageSkillInput = {
  code: Scalars['String']['input'];
  level: CefrLevel;
};

/** A text in one language. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  language: Language;
  text: Scalars['String']['output'];
};

/** A newcomer–buddy pair (a duo). */
export type Match = Node & {
  __typename?: 'Match';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Statuses a coordinator may move it to now. */
  allowedNextStatuses: Array<MatchStatus>;
  approvedAt: Scalars['DateTime']['output'];
  buddy: Person;
  buddyAnswer: MatchAnswer;
  criteria: Array<CriterionScore>;
  declineReason?: Maybe<DeclineReason>;
  declinedBy?: Maybe<PersonRole>;
  endReason?: Maybe<MatchEndReason>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  explanation: Scalars['String']['output'];
  history: Array<MatchStatusChange>;
  id: Scalars['ID']['output'];
  newcomer: Person;
  newcomerAnswer: MatchAnswer;
  programme: Programme;
  /** 0–100, when it was approved. */
  score: Scalars['Float']['output'];
  /** Date of the first meeting. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: MatchStatus;
  version: Scalars['Int']['output'];
};


/** A newcomer–buddy pair (a duo). */
export type MatchCriteriaArgs = {
  language?: InputMaybe<Language>;
};


/** A newcomer–buddy pair (a duo). */
export type MatchExplanationArgs = {
  language?: InputMaybe<Language>;
};

export type MatchAnswer =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

/** A personal link with which a buddy or newcomer answers a proposed match in the app, without an account. */
export type MatchAnswerLink = {
  __typename?: 'MatchAnswerLink';
  /** The address the link was e-mailed to; null when it was not e-mailed. */
  emailedTo?: Maybe<Scalars['String']['output']>;
  expiresAt: Scalars['DateTime']['output'];
  /** Path in the web app (append to the web app's URL); share it with that person only. */
  path: Scalars['String']['output'];
};

export type MatchConnection = {
  __typename?: 'MatchConnection';
  edges: Array<MatchEdge>;
  pageInfo: PageInfo;
};

/** A rule that rules a pair out, whatever its score. */
export type MatchConstraint =
  /** The buddy has no room left (capacity reached). */
  | 'CAPACITY'
  /** The pair was excluded: by a coordinator, or after a decline or a mismatch. */
  | 'EXCLUDED_PAIR'
  /** The newcomer asked for a buddy of another gender. */
  | 'GENDER_PREFERENCE'
  /** No common language at the preset's minimum level. */
  | 'LANGUAGE'
  /** Farther apart than the preset's maximum distance. */
  | 'MAX_DISTANCE'
  /** The newcomer is not waiting, or the buddy is not available. */
  | 'NOT_AVAILABLE'
  /** The buddy has no completed (unexpired) training. */
  | 'TRAINING'
  /** The buddy's screening interview or certificate of good conduct is missing or expired. */
  | 'VETTING';

/**
 * What a match score is made of. Each criterion scores a pair from 0 to 1; the preset's weights make
 * the total (0–100).
 */
export type MatchCriterion =
  /** Closeness in age. */
  | 'AGE'
  /** Week slots (day × part of day) both are free. */
  | 'AVAILABILITY'
  /** Distance between their postcodes in km. */
  | 'DISTANCE'
  /** Family situation (e.g. a family with children and a buddy who likes family outings). */
  | 'FAMILY'
  /** Interests both have. */
  | 'INTERESTS'
  /** A common language at a usable level (language buddies: the buddy speaks the language the newcomer practises). */
  | 'LANGUAGE'
  /** The newcomer's needs that the buddy offers help with (housing search, work, paperwork, ...). */
  | 'NEEDS'
  /** How long the newcomer has waited: those waiting longest come first. */
  | 'WAITING_TIME';

export type MatchEdge = {
  __typename?: 'MatchEdge';
  cursor: Scalars['String']['output'];
  node: Match;
};

export type MatchEndReason =
  /** The goals were reached (outcome COMPLETED). */
  | 'GOALS_REACHED'
  /** They did not get along: the newcomer goes back to the waiting list and the pair is excluded. */
  | 'MISMATCH'
  | 'MOVED'
  | 'NO_CONTACT'
  | 'OTHER'
  | 'PERSONAL_CIRCUMSTANCES'
  /** The trajectory's hours are done (outcome COMPLETED). */
  | 'TRAJECTORY_DONE';

export type MatchFilter = {
  programmeId: Scalars['ID']['input'];
  status?: InputMaybe<Array<MatchStatus>>;
};

/** What a buddy or newcomer sees when opening their proposal link (no sign-in). */
export type MatchInvitation = {
  __typename?: 'MatchInvitation';
  /** This person's answer so far. */
  answer: MatchAnswer;
  criteria: Array<CriterionScore>;
  expiresAt: Scalars['DateTime']['output'];
  /** The reasons, in `language` (default: the person's preferred language). */
  explanation: Scalars['String']['output'];
  /** The person the link is for. */
  firstName: Scalars['String']['output'];
  /** The proposed buddy's or newcomer's first name only. */
  otherFirstName: Scalars['String']['output'];
  preferredLanguage?: Maybe<Language>;
  programmeName: Scalars['String']['output'];
  /** Whose link this is. */
  side: PersonRole;
  status: MatchStatus;
  tenantName: Scalars['String']['output'];
};


/** What a buddy or newcomer sees when opening their proposal link (no sign-in). */
export type MatchInvitationCriteriaArgs = {
  language?: InputMaybe<Language>;
};


/** What a buddy or newcomer sees when opening their proposal link (no sign-in). */
export type MatchInvitationExplanationArgs = {
  language?: InputMaybe<Language>;
};

export type MatchOutcome =
  | 'COMPLETED'
  | 'ENDED';

export type MatchPayload = {
  __typename?: 'MatchPayload';
  match?: Maybe<Match>;
  userErrors: Array<UserError>;
};

/** A pair in a run's proposal. */
export type MatchProposal = {
  __typename?: 'MatchProposal';
  buddy: Person;
  criteria: Array<CriterionScore>;
  explanation: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The coordinator locked this pair: every run keeps it. */
  locked: Scalars['Boolean']['output'];
  match?: Maybe<Match>;
  newcomer: Person;
  /** 0–100. */
  score: Scalars['Float']['output'];
  status: MatchProposalStatus;
};

export type MatchProposalConnection = {
  __typename?: 'MatchProposalConnection';
  edges: Array<MatchProposalEdge>;
  pageInfo: PageInfo;
};

export type MatchProposalEdge = {
  __typename?: 'MatchProposalEdge';
  cursor: Scalars['String']['output'];
  node: MatchProposal;
};

export type MatchProposalStatus =
  /** Approved: it is a match now (see `match`). */
  | 'APPROVED'
  /** Waiting for the coordinator. */
  | 'PROPOSED'
  /** Could not be approved (someone's situation changed); run again. */
  | 'STALE';

export type MatchSideInput = {
  matchId: Scalars['ID']['input'];
  /** Also e-mail the link to the person, in their language (they need an e-mail address). */
  sendByEmail?: InputMaybe<Scalars['Boolean']['input']>;
  side: PersonRole;
};

/**
 * APPROVED (by a coordinator; waiting for both answers) → ACCEPTED (by the buddy and the newcomer) →
 * ACTIVE (first meeting) ↔ PAUSED → COMPLETED or ENDED. DECLINED when either declines. A buddy's open
 * matches (APPROVED to PAUSED) never exceed their capacity.
 */
export type MatchStatus =
  | 'ACCEPTED'
  | 'ACTIVE'
  | 'APPROVED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'ENDED'
  | 'PAUSED';

export type MatchStatusChange = {
  __typename?: 'MatchStatusChange';
  at: Scalars['DateTime']['output'];
  /** User id of the coordinator; null when the buddy or newcomer answered through their link. */
  by?: Maybe<Scalars['ID']['output']>;
  from?: Maybe<MatchStatus>;
  reason?: Maybe<Scalars['String']['output']>;
  to: MatchStatus;
};

/** A possible buddy for a newcomer (or newcomer for a buddy), with the reasons. */
export type MatchSuggestion = {
  __typename?: 'MatchSuggestion';
  buddy: Person;
  criteria: Array<CriterionScore>;
  /** The reasons in one line, in the requested language: "3 shared interests: cooking, football, hiking · both speak French · 2.4 km apart · both free on Tuesday evening". */
  explanation: Scalars['String']['output'];
  newcomer: Person;
  /** 0–100. */
  score: Scalars['Float']['output'];
};

/** How a programme scores and constrains pairs. Data, so it can later be shared as a template. */
export type MatchingPreset = {
  __typename?: 'MatchingPreset';
  /** True while the programme uses Tandem's default preset (never changed). */
  isDefault: Scalars['Boolean']['output'];
  /** Pairs farther apart are ruled out; null for no limit. */
  maxDistanceKm?: Maybe<Scalars['Int']['output']>;
  /** The level from which a language counts as usable for both. */
  minimumLanguageLevel: CefrLevel;
  /** Pairs without a common language at minimumLanguageLevel are ruled out. */
  requireCommonLanguage: Scalars['Boolean']['output'];
  /** Buddies need at least one completed, unexpired training. */
  requireTraining: Scalars['Boolean']['output'];
  /** Buddies need a screening interview and a valid certificate of good conduct. */
  requireVetting: Scalars['Boolean']['output'];
  /** Honour the newcomer's preference for a buddy's gender. */
  respectGenderPreference: Scalars['Boolean']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  version: Scalars['Int']['output'];
  weights: Array<CriterionWeight>;
};

/**
 * One optimal proposal for a programme's whole waiting list: the assignment that maximises the total
 * score under every hard constraint and capacity (not greedy). Locked pairs are always in it, excluded
 * pairs never.
 */
export type MatchingRun = Node & {
  __typename?: 'MatchingRun';
  /** Pairs no hard constraint rules out. */
  allowedPairCount: Scalars['Int']['output'];
  buddyCount: Scalars['Int']['output'];
  failureReason?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  newcomerCount: Scalars['Int']['output'];
  phase: MatchingRunPhase;
  programme: Programme;
  /** 0–1; poll the run while it is RUNNING. */
  progress: Scalars['Float']['output'];
  proposalCount: Scalars['Int']['output'];
  /** Explanations in `language` (default: the viewer's preferred language, else English); best first. */
  proposals: MatchProposalConnection;
  startedAt: Scalars['DateTime']['output'];
  status: MatchingRunStatus;
  /** Sum of the proposals' scores. */
  totalScore: Scalars['Float']['output'];
  /** Waiting newcomers the proposal leaves without a buddy. */
  unmatchedNewcomerCount: Scalars['Int']['output'];
};


/**
 * One optimal proposal for a programme's whole waiting list: the assignment that maximises the total
 * score under every hard constraint and capacity (not greedy). Locked pairs are always in it, excluded
 * pairs never.
 */
export type MatchingRunProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Language>;
};

export type MatchingRunConnection = {
  __typename?: 'MatchingRunConnection';
  edges: Array<MatchingRunEdge>;
  pageInfo: PageInfo;
};

export type MatchingRunEdge = {
  __typename?: 'MatchingRunEdge';
  cursor: Scalars['String']['output'];
  node: MatchingRun;
};

export type MatchingRunPhase =
  | 'DONE'
  /** Reading the waiting newcomers and available buddies. */
  | 'LOADING'
  /** Storing the proposals. */
  | 'SAVING'
  /** Scoring every allowed pair. */
  | 'SCORING'
  /** Finding the assignment with the highest total score. */
  | 'SOLVING';

export type MatchingRunStatus =
  | 'DONE'
  | 'FAILED'
  | 'RUNNING';

/** A user's role in one tenant. */
export type Membership = Node & {
  __typename?: 'Membership';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
  status: MembershipStatus;
  tenant: Tenant;
  userId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  edges: Array<MembershipEdge>;
  pageInfo: PageInfo;
};

export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  cursor: Scalars['String']['output'];
  node: Membership;
};

export type MembershipStatus =
  | 'ACTIVE'
  /** Invited; has not signed in yet. */
  | 'INVITED';

export type Mutation = {
  __typename?: 'Mutation';
  addNote: AddNotePayload;
  /** Public: a buddy or newcomer accepts or declines through their personal link. */
  answerMatchInvitation: AnswerMatchInvitationPayload;
  /** Public: a volunteer applies through a programme's sign-up page. */
  applyAsBuddy: ApplyAsBuddyPayload;
  /** Coordinators: approve one pair (e.g. from the suggestions). CONFLICT when the buddy has no room left or the newcomer was matched meanwhile. */
  approveMatch: ApproveMatchPayload;
  /** Coordinators: approve some or all of a run's proposals; each becomes a match (APPROVED). */
  approveMatchProposals: ApproveMatchProposalsPayload;
  /** Platform operators: approve; creates the tenant and invites the contact as tenant admin. */
  approveOnboardingRequest: ApproveOnboardingRequestPayload;
  changeMemberRole: ChangeMemberRolePayload;
  changePersonStatus: ChangePersonStatusPayload;
  /**
   * Writes the next slice of up to 500 rows (or undoes one while ROLLING_BACK) and returns the job; call it
   * until the status is DONE or FAILED. While another call works on the job it is returned unchanged.
   */
  continuePeopleImport: ContinuePeopleImportPayload;
  /** Coordinators: a personal intake link (valid 14 days) for a newcomer who has not done the intake yet. */
  createIntakeLink: CreateIntakeLinkPayload;
  /** Coordinators: a personal link for the buddy or the newcomer to answer in the app (valid 14 days). */
  createMatchAnswerLink: CreateMatchAnswerLinkPayload;
  /** Coordinators and tenant admins: create a programme (starts as DRAFT). */
  createProgramme: CreateProgrammePayload;
  /** Coordinators and tenant admins: check a CSV file of newcomers or buddies; writes nothing. */
  dryRunPeopleImport: DryRunPeopleImportPayload;
  /** Coordinators: complete or end a match; after a MISMATCH the newcomer waits again (keeping their place) and the pair is excluded. */
  endMatch: MatchPayload;
  /** Coordinators: a person takes part in one more programme (a person can be in several). */
  enrolPerson: EnrolPersonPayload;
  /** Tenant admins: anonymise a person (GDPR erasure), with an audit entry. */
  erasePerson: ErasePersonPayload;
  /** Tenant admins: everything about a person as JSON (GDPR access / portability). */
  exportPerson: ExportPersonPayload;
  /** Tenant admins: invite a person by e-mail with a role. Sends an invitation with a temporary password. */
  inviteMember: InviteMemberPayload;
  pauseMatch: MatchPayload;
  recordConsent: RecordConsentPayload;
  /** Coordinators: record the buddy's or the newcomer's answer (given by phone, in person, ...). */
  recordMatchAnswer: MatchPayload;
  /** Buddies: record the screening interview, the certificate of good conduct and trainings. */
  recordVetting: RecordVettingPayload;
  /** Coordinators: register a newcomer or buddy (assisted intake). */
  registerPerson: RegisterPersonPayload;
  /** Platform operators: reject with a reason (the contact is told by e-mail). */
  rejectOnboardingRequest: RejectOnboardingRequestPayload;
  removeMember: RemoveMemberPayload;
  /** Anyone (no sign-in needed): a municipality asks for a Tandem account. */
  requestTenantAccount: RequestTenantAccountPayload;
  /** Tenant admins: send a new invitation (a fresh temporary password) to a member who has not signed in yet. */
  resendInvitation: ResendInvitationPayload;
  resumeMatch: MatchPayload;
  /** Coordinators: lock or exclude a pair for the next runs and suggestions (kind null removes it). */
  setPairPin: SetPairPinPayload;
  /** Coordinators: the first meeting took place (ACCEPTED → ACTIVE). */
  startMatch: MatchPayload;
  /** Coordinators: propose matches for the programme's whole waiting list (runs in the background). */
  startMatchingRun: StartMatchingRunPayload;
  /** Coordinators and tenant admins: validate a CSV file and, when it has no errors, store it as an import job (READY). */
  startPeopleImport: StartPeopleImportPayload;
  /** Public: the newcomer submits their intake through their link; the link then stops working. */
  submitIntake: SubmitIntakePayload;
  /** Coordinators: change the programme's matching preset. */
  updateMatchingPreset: UpdateMatchingPresetPayload;
  /** Sets the signed-in user's preferred language (used for e-mails and the web app). */
  updateMyProfile: UpdateMyProfilePayload;
  updatePerson: UpdatePersonPayload;
  /** Coordinators and tenant admins: change a programme; status DRAFT → ACTIVE → CLOSED (ACTIVE ↔ CLOSED allowed). */
  updateProgramme: UpdateProgrammePayload;
  updateTenantSettings: UpdateTenantSettingsPayload;
};


export type MutationAddNoteArgs = {
  input: AddNoteInput;
};


export type MutationAnswerMatchInvitationArgs = {
  input: AnswerMatchInvitationInput;
};


export type MutationApplyAsBuddyArgs = {
  input: ApplyAsBuddyInput;
};


export type MutationApproveMatchArgs = {
  input: ApproveMatchInput;
};


export type MutationApproveMatchProposalsArgs = {
  input: ApproveMatchProposalsInput;
};


export type MutationApproveOnboardingRequestArgs = {
  input: ApproveOnboardingRequestInput;
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationChangePersonStatusArgs = {
  input: ChangePersonStatusInput;
};


export type MutationContinuePeopleImportArgs = {
  input: ContinuePeopleImportInput;
};


export type MutationCreateIntakeLinkArgs = {
  input: PersonIdInput;
};


export type MutationCreateMatchAnswerLinkArgs = {
  input: MatchSideInput;
};


export type MutationCreateProgrammeArgs = {
  input: CreateProgrammeInput;
};


export type MutationDryRunPeopleImportArgs = {
  input: PeopleImportInput;
};


export type MutationEndMatchArgs = {
  input: EndMatchInput;
};


export type MutationEnrolPersonArgs = {
  input: EnrolPersonInput;
};


export type MutationErasePersonArgs = {
  input: PersonIdInput;
};


export type MutationExportPersonArgs = {
  input: PersonIdInput;
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationPauseMatchArgs = {
  input: PauseMatchInput;
};


export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};


export type MutationRecordMatchAnswerArgs = {
  input: RecordMatchAnswerInput;
};


export type MutationRecordVettingArgs = {
  input: RecordVettingInput;
};


export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};


export type MutationRejectOnboardingRequestArgs = {
  input: RejectOnboardingRequestInput;
};


export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};


export type MutationRequestTenantAccountArgs = {
  input: RequestTenantAccountInput;
};


export type MutationResendInvitationArgs = {
  input: ResendInvitationInput;
};


export type MutationResumeMatchArgs = {
  input: ResumeMatchInput;
};


export type MutationSetPairPinArgs = {
  input: SetPairPinInput;
};


export type MutationStartMatchArgs = {
  input: StartMatchInput;
};


export type MutationStartMatchingRunArgs = {
  input: StartMatchingRunInput;
};


export type MutationStartPeopleImportArgs = {
  input: PeopleImportInput;
};


export type MutationSubmitIntakeArgs = {
  input: SubmitIntakeInput;
};


export type MutationUpdateMatchingPresetArgs = {
  input: UpdateMatchingPresetInput;
};


export type MutationUpdateMyProfileArgs = {
  input: UpdateMyProfileInput;
};


export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};


export type MutationUpdateProgrammeArgs = {
  input: UpdateProgrammeInput;
};


export type MutationUpdateTenantSettingsArgs = {
  input: UpdateTenantSettingsInput;
};

/** An object with a globally unique, opaque id (Relay Global Object Identification). */
export type Node = {
  id: Scalars['ID']['output'];
};

export type Note = {
  __typename?: 'Note';
  at: Scalars['DateTime']['output'];
  by: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type NoteConnection = {
  __typename?: 'NoteConnection';
  edges: Array<NoteEdge>;
  pageInfo: PageInfo;
};

export type NoteEdge = {
  __typename?: 'NoteEdge';
  cursor: Scalars['String']['output'];
  node: Note;
};

/** A municipality's request for a Tenant account, decided by the platform operator. */
export type OnboardingRequest = Node & {
  __typename?: 'OnboardingRequest';
  contactEmail: Scalars['String']['output'];
  contactName: Scalars['String']['output'];
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: TenantKind;
  languages: Array<Language>;
  organisationName: Scalars['String']['output'];
  /** Reason given when rejected. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  status: OnboardingRequestStatus;
  /** The tenant created on approval. */
  tenant?: Maybe<Tenant>;
  version: Scalars['Int']['output'];
};

export type OnboardingRequestConnection = {
  __typename?: 'OnboardingRequestConnection';
  edges: Array<OnboardingRequestEdge>;
  pageInfo: PageInfo;
};

export type OnboardingRequestEdge = {
  __typename?: 'OnboardingRequestEdge';
  cursor: Scalars['String']['output'];
  node: OnboardingRequest;
};

export type OnboardingRequestStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A coordinator's decision on a pair, or an exclusion after a decline or a mismatch. */
export type PairPin = {
  __typename?: 'PairPin';
  at: Scalars['DateTime']['output'];
  buddy: Person;
  kind: PairPinKind;
  newcomer: Person;
  /** Why (e.g. "Declined by the buddy: no time"). */
  reason?: Maybe<Scalars['String']['output']>;
};

export type PairPinConnection = {
  __typename?: 'PairPinConnection';
  edges: Array<PairPinEdge>;
  pageInfo: PageInfo;
};

export type PairPinEdge = {
  __typename?: 'PairPinEdge';
  cursor: Scalars['String']['output'];
  node: PairPin;
};

export type PairPinKind =
  /** No proposal or suggestion pairs them. */
  | 'EXCLUDED'
  /** Every proposal keeps this pair (while both are still free). */
  | 'LOCKED';

export type PauseMatchInput = {
  matchId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type PeopleImportColumnInput = {
  /** A column name as in the file's header row. */
  column: Scalars['String']['input'];
  field: PeopleImportField;
};

/** The consent the coordinator confirms was obtained from every person in the file (recorded with method PAPER). */
export type PeopleImportConsentInput = {
  purpose: Scalars['String']['input'];
  textVersion: Scalars['String']['input'];
};

/** What a column of an import file fills in. */
export type PeopleImportField =
  /** A four-digit year, e.g. 1990. */
  | 'BIRTH_YEAR'
  /** Buddies only: how many newcomers at once (1 to 10). */
  | 'CAPACITY'
  /** Matches an existing person of the same role on a re-import. */
  | 'EMAIL'
  /** Your own id for the person; matches an existing person on a re-import (before the e-mail address). */
  | 'EXTERNAL_ID'
  | 'FIRST_NAME'
  /** FEMALE, MALE, NON_BINARY or UNDISCLOSED (also F, M, V, X). */
  | 'GENDER'
  /** Separated by ; or , e.g. "cooking; hiking". */
  | 'INTERESTS'
  /** ISO 639 code and level per language, separated by ; or , e.g. "ar:NATIVE; nl:A2". */
  | 'LANGUAGES'
  | 'LAST_NAME'
  | 'PHONE'
  | 'POSTCODE'
  /** One of the Language values, e.g. NL. */
  | 'PREFERRED_LANGUAGE';

export type PeopleImportInput = {
  consent: PeopleImportConsentInput;
  /**
   * The CSV file, base64-encoded (a data: URL prefix is allowed). UTF-8, comma or semicolon separated
   * (detected), with a header row; at most 5 MB and 10,000 rows. Requests are limited to 6 MB, so in
   * practice about 4.4 MB of CSV fits in one request.
   */
  csvBase64: Scalars['String']['input'];
  /** Which column fills in what. FIRST_NAME, LAST_NAME and EMAIL or EXTERNAL_ID are required. */
  mapping: Array<PeopleImportColumnInput>;
  programmeId: Scalars['ID']['input'];
  role: PersonRole;
};

/** An import of a CSV file into one programme; everything of the file or nothing. */
export type PeopleImportJob = {
  __typename?: 'PeopleImportJob';
  /** People created and updated so far. */
  created: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  failedRow?: Maybe<Scalars['Int']['output']>;
  /** Why the import is rolled back (ROLLING_BACK, FAILED). */
  failureReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Rows that are in: rises to totalRows while RUNNING, falls back to 0 while ROLLING_BACK. For a progress bar. */
  processed: Scalars['Int']['output'];
  programme?: Maybe<Programme>;
  role: PersonRole;
  status: PeopleImportStatus;
  toCreate: Scalars['Int']['output'];
  toUpdate: Scalars['Int']['output'];
  /** Data rows in the file. */
  totalRows: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** What an import of the file would do (a dry run writes nothing). */
export type PeopleImportReport = {
  __typename?: 'PeopleImportReport';
  /** The delimiter found in the file: , or ; */
  delimiter: Scalars['String']['output'];
  errorCount: Scalars['Int']['output'];
  /** In row order; the first 1,000 when errorCount is higher. */
  errors: Array<PeopleImportRowError>;
  /** Rows that would create a new person. */
  toCreate: Scalars['Int']['output'];
  /** Rows that would update an existing person (matched by external id or e-mail address). */
  toUpdate: Scalars['Int']['output'];
  /** Data rows in the file (blank rows are skipped). */
  totalRows: Scalars['Int']['output'];
  /** Rows that match an existing person with nothing to change. An empty cell never clears stored data. */
  unchanged: Scalars['Int']['output'];
};

/** A problem in one cell of the file. */
export type PeopleImportRowError = {
  __typename?: 'PeopleImportRowError';
  code: UserErrorCode;
  /** The column name in the file; null when the problem is with the row as a whole. */
  column?: Maybe<Scalars['String']['output']>;
  field?: Maybe<PeopleImportField>;
  message: Scalars['String']['output'];
  /** The row as a spreadsheet numbers it: the header is row 1, the first data row is row 2. */
  row: Scalars['Int']['output'];
};

/**
 * INVALID: the file has errors, nothing was stored (start only, never a stored job).
 * READY → RUNNING → DONE: call continuePeopleImport until DONE.
 * ROLLING_BACK → FAILED: a write failed midway (e.g. someone changed a person meanwhile); the following
 * continuePeopleImport calls undo what the import wrote, until FAILED (then nothing of the file is in).
 */
export type PeopleImportStatus =
  | 'DONE'
  | 'FAILED'
  | 'INVALID'
  | 'READY'
  | 'ROLLING_BACK'
  | 'RUNNING';

/** A newcomer or a buddy. */
export type Person = Node & {
  __typename?: 'Person';
  allowedNextStatuses: Array<PersonStatus>;
  answers: Array<FormAnswer>;
  availability: Array<AvailabilitySlot>;
  birthYear?: Maybe<Scalars['Int']['output']>;
  /** Buddies: how many newcomers at once. */
  capacity?: Maybe<Scalars['Int']['output']>;
  consents: Array<Consent>;
  createdAt: Scalars['DateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  /** Set when the person was erased (anonymised); names then read "Erased person". */
  erasedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Your own id for this person (e.g. from a spreadsheet); unique per tenant. */
  externalId?: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  gender?: Maybe<Gender>;
  history: Array<StatusChange>;
  id: Scalars['ID']['output'];
  interests: Array<Scalars['String']['output']>;
  languages: Array<LanguageSkill>;
  lastName: Scalars['String']['output'];
  /** This person's matches, newest first. */
  matches: MatchConnection;
  notes: NoteConnection;
  /** Buddies: open matches now (APPROVED to PAUSED), never above capacity. */
  openMatchCount?: Maybe<Scalars['Int']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  postcode?: Maybe<Scalars['String']['output']>;
  preferredLanguage?: Maybe<Language>;
  programmes: Array<Programme>;
  role: PersonRole;
  sensitive?: Maybe<SensitiveData>;
  status: PersonStatus;
  trainings: Array<TrainingRecord>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  vetting?: Maybe<Vetting>;
  /** Newcomers: since when they wait for a match. */
  waitingSince?: Maybe<Scalars['DateTime']['output']>;
};


/** A newcomer or a buddy. */
export type PersonMatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A newcomer or a buddy. */
export type PersonNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonFilter = {
  interest?: InputMaybe<Scalars['String']['input']>;
  /** ISO 639 code the person speaks. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Postcode prefix, e.g. 28 for the Mechelen area. */
  postcodePrefix?: InputMaybe<Scalars['String']['input']>;
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  role: PersonRole;
  /** Free text on name and e-mail. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<PersonStatus>>;
  waitingSinceBefore?: InputMaybe<Scalars['DateTime']['input']>;
};

export type PersonIdInput = {
  personId: Scalars['ID']['input'];
};

export type PersonProfileInput = {
  answers?: InputMaybe<Array<FormAnswerInput>>;
  availability?: InputMaybe<Array<AvailabilitySlotInput>>;
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  gender?: InputMaybe<Gender>;
  interests?: InputMaybe<Array<Scalars['String']['input']>>;
  languages?: InputMaybe<Array<LanguageSkillInput>>;
  lastName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  postcode?: InputMaybe<Scalars['String']['input']>;
  preferredLanguage?: InputMaybe<Language>;
  sensitive?: InputMaybe<SensitiveDataInput>;
};

export type PersonRole =
  | 'BUDDY'
  | 'NEWCOMER';

export type PersonSort =
  | 'CREATED_AT'
  | 'LAST_NAME'
  /** Longest waiting first (newcomers), then oldest registration. */
  | 'WAITING_SINCE';

/**
 * Lifecycle. Newcomer: REGISTERED → INTAKE_DONE → WAITING → MATCHED → COMPLETED, WITHDRAWN from any
 * open state. Buddy: APPLIED → SCREENED → TRAINED → AVAILABLE → MATCHED, PAUSED ↔ AVAILABLE,
 * STOPPED from any state. `allowedNextStatuses` on a person lists what is allowed now.
 */
export type PersonStatus =
  | 'APPLIED'
  | 'AVAILABLE'
  | 'COMPLETED'
  | 'INTAKE_DONE'
  | 'MATCHED'
  | 'PAUSED'
  | 'REGISTERED'
  | 'SCREENED'
  | 'STOPPED'
  | 'TRAINED'
  | 'WAITING'
  | 'WITHDRAWN';

/** A buddy programme run by the tenant. */
export type Programme = Node & {
  __typename?: 'Programme';
  /** Intake form for buddies (also used by the public sign-up page). */
  buddyForm: IntakeForm;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** Hours a participant should reach (40 by default for a participation trajectory); null when not applicable. */
  hourTarget?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: ProgrammeKind;
  languages: Array<Language>;
  matchingPreset: MatchingPreset;
  name: Scalars['String']['output'];
  /** Intake form for newcomers. */
  newcomerForm: IntakeForm;
  /** Volunteers can apply without an account while the programme is ACTIVE and this is on. */
  publicSignupOpen: Scalars['Boolean']['output'];
  /** Path of the public sign-up page in the web app (append to the web app's URL). */
  publicSignupPath: Scalars['String']['output'];
  /** Sensitive categories this programme collects (visible to coordinators only). */
  sensitiveCategories: Array<SensitiveCategory>;
  status: ProgrammeStatus;
  version: Scalars['Int']['output'];
};

export type ProgrammeConnection = {
  __typename?: 'ProgrammeConnection';
  edges: Array<ProgrammeEdge>;
  pageInfo: PageInfo;
};

export type ProgrammeEdge = {
  __typename?: 'ProgrammeEdge';
  cursor: Scalars['String']['output'];
  node: Programme;
};

export type ProgrammeKind =
  | 'JOB_BUDDY'
  | 'LANGUAGE_BUDDY'
  /** Flanders' participation and network trajectory (40 hours, the 4th pillar of the integration course). */
  | 'PARTICIPATION_TRAJECTORY'
  /** Social buddy programme: a newcomer and a local volunteer meet regularly. */
  | 'SOCIAL_BUDDY'
  | 'YOUTH';

export type ProgrammeStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'DRAFT';

/** The public sign-up page of a programme (no sign-in). */
export type PublicSignupPage = {
  __typename?: 'PublicSignupPage';
  form: IntakeForm;
  languages: Array<Language>;
  programmeDescription: Scalars['String']['output'];
  programmeName: Scalars['String']['output'];
  tenantName: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The tenant's intake forms (Tandem's defaults are always there). */
  intakeForms: Array<IntakeForm>;
  /** Public: the intake behind a personal link; null when the link is unknown, used or expired. */
  intakeInvitation?: Maybe<IntakeInvitation>;
  /** The shared interest taxonomy (public). */
  interestTaxonomy: Array<Interest>;
  /** Public: the proposal behind a personal link; null when the link is unknown or expired. */
  matchInvitation?: Maybe<MatchInvitation>;
  /**
   * Coordinators: the best buddies for a newcomer, or the best newcomers for a buddy, in a programme of
   * the person (default: their first), that no hard constraint rules out; best first. Explanations are in
   * `language` (default: the viewer's preferred language, else English).
   */
  matchSuggestions: Array<MatchSuggestion>;
  /** A programme's matches, newest first. */
  matches: MatchConnection;
  /** A programme's runs, newest first. */
  matchingRuns: MatchingRunConnection;
  /** Fetches any object by its global id, within what the viewer may see. */
  node?: Maybe<Node>;
  /** Onboarding requests, oldest first; platform operators only. */
  onboardingRequests: OnboardingRequestConnection;
  /** A programme's locked and excluded pairs. */
  pairPins: PairPinConnection;
  /** People of the tenant (coordinators and tenant admins). */
  people: PersonConnection;
  /** Coordinators and tenant admins: an import job of the tenant, null if there is none with this id. */
  peopleImport?: Maybe<PeopleImportJob>;
  /** The tenant's programmes (coordinators and tenant admins). */
  programmes: ProgrammeConnection;
  /** Public: the sign-up page of an ACTIVE programme with public sign-up on; null otherwise. */
  publicSignupPage?: Maybe<PublicSignupPage>;
  /** The current tenant of the request (see X-Tenant-Id). */
  tenant?: Maybe<Tenant>;
  /** All tenants; platform operators only. */
  tenants: TenantConnection;
  /** The signed-in user; null when the request carries no token. */
  viewer?: Maybe<Viewer>;
};


export type QueryIntakeFormsArgs = {
  audience?: InputMaybe<FormAudience>;
};


export type QueryIntakeInvitationArgs = {
  tenantSlug: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type QueryMatchInvitationArgs = {
  tenantSlug: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type QueryMatchSuggestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Language>;
  personId: Scalars['ID']['input'];
  programmeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: MatchFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMatchingRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programmeId: Scalars['ID']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOnboardingRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OnboardingRequestStatus>;
};


export type QueryPairPinsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programmeId: Scalars['ID']['input'];
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: PersonFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<PersonSort>;
};


export type QueryPeopleImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ProgrammeStatus>;
};


export type QueryPublicSignupPageArgs = {
  programmeId: Scalars['ID']['input'];
  tenantSlug: Scalars['String']['input'];
};


export type QueryTenantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordConsentInput = {
  consent: ConsentInput;
  method: ConsentMethod;
  personId: Scalars['ID']['input'];
};

export type RecordConsentPayload = {
  __typename?: 'RecordConsentPayload';
  person?: Maybe<Person>;
  userErrors: Array<UserError>;
};

export type RecordMatchAnswerInput = {
  accept: Scalars['Boolean']['input'];
  matchId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<DeclineReason>;
  /** Whose answer the coordinator records (e.g. given by phone). */
  side: PersonRole;
  version: Scalars['Int']['input'];
};

export type RecordVettingInput = {
  goodConductCheckedAt?: InputMaybe<Scalars['DateTime']['input']>;
  goodConductValidUntil?: InputMaybe<Scalars['DateTime']['input']>;
  interviewedAt?: InputMaybe<Scalars['DateTime']['input']>;
  personId: Scalars['ID']['input'];
  /** A completed training to add. */
  training?: InputMaybe<TrainingInput>;
  version: Scalars['Int']['input'];
};

export type RecordVettingPayload = {
  __typename?: 'RecordVettingPayload';
  person?: Maybe<Person>;
  userErrors: Array<UserError>;
};

export type RegisterPersonInput = {
  /** Consents given during this intake (at least the processing consent). */
  consents: Array<ConsentInput>;
  /** True when the coordinator completed the intake with the person (assisted intake). */
  intakeDone?: InputMaybe<Scalars['Boolean']['input']>;
  profile: PersonProfileInput;
  programmeId: Scalars['ID']['input'];
  role: PersonRole;
};

export type RegisterPersonPayload = {
  __typename?: 'RegisterPersonPayload';
  person?: Maybe<Person>;
  userErrors: Array<UserError>;
};

export type RejectOnboardingRequestInput = {
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type RejectOnboardingRequestPayload = {
  __typename?: 'RejectOnboardingRequestPayload';
  request?: Maybe<OnboardingRequest>;
  userErrors: Array<UserError>;
};

export type RemoveMemberInput = {
  membershipId: Scalars['ID']['input'];
};

export type RemoveMemberPayload = {
  __typename?: 'RemoveMemberPayload';
  removedMembershipId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type RequestTenantAccountInput = {
  contactEmail: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  country: Scalars['String']['input'];
  kind: TenantKind;
  languages: Array<Language>;
  organisationName: Scalars['String']['input'];
};

export type RequestTenantAccountPayload = {
  __typename?: 'RequestTenantAccountPayload';
  /** Present when the request was recorded. Only its id and status are readable without a sign-in. */
  requestId?: Maybe<Scalars['ID']['output']>;
  status?: Maybe<OnboardingRequestStatus>;
  userErrors: Array<UserError>;
};

export type ResendInvitationInput = {
  membershipId: Scalars['ID']['input'];
};

export type ResendInvitationPayload = {
  __typename?: 'ResendInvitationPayload';
  membership?: Maybe<Membership>;
  userErrors: Array<UserError>;
};

export type ResumeMatchInput = {
  matchId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type Role =
  | 'BUDDY'
  | 'COORDINATOR'
  | 'NEWCOMER'
  | 'TENANT_ADMIN';

/** Categories of sensitive personal data a programme may collect; off unless the programme turns them on. */
export type SensitiveCategory =
  | 'HEALTH'
  | 'PSYCHOSOCIAL'
  | 'RELIGION';

/** Sensitive data; coordinators only, and only the categories a programme of the person turned on. */
export type SensitiveData = {
  __typename?: 'SensitiveData';
  health?: Maybe<Scalars['String']['output']>;
  psychosocial?: Maybe<Scalars['String']['output']>;
  religion?: Maybe<Scalars['String']['output']>;
};

export type SensitiveDataInput = {
  health?: InputMaybe<Scalars['String']['input']>;
  psychosocial?: InputMaybe<Scalars['String']['input']>;
  religion?: InputMaybe<Scalars['String']['input']>;
};

export type SetPairPinInput = {
  buddyId: Scalars['ID']['input'];
  /** null removes the pin. */
  kind?: InputMaybe<PairPinKind>;
  newcomerId: Scalars['ID']['input'];
  programmeId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type SetPairPinPayload = {
  __typename?: 'SetPairPinPayload';
  pin?: Maybe<PairPin>;
  userErrors: Array<UserError>;
};

export type StartMatchInput = {
  /** When they first met (not in the future). */
  firstMeetingAt: Scalars['DateTime']['input'];
  matchId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type StartMatchingRunInput = {
  programmeId: Scalars['ID']['input'];
};

export type StartMatchingRunPayload = {
  __typename?: 'StartMatchingRunPayload';
  /** RUNNING at first: poll it (node query) for progress and the proposals. */
  run?: Maybe<MatchingRun>;
  userErrors: Array<UserError>;
};

export type StartPeopleImportPayload = {
  __typename?: 'StartPeopleImportPayload';
  /** The stored job when READY. */
  job?: Maybe<PeopleImportJob>;
  report?: Maybe<PeopleImportReport>;
  /** INVALID (see report.errors; nothing stored) or READY; null with userErrors. */
  status?: Maybe<PeopleImportStatus>;
  userErrors: Array<UserError>;
};

export type StatusChange = {
  __typename?: 'StatusChange';
  at: Scalars['DateTime']['output'];
  /** User id of who changed it; null for the person themself (public sign-up). */
  by?: Maybe<Scalars['ID']['output']>;
  from?: Maybe<PersonStatus>;
  reason?: Maybe<Scalars['String']['output']>;
  to: PersonStatus;
};

export type SubmitIntakeInput = {
  consents: Array<ConsentInput>;
  profile: PersonProfileInput;
  tenantSlug: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type SubmitIntakePayload = {
  __typename?: 'SubmitIntakePayload';
  received: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

/** A municipality or organisation: one isolated tenant. */
export type Tenant = Node & {
  __typename?: 'Tenant';
  /** Audit trail of changes; tenant admins only. Newest first. */
  auditLog: AuditEntryConnection;
  /** ISO 3166-1 alpha-2 country code, e.g. BE, IT. */
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  defaultLanguage: Language;
  id: Scalars['ID']['output'];
  kind: TenantKind;
  languages: Array<Language>;
  /** Members; tenant admins only. */
  members: MembershipConnection;
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  status: TenantStatus;
  /** Optimistic-locking version: pass it back when updating settings. */
  version: Scalars['Int']['output'];
  /** The viewer's role in this tenant (null for the platform operator without membership). */
  viewerRole?: Maybe<Role>;
};


/** A municipality or organisation: one isolated tenant. */
export type TenantAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A municipality or organisation: one isolated tenant. */
export type TenantMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TenantConnection = {
  __typename?: 'TenantConnection';
  edges: Array<TenantEdge>;
  pageInfo: PageInfo;
};

export type TenantEdge = {
  __typename?: 'TenantEdge';
  cursor: Scalars['String']['output'];
  node: Tenant;
};

export type TenantKind =
  | 'INTERMUNICIPAL_PARTNERSHIP'
  | 'MUNICIPALITY'
  | 'NGO'
  | 'UMBRELLA_NETWORK';

export type TenantStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

export type TrainingInput = {
  completedAt: Scalars['DateTime']['input'];
  name: Scalars['String']['input'];
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

export type TrainingRecord = {
  __typename?: 'TrainingRecord';
  completedAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  validUntil?: Maybe<Scalars['DateTime']['output']>;
};

export type UpdateMatchingPresetInput = {
  /** 1–500; send null to remove the limit. */
  maxDistanceKm?: InputMaybe<Scalars['Int']['input']>;
  minimumLanguageLevel?: InputMaybe<CefrLevel>;
  programmeId: Scalars['ID']['input'];
  requireCommonLanguage?: InputMaybe<Scalars['Boolean']['input']>;
  requireTraining?: InputMaybe<Scalars['Boolean']['input']>;
  requireVetting?: InputMaybe<Scalars['Boolean']['input']>;
  respectGenderPreference?: InputMaybe<Scalars['Boolean']['input']>;
  /** The preset's current version (0 while it is the default). */
  version: Scalars['Int']['input'];
  /** Criteria left out keep their weight. */
  weights?: InputMaybe<Array<CriterionWeightInput>>;
};

export type UpdateMatchingPresetPayload = {
  __typename?: 'UpdateMatchingPresetPayload';
  preset?: Maybe<MatchingPreset>;
  userErrors: Array<UserError>;
};

export type UpdateMyProfileInput = {
  preferredLanguage: Language;
};

export type UpdateMyProfilePayload = {
  __typename?: 'UpdateMyProfilePayload';
  userErrors: Array<UserError>;
  viewer?: Maybe<Viewer>;
};

export type UpdatePersonInput = {
  personId: Scalars['ID']['input'];
  profile: PersonProfileInput;
  version: Scalars['Int']['input'];
};

export type UpdatePersonPayload = {
  __typename?: 'UpdatePersonPayload';
  person?: Maybe<Person>;
  userErrors: Array<UserError>;
};

export type UpdateProgrammeInput = {
  buddyFormId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  hourTarget?: InputMaybe<Scalars['Int']['input']>;
  languages?: InputMaybe<Array<Language>>;
  name?: InputMaybe<Scalars['String']['input']>;
  newcomerFormId?: InputMaybe<Scalars['ID']['input']>;
  programmeId: Scalars['ID']['input'];
  publicSignupOpen?: InputMaybe<Scalars['Boolean']['input']>;
  sensitiveCategories?: InputMaybe<Array<SensitiveCategory>>;
  status?: InputMaybe<ProgrammeStatus>;
  version: Scalars['Int']['input'];
};

export type UpdateProgrammePayload = {
  __typename?: 'UpdateProgrammePayload';
  programme?: Maybe<Programme>;
  userErrors: Array<UserError>;
};

export type UpdateTenantSettingsInput = {
  defaultLanguage?: InputMaybe<Language>;
  languages?: InputMaybe<Array<Language>>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale version gives CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateTenantSettingsPayload = {
  __typename?: 'UpdateTenantSettingsPayload';
  tenant?: Maybe<Tenant>;
  userErrors: Array<UserError>;
};

/** A problem with one input field (`field` is the path into the input, e.g. ["input", "email"]). */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  field: Array<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type UserErrorCode =
  | 'ALREADY_EXISTS'
  /** Someone else changed it first (e.g. the buddy's capacity was reached meanwhile). */
  | 'CONFLICT'
  | 'INVALID'
  | 'LAST_ADMIN'
  | 'NOT_ALLOWED'
  | 'REQUIRED'
  | 'STALE'
  | 'TOO_LONG'
  | 'TOO_SHORT';

export type Vetting = {
  __typename?: 'Vetting';
  goodConductCheckedAt?: Maybe<Scalars['DateTime']['output']>;
  goodConductValidUntil?: Maybe<Scalars['DateTime']['output']>;
  interviewedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** The signed-in user. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The tenant this request runs in (from X-Tenant-Id or the only membership). */
  currentTenant?: Maybe<Tenant>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isPlatformOperator: Scalars['Boolean']['output'];
  memberships: Array<Membership>;
  preferredLanguage?: Maybe<Language>;
};

export type Weekday =
  | 'FRI'
  | 'MON'
  | 'SAT'
  | 'SUN'
  | 'THU'
  | 'TUE'
  | 'WED';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( AuditEntryModel )
    | ( IntakeFormModel )
    | ( MatchModel )
    | ( MatchingRunModel )
    | ( MembershipModel )
    | ( OnboardingRequestModel )
    | ( PersonViewModel )
    | ( ProgrammeModel )
    | ( TenantModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddNoteInput: AddNoteInput;
  AddNotePayload: ResolverTypeWrapper<Omit<AddNotePayload, 'note'> & { note?: Maybe<ResolversTypes['Note']> }>;
  AnswerMatchInvitationInput: AnswerMatchInvitationInput;
  AnswerMatchInvitationPayload: ResolverTypeWrapper<Omit<AnswerMatchInvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversTypes['MatchInvitation']> }>;
  ApplyAsBuddyInput: ApplyAsBuddyInput;
  ApplyAsBuddyPayload: ResolverTypeWrapper<ApplyAsBuddyPayload>;
  ApproveMatchInput: ApproveMatchInput;
  ApproveMatchPayload: ResolverTypeWrapper<Omit<ApproveMatchPayload, 'match'> & { match?: Maybe<ResolversTypes['Match']> }>;
  ApproveMatchProposalsInput: ApproveMatchProposalsInput;
  ApproveMatchProposalsPayload: ResolverTypeWrapper<Omit<ApproveMatchProposalsPayload, 'matches'> & { matches: Array<ResolversTypes['Match']> }>;
  ApproveOnboardingRequestInput: ApproveOnboardingRequestInput;
  ApproveOnboardingRequestPayload: ResolverTypeWrapper<Omit<ApproveOnboardingRequestPayload, 'request' | 'tenant'> & { request?: Maybe<ResolversTypes['OnboardingRequest']>, tenant?: Maybe<ResolversTypes['Tenant']> }>;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AvailabilitySlot: ResolverTypeWrapper<AvailabilitySlot>;
  AvailabilitySlotInput: AvailabilitySlotInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CefrLevel: CefrLevel;
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ChangeMemberRolePayload: ResolverTypeWrapper<Omit<ChangeMemberRolePayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  ChangePersonStatusInput: ChangePersonStatusInput;
  ChangePersonStatusPayload: ResolverTypeWrapper<Omit<ChangePersonStatusPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  Consent: ResolverTypeWrapper<Consent>;
  ConsentInput: ConsentInput;
  ConsentMethod: ConsentMethod;
  ContinuePeopleImportInput: ContinuePeopleImportInput;
  ContinuePeopleImportPayload: ResolverTypeWrapper<Omit<ContinuePeopleImportPayload, 'job'> & { job?: Maybe<ResolversTypes['PeopleImportJob']> }>;
  CreateIntakeLinkPayload: ResolverTypeWrapper<CreateIntakeLinkPayload>;
  CreateMatchAnswerLinkPayload: ResolverTypeWrapper<CreateMatchAnswerLinkPayload>;
  CreateProgrammeInput: CreateProgrammeInput;
  CreateProgrammePayload: ResolverTypeWrapper<Omit<CreateProgrammePayload, 'programme'> & { programme?: Maybe<ResolversTypes['Programme']> }>;
  CriterionScore: ResolverTypeWrapper<CriterionResultModel>;
  CriterionWeight: ResolverTypeWrapper<CriterionWeight>;
  CriterionWeightInput: CriterionWeightInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DayPart: DayPart;
  DeclineReason: DeclineReason;
  DryRunPeopleImportPayload: ResolverTypeWrapper<Omit<DryRunPeopleImportPayload, 'report'> & { report?: Maybe<ResolversTypes['PeopleImportReport']> }>;
  EndMatchInput: EndMatchInput;
  EnrolPersonInput: EnrolPersonInput;
  EnrolPersonPayload: ResolverTypeWrapper<Omit<EnrolPersonPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  ErasePersonPayload: ResolverTypeWrapper<Omit<ErasePersonPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  ExportPersonPayload: ResolverTypeWrapper<ExportPersonPayload>;
  FieldOption: ResolverTypeWrapper<FieldOptionModel>;
  FieldType: FieldType;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FormAnswer: ResolverTypeWrapper<FormAnswer>;
  FormAnswerInput: FormAnswerInput;
  FormAudience: FormAudience;
  FormField: ResolverTypeWrapper<FormFieldModel>;
  Gender: Gender;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntakeForm: ResolverTypeWrapper<IntakeFormModel>;
  IntakeInvitation: ResolverTypeWrapper<IntakeInvitationModel>;
  IntakeLink: ResolverTypeWrapper<IntakeLink>;
  Interest: ResolverTypeWrapper<InterestModel>;
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: ResolverTypeWrapper<Omit<InviteMemberPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  Language: Language;
  LanguageSkill: ResolverTypeWrapper<LanguageSkill>;
  LanguageSkillInput: LanguageSkillInput;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  Match: ResolverTypeWrapper<MatchModel>;
  MatchAnswer: MatchAnswer;
  MatchAnswerLink: ResolverTypeWrapper<MatchAnswerLink>;
  MatchConnection: ResolverTypeWrapper<Omit<MatchConnection, 'edges'> & { edges: Array<ResolversTypes['MatchEdge']> }>;
  MatchConstraint: MatchConstraint;
  MatchCriterion: MatchCriterion;
  MatchEdge: ResolverTypeWrapper<Omit<MatchEdge, 'node'> & { node: ResolversTypes['Match'] }>;
  MatchEndReason: MatchEndReason;
  MatchFilter: MatchFilter;
  MatchInvitation: ResolverTypeWrapper<MatchInvitationModel>;
  MatchOutcome: MatchOutcome;
  MatchPayload: ResolverTypeWrapper<Omit<MatchPayload, 'match'> & { match?: Maybe<ResolversTypes['Match']> }>;
  MatchProposal: ResolverTypeWrapper<MatchProposalModel>;
  MatchProposalConnection: ResolverTypeWrapper<Omit<MatchProposalConnection, 'edges'> & { edges: Array<ResolversTypes['MatchProposalEdge']> }>;
  MatchProposalEdge: ResolverTypeWrapper<Omit<MatchProposalEdge, 'node'> & { node: ResolversTypes['MatchProposal'] }>;
  MatchProposalStatus: MatchProposalStatus;
  MatchSideInput: MatchSideInput;
  MatchStatus: MatchStatus;
  MatchStatusChange: ResolverTypeWrapper<MatchStatusChange>;
  MatchSuggestion: ResolverTypeWrapper<SuggestionModel>;
  MatchingPreset: ResolverTypeWrapper<PresetViewModel>;
  MatchingRun: ResolverTypeWrapper<MatchingRunModel>;
  MatchingRunConnection: ResolverTypeWrapper<Omit<MatchingRunConnection, 'edges'> & { edges: Array<ResolversTypes['MatchingRunEdge']> }>;
  MatchingRunEdge: ResolverTypeWrapper<Omit<MatchingRunEdge, 'node'> & { node: ResolversTypes['MatchingRun'] }>;
  MatchingRunPhase: MatchingRunPhase;
  MatchingRunStatus: MatchingRunStatus;
  Membership: ResolverTypeWrapper<MembershipModel>;
  MembershipConnection: ResolverTypeWrapper<Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversTypes['MembershipEdge']> }>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  MembershipStatus: MembershipStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Note: ResolverTypeWrapper<NoteModel>;
  NoteConnection: ResolverTypeWrapper<Omit<NoteConnection, 'edges'> & { edges: Array<ResolversTypes['NoteEdge']> }>;
  NoteEdge: ResolverTypeWrapper<Omit<NoteEdge, 'node'> & { node: ResolversTypes['Note'] }>;
  OnboardingRequest: ResolverTypeWrapper<OnboardingRequestModel>;
  OnboardingRequestConnection: ResolverTypeWrapper<Omit<OnboardingRequestConnection, 'edges'> & { edges: Array<ResolversTypes['OnboardingRequestEdge']> }>;
  OnboardingRequestEdge: ResolverTypeWrapper<Omit<OnboardingRequestEdge, 'node'> & { node: ResolversTypes['OnboardingRequest'] }>;
  OnboardingRequestStatus: OnboardingRequestStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PairPin: ResolverTypeWrapper<PairPinModel>;
  PairPinConnection: ResolverTypeWrapper<Omit<PairPinConnection, 'edges'> & { edges: Array<ResolversTypes['PairPinEdge']> }>;
  PairPinEdge: ResolverTypeWrapper<Omit<PairPinEdge, 'node'> & { node: ResolversTypes['PairPin'] }>;
  PairPinKind: PairPinKind;
  PauseMatchInput: PauseMatchInput;
  PeopleImportColumnInput: PeopleImportColumnInput;
  PeopleImportConsentInput: PeopleImportConsentInput;
  PeopleImportField: PeopleImportField;
  PeopleImportInput: PeopleImportInput;
  PeopleImportJob: ResolverTypeWrapper<PeopleImportJobModel>;
  PeopleImportReport: ResolverTypeWrapper<ImportReportModel>;
  PeopleImportRowError: ResolverTypeWrapper<PeopleImportRowError>;
  PeopleImportStatus: PeopleImportStatus;
  Person: ResolverTypeWrapper<PersonViewModel>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  PersonIdInput: PersonIdInput;
  PersonProfileInput: PersonProfileInput;
  PersonRole: PersonRole;
  PersonSort: PersonSort;
  PersonStatus: PersonStatus;
  Programme: ResolverTypeWrapper<ProgrammeModel>;
  ProgrammeConnection: ResolverTypeWrapper<Omit<ProgrammeConnection, 'edges'> & { edges: Array<ResolversTypes['ProgrammeEdge']> }>;
  ProgrammeEdge: ResolverTypeWrapper<Omit<ProgrammeEdge, 'node'> & { node: ResolversTypes['Programme'] }>;
  ProgrammeKind: ProgrammeKind;
  ProgrammeStatus: ProgrammeStatus;
  PublicSignupPage: ResolverTypeWrapper<PublicSignupPageModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordConsentInput: RecordConsentInput;
  RecordConsentPayload: ResolverTypeWrapper<Omit<RecordConsentPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  RecordMatchAnswerInput: RecordMatchAnswerInput;
  RecordVettingInput: RecordVettingInput;
  RecordVettingPayload: ResolverTypeWrapper<Omit<RecordVettingPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  RegisterPersonInput: RegisterPersonInput;
  RegisterPersonPayload: ResolverTypeWrapper<Omit<RegisterPersonPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  RejectOnboardingRequestInput: RejectOnboardingRequestInput;
  RejectOnboardingRequestPayload: ResolverTypeWrapper<Omit<RejectOnboardingRequestPayload, 'request'> & { request?: Maybe<ResolversTypes['OnboardingRequest']> }>;
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberPayload: ResolverTypeWrapper<RemoveMemberPayload>;
  RequestTenantAccountInput: RequestTenantAccountInput;
  RequestTenantAccountPayload: ResolverTypeWrapper<RequestTenantAccountPayload>;
  ResendInvitationInput: ResendInvitationInput;
  ResendInvitationPayload: ResolverTypeWrapper<Omit<ResendInvitationPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  ResumeMatchInput: ResumeMatchInput;
  Role: Role;
  SensitiveCategory: SensitiveCategory;
  SensitiveData: ResolverTypeWrapper<SensitiveData>;
  SensitiveDataInput: SensitiveDataInput;
  SetPairPinInput: SetPairPinInput;
  SetPairPinPayload: ResolverTypeWrapper<Omit<SetPairPinPayload, 'pin'> & { pin?: Maybe<ResolversTypes['PairPin']> }>;
  StartMatchInput: StartMatchInput;
  StartMatchingRunInput: StartMatchingRunInput;
  StartMatchingRunPayload: ResolverTypeWrapper<Omit<StartMatchingRunPayload, 'run'> & { run?: Maybe<ResolversTypes['MatchingRun']> }>;
  StartPeopleImportPayload: ResolverTypeWrapper<Omit<StartPeopleImportPayload, 'job' | 'report'> & { job?: Maybe<ResolversTypes['PeopleImportJob']>, report?: Maybe<ResolversTypes['PeopleImportReport']> }>;
  StatusChange: ResolverTypeWrapper<StatusChange>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitIntakeInput: SubmitIntakeInput;
  SubmitIntakePayload: ResolverTypeWrapper<SubmitIntakePayload>;
  Tenant: ResolverTypeWrapper<TenantModel>;
  TenantConnection: ResolverTypeWrapper<Omit<TenantConnection, 'edges'> & { edges: Array<ResolversTypes['TenantEdge']> }>;
  TenantEdge: ResolverTypeWrapper<Omit<TenantEdge, 'node'> & { node: ResolversTypes['Tenant'] }>;
  TenantKind: TenantKind;
  TenantStatus: TenantStatus;
  TrainingInput: TrainingInput;
  TrainingRecord: ResolverTypeWrapper<TrainingRecord>;
  UpdateMatchingPresetInput: UpdateMatchingPresetInput;
  UpdateMatchingPresetPayload: ResolverTypeWrapper<Omit<UpdateMatchingPresetPayload, 'preset'> & { preset?: Maybe<ResolversTypes['MatchingPreset']> }>;
  UpdateMyProfileInput: UpdateMyProfileInput;
  UpdateMyProfilePayload: ResolverTypeWrapper<Omit<UpdateMyProfilePayload, 'viewer'> & { viewer?: Maybe<ResolversTypes['Viewer']> }>;
  UpdatePersonInput: UpdatePersonInput;
  UpdatePersonPayload: ResolverTypeWrapper<Omit<UpdatePersonPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  UpdateProgrammeInput: UpdateProgrammeInput;
  UpdateProgrammePayload: ResolverTypeWrapper<Omit<UpdateProgrammePayload, 'programme'> & { programme?: Maybe<ResolversTypes['Programme']> }>;
  UpdateTenantSettingsInput: UpdateTenantSettingsInput;
  UpdateTenantSettingsPayload: ResolverTypeWrapper<Omit<UpdateTenantSettingsPayload, 'tenant'> & { tenant?: Maybe<ResolversTypes['Tenant']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  Vetting: ResolverTypeWrapper<Vetting>;
  Viewer: ResolverTypeWrapper<UserRecordModel>;
  Weekday: Weekday;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddNoteInput: AddNoteInput;
  AddNotePayload: Omit<AddNotePayload, 'note'> & { note?: Maybe<ResolversParentTypes['Note']> };
  AnswerMatchInvitationInput: AnswerMatchInvitationInput;
  AnswerMatchInvitationPayload: Omit<AnswerMatchInvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversParentTypes['MatchInvitation']> };
  ApplyAsBuddyInput: ApplyAsBuddyInput;
  ApplyAsBuddyPayload: ApplyAsBuddyPayload;
  ApproveMatchInput: ApproveMatchInput;
  ApproveMatchPayload: Omit<ApproveMatchPayload, 'match'> & { match?: Maybe<ResolversParentTypes['Match']> };
  ApproveMatchProposalsInput: ApproveMatchProposalsInput;
  ApproveMatchProposalsPayload: Omit<ApproveMatchProposalsPayload, 'matches'> & { matches: Array<ResolversParentTypes['Match']> };
  ApproveOnboardingRequestInput: ApproveOnboardingRequestInput;
  ApproveOnboardingRequestPayload: Omit<ApproveOnboardingRequestPayload, 'request' | 'tenant'> & { request?: Maybe<ResolversParentTypes['OnboardingRequest']>, tenant?: Maybe<ResolversParentTypes['Tenant']> };
  AuditEntry: AuditEntryModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AvailabilitySlot: AvailabilitySlot;
  AvailabilitySlotInput: AvailabilitySlotInput;
  Boolean: Scalars['Boolean']['output'];
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ChangeMemberRolePayload: Omit<ChangeMemberRolePayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  ChangePersonStatusInput: ChangePersonStatusInput;
  ChangePersonStatusPayload: Omit<ChangePersonStatusPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  Consent: Consent;
  ConsentInput: ConsentInput;
  ContinuePeopleImportInput: ContinuePeopleImportInput;
  ContinuePeopleImportPayload: Omit<ContinuePeopleImportPayload, 'job'> & { job?: Maybe<ResolversParentTypes['PeopleImportJob']> };
  CreateIntakeLinkPayload: CreateIntakeLinkPayload;
  CreateMatchAnswerLinkPayload: CreateMatchAnswerLinkPayload;
  CreateProgrammeInput: CreateProgrammeInput;
  CreateProgrammePayload: Omit<CreateProgrammePayload, 'programme'> & { programme?: Maybe<ResolversParentTypes['Programme']> };
  CriterionScore: CriterionResultModel;
  CriterionWeight: CriterionWeight;
  CriterionWeightInput: CriterionWeightInput;
  DateTime: Scalars['DateTime']['output'];
  DryRunPeopleImportPayload: Omit<DryRunPeopleImportPayload, 'report'> & { report?: Maybe<ResolversParentTypes['PeopleImportReport']> };
  EndMatchInput: EndMatchInput;
  EnrolPersonInput: EnrolPersonInput;
  EnrolPersonPayload: Omit<EnrolPersonPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  ErasePersonPayload: Omit<ErasePersonPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  ExportPersonPayload: ExportPersonPayload;
  FieldOption: FieldOptionModel;
  Float: Scalars['Float']['output'];
  FormAnswer: FormAnswer;
  FormAnswerInput: FormAnswerInput;
  FormField: FormFieldModel;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  IntakeForm: IntakeFormModel;
  IntakeInvitation: IntakeInvitationModel;
  IntakeLink: IntakeLink;
  Interest: InterestModel;
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: Omit<InviteMemberPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  LanguageSkill: LanguageSkill;
  LanguageSkillInput: LanguageSkillInput;
  LocalizedText: LocalizedText;
  Match: MatchModel;
  MatchAnswerLink: MatchAnswerLink;
  MatchConnection: Omit<MatchConnection, 'edges'> & { edges: Array<ResolversParentTypes['MatchEdge']> };
  MatchEdge: Omit<MatchEdge, 'node'> & { node: ResolversParentTypes['Match'] };
  MatchFilter: MatchFilter;
  MatchInvitation: MatchInvitationModel;
  MatchPayload: Omit<MatchPayload, 'match'> & { match?: Maybe<ResolversParentTypes['Match']> };
  MatchProposal: MatchProposalModel;
  MatchProposalConnection: Omit<MatchProposalConnection, 'edges'> & { edges: Array<ResolversParentTypes['MatchProposalEdge']> };
  MatchProposalEdge: Omit<MatchProposalEdge, 'node'> & { node: ResolversParentTypes['MatchProposal'] };
  MatchSideInput: MatchSideInput;
  MatchStatusChange: MatchStatusChange;
  MatchSuggestion: SuggestionModel;
  MatchingPreset: PresetViewModel;
  MatchingRun: MatchingRunModel;
  MatchingRunConnection: Omit<MatchingRunConnection, 'edges'> & { edges: Array<ResolversParentTypes['MatchingRunEdge']> };
  MatchingRunEdge: Omit<MatchingRunEdge, 'node'> & { node: ResolversParentTypes['MatchingRun'] };
  Membership: MembershipModel;
  MembershipConnection: Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversParentTypes['MembershipEdge']> };
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Note: NoteModel;
  NoteConnection: Omit<NoteConnection, 'edges'> & { edges: Array<ResolversParentTypes['NoteEdge']> };
  NoteEdge: Omit<NoteEdge, 'node'> & { node: ResolversParentTypes['Note'] };
  OnboardingRequest: OnboardingRequestModel;
  OnboardingRequestConnection: Omit<OnboardingRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['OnboardingRequestEdge']> };
  OnboardingRequestEdge: Omit<OnboardingRequestEdge, 'node'> & { node: ResolversParentTypes['OnboardingRequest'] };
  PageInfo: PageInfo;
  PairPin: PairPinModel;
  PairPinConnection: Omit<PairPinConnection, 'edges'> & { edges: Array<ResolversParentTypes['PairPinEdge']> };
  PairPinEdge: Omit<PairPinEdge, 'node'> & { node: ResolversParentTypes['PairPin'] };
  PauseMatchInput: PauseMatchInput;
  PeopleImportColumnInput: PeopleImportColumnInput;
  PeopleImportConsentInput: PeopleImportConsentInput;
  PeopleImportInput: PeopleImportInput;
  PeopleImportJob: PeopleImportJobModel;
  PeopleImportReport: ImportReportModel;
  PeopleImportRowError: PeopleImportRowError;
  Person: PersonViewModel;
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  PersonIdInput: PersonIdInput;
  PersonProfileInput: PersonProfileInput;
  Programme: ProgrammeModel;
  ProgrammeConnection: Omit<ProgrammeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProgrammeEdge']> };
  ProgrammeEdge: Omit<ProgrammeEdge, 'node'> & { node: ResolversParentTypes['Programme'] };
  PublicSignupPage: PublicSignupPageModel;
  Query: Record<PropertyKey, never>;
  RecordConsentInput: RecordConsentInput;
  RecordConsentPayload: Omit<RecordConsentPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  RecordMatchAnswerInput: RecordMatchAnswerInput;
  RecordVettingInput: RecordVettingInput;
  RecordVettingPayload: Omit<RecordVettingPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  RegisterPersonInput: RegisterPersonInput;
  RegisterPersonPayload: Omit<RegisterPersonPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  RejectOnboardingRequestInput: RejectOnboardingRequestInput;
  RejectOnboardingRequestPayload: Omit<RejectOnboardingRequestPayload, 'request'> & { request?: Maybe<ResolversParentTypes['OnboardingRequest']> };
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberPayload: RemoveMemberPayload;
  RequestTenantAccountInput: RequestTenantAccountInput;
  RequestTenantAccountPayload: RequestTenantAccountPayload;
  ResendInvitationInput: ResendInvitationInput;
  ResendInvitationPayload: Omit<ResendInvitationPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  ResumeMatchInput: ResumeMatchInput;
  SensitiveData: SensitiveData;
  SensitiveDataInput: SensitiveDataInput;
  SetPairPinInput: SetPairPinInput;
  SetPairPinPayload: Omit<SetPairPinPayload, 'pin'> & { pin?: Maybe<ResolversParentTypes['PairPin']> };
  StartMatchInput: StartMatchInput;
  StartMatchingRunInput: StartMatchingRunInput;
  StartMatchingRunPayload: Omit<StartMatchingRunPayload, 'run'> & { run?: Maybe<ResolversParentTypes['MatchingRun']> };
  StartPeopleImportPayload: Omit<StartPeopleImportPayload, 'job' | 'report'> & { job?: Maybe<ResolversParentTypes['PeopleImportJob']>, report?: Maybe<ResolversParentTypes['PeopleImportReport']> };
  StatusChange: StatusChange;
  String: Scalars['String']['output'];
  SubmitIntakeInput: SubmitIntakeInput;
  SubmitIntakePayload: SubmitIntakePayload;
  Tenant: TenantModel;
  TenantConnection: Omit<TenantConnection, 'edges'> & { edges: Array<ResolversParentTypes['TenantEdge']> };
  TenantEdge: Omit<TenantEdge, 'node'> & { node: ResolversParentTypes['Tenant'] };
  TrainingInput: TrainingInput;
  TrainingRecord: TrainingRecord;
  UpdateMatchingPresetInput: UpdateMatchingPresetInput;
  UpdateMatchingPresetPayload: Omit<UpdateMatchingPresetPayload, 'preset'> & { preset?: Maybe<ResolversParentTypes['MatchingPreset']> };
  UpdateMyProfileInput: UpdateMyProfileInput;
  UpdateMyProfilePayload: Omit<UpdateMyProfilePayload, 'viewer'> & { viewer?: Maybe<ResolversParentTypes['Viewer']> };
  UpdatePersonInput: UpdatePersonInput;
  UpdatePersonPayload: Omit<UpdatePersonPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  UpdateProgrammeInput: UpdateProgrammeInput;
  UpdateProgrammePayload: Omit<UpdateProgrammePayload, 'programme'> & { programme?: Maybe<ResolversParentTypes['Programme']> };
  UpdateTenantSettingsInput: UpdateTenantSettingsInput;
  UpdateTenantSettingsPayload: Omit<UpdateTenantSettingsPayload, 'tenant'> & { tenant?: Maybe<ResolversParentTypes['Tenant']> };
  UserError: UserError;
  Vetting: Vetting;
  Viewer: UserRecordModel;
};

export type AddNotePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddNotePayload'] = ResolversParentTypes['AddNotePayload']> = {
  note?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AnswerMatchInvitationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnswerMatchInvitationPayload'] = ResolversParentTypes['AnswerMatchInvitationPayload']> = {
  invitation?: Resolver<Maybe<ResolversTypes['MatchInvitation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ApplyAsBuddyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplyAsBuddyPayload'] = ResolversParentTypes['ApplyAsBuddyPayload']> = {
  received?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ApproveMatchPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApproveMatchPayload'] = ResolversParentTypes['ApproveMatchPayload']> = {
  match?: Resolver<Maybe<ResolversTypes['Match']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ApproveMatchProposalsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApproveMatchProposalsPayload'] = ResolversParentTypes['ApproveMatchProposalsPayload']> = {
  matches?: Resolver<Array<ResolversTypes['Match']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ApproveOnboardingRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApproveOnboardingRequestPayload'] = ResolversParentTypes['ApproveOnboardingRequestPayload']> = {
  request?: Resolver<Maybe<ResolversTypes['OnboardingRequest']>, ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AvailabilitySlotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AvailabilitySlot'] = ResolversParentTypes['AvailabilitySlot']> = {
  day?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
  part?: Resolver<ResolversTypes['DayPart'], ParentType, ContextType>;
};

export type ChangeMemberRolePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeMemberRolePayload'] = ResolversParentTypes['ChangeMemberRolePayload']> = {
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ChangePersonStatusPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangePersonStatusPayload'] = ResolversParentTypes['ChangePersonStatusPayload']> = {
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ConsentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  granted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ConsentMethod'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  textVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContinuePeopleImportPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContinuePeopleImportPayload'] = ResolversParentTypes['ContinuePeopleImportPayload']> = {
  job?: Resolver<Maybe<ResolversTypes['PeopleImportJob']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateIntakeLinkPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateIntakeLinkPayload'] = ResolversParentTypes['CreateIntakeLinkPayload']> = {
  intakeLink?: Resolver<Maybe<ResolversTypes['IntakeLink']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateMatchAnswerLinkPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateMatchAnswerLinkPayload'] = ResolversParentTypes['CreateMatchAnswerLinkPayload']> = {
  link?: Resolver<Maybe<ResolversTypes['MatchAnswerLink']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateProgrammePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateProgrammePayload'] = ResolversParentTypes['CreateProgrammePayload']> = {
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CriterionScoreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CriterionScore'] = ResolversParentTypes['CriterionScore']> = {
  criterion?: Resolver<ResolversTypes['MatchCriterion'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CriterionWeightResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CriterionWeight'] = ResolversParentTypes['CriterionWeight']> = {
  criterion?: Resolver<ResolversTypes['MatchCriterion'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DryRunPeopleImportPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DryRunPeopleImportPayload'] = ResolversParentTypes['DryRunPeopleImportPayload']> = {
  report?: Resolver<Maybe<ResolversTypes['PeopleImportReport']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EnrolPersonPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnrolPersonPayload'] = ResolversParentTypes['EnrolPersonPayload']> = {
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ErasePersonPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ErasePersonPayload'] = ResolversParentTypes['ErasePersonPayload']> = {
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ExportPersonPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExportPersonPayload'] = ResolversParentTypes['ExportPersonPayload']> = {
  json?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type FieldOptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldOption'] = ResolversParentTypes['FieldOption']> = {
  label?: Resolver<Array<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FormAnswerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FormAnswer'] = ResolversParentTypes['FormAnswer']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FormFieldResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FormField'] = ResolversParentTypes['FormField']> = {
  consentPurpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  help?: Resolver<Array<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Array<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['FieldOption']>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sensitiveCategory?: Resolver<Maybe<ResolversTypes['SensitiveCategory']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FieldType'], ParentType, ContextType>;
};

export type IntakeFormResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntakeForm'] = ResolversParentTypes['IntakeForm']> = {
  audience?: Resolver<ResolversTypes['FormAudience'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FormField']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IntakeInvitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntakeInvitation'] = ResolversParentTypes['IntakeInvitation']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['IntakeForm'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preferredLanguage?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
  programmeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sensitiveCategories?: Resolver<Array<ResolversTypes['SensitiveCategory']>, ParentType, ContextType>;
  tenantName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IntakeLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntakeLink'] = ResolversParentTypes['IntakeLink']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InterestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Interest'] = ResolversParentTypes['Interest']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Array<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
};

export type InviteMemberPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InviteMemberPayload'] = ResolversParentTypes['InviteMemberPayload']> = {
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LanguageSkillResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LanguageSkill'] = ResolversParentTypes['LanguageSkill']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['CefrLevel'], ParentType, ContextType>;
};

export type LocalizedTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = {
  language?: Resolver<ResolversTypes['Language'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Match'] = ResolversParentTypes['Match']> = {
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  allowedNextStatuses?: Resolver<Array<ResolversTypes['MatchStatus']>, ParentType, ContextType>;
  approvedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  buddy?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  buddyAnswer?: Resolver<ResolversTypes['MatchAnswer'], ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['CriterionScore']>, ParentType, ContextType, Partial<MatchCriteriaArgs>>;
  declineReason?: Resolver<Maybe<ResolversTypes['DeclineReason']>, ParentType, ContextType>;
  declinedBy?: Resolver<Maybe<ResolversTypes['PersonRole']>, ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['MatchEndReason']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<MatchExplanationArgs>>;
  history?: Resolver<Array<ResolversTypes['MatchStatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  newcomer?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  newcomerAnswer?: Resolver<ResolversTypes['MatchAnswer'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MatchStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MatchAnswerLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchAnswerLink'] = ResolversParentTypes['MatchAnswerLink']> = {
  emailedTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MatchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchConnection'] = ResolversParentTypes['MatchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MatchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MatchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchEdge'] = ResolversParentTypes['MatchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Match'], ParentType, ContextType>;
};

export type MatchInvitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchInvitation'] = ResolversParentTypes['MatchInvitation']> = {
  answer?: Resolver<ResolversTypes['MatchAnswer'], ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['CriterionScore']>, ParentType, ContextType, Partial<MatchInvitationCriteriaArgs>>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<MatchInvitationExplanationArgs>>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherFirstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preferredLanguage?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
  programmeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['PersonRole'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MatchStatus'], ParentType, ContextType>;
  tenantName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MatchPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchPayload'] = ResolversParentTypes['MatchPayload']> = {
  match?: Resolver<Maybe<ResolversTypes['Match']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MatchProposalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchProposal'] = ResolversParentTypes['MatchProposal']> = {
  buddy?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['CriterionScore']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  match?: Resolver<Maybe<ResolversTypes['Match']>, ParentType, ContextType>;
  newcomer?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MatchProposalStatus'], ParentType, ContextType>;
};

export type MatchProposalConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchProposalConnection'] = ResolversParentTypes['MatchProposalConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MatchProposalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MatchProposalEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchProposalEdge'] = ResolversParentTypes['MatchProposalEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MatchProposal'], ParentType, ContextType>;
};

export type MatchStatusChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchStatusChange'] = ResolversParentTypes['MatchStatusChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['MatchStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['MatchStatus'], ParentType, ContextType>;
};

export type MatchSuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchSuggestion'] = ResolversParentTypes['MatchSuggestion']> = {
  buddy?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['CriterionScore']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newcomer?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MatchingPresetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchingPreset'] = ResolversParentTypes['MatchingPreset']> = {
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maxDistanceKm?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minimumLanguageLevel?: Resolver<ResolversTypes['CefrLevel'], ParentType, ContextType>;
  requireCommonLanguage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requireTraining?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requireVetting?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  respectGenderPreference?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weights?: Resolver<Array<ResolversTypes['CriterionWeight']>, ParentType, ContextType>;
};

export type MatchingRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchingRun'] = ResolversParentTypes['MatchingRun']> = {
  allowedPairCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  buddyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  newcomerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['MatchingRunPhase'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  proposalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proposals?: Resolver<ResolversTypes['MatchProposalConnection'], ParentType, ContextType, RequireFields<MatchingRunProposalsArgs, 'first'>>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MatchingRunStatus'], ParentType, ContextType>;
  totalScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unmatchedNewcomerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MatchingRunConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchingRunConnection'] = ResolversParentTypes['MatchingRunConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MatchingRunEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MatchingRunEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchingRunEdge'] = ResolversParentTypes['MatchingRunEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MatchingRun'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MembershipStatus'], ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MembershipConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MembershipEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addNote?: Resolver<ResolversTypes['AddNotePayload'], ParentType, ContextType, RequireFields<MutationAddNoteArgs, 'input'>>;
  answerMatchInvitation?: Resolver<ResolversTypes['AnswerMatchInvitationPayload'], ParentType, ContextType, RequireFields<MutationAnswerMatchInvitationArgs, 'input'>>;
  applyAsBuddy?: Resolver<ResolversTypes['ApplyAsBuddyPayload'], ParentType, ContextType, RequireFields<MutationApplyAsBuddyArgs, 'input'>>;
  approveMatch?: Resolver<ResolversTypes['ApproveMatchPayload'], ParentType, ContextType, RequireFields<MutationApproveMatchArgs, 'input'>>;
  approveMatchProposals?: Resolver<ResolversTypes['ApproveMatchProposalsPayload'], ParentType, ContextType, RequireFields<MutationApproveMatchProposalsArgs, 'input'>>;
  approveOnboardingRequest?: Resolver<ResolversTypes['ApproveOnboardingRequestPayload'], ParentType, ContextType, RequireFields<MutationApproveOnboardingRequestArgs, 'input'>>;
  changeMemberRole?: Resolver<ResolversTypes['ChangeMemberRolePayload'], ParentType, ContextType, RequireFields<MutationChangeMemberRoleArgs, 'input'>>;
  changePersonStatus?: Resolver<ResolversTypes['ChangePersonStatusPayload'], ParentType, ContextType, RequireFields<MutationChangePersonStatusArgs, 'input'>>;
  continuePeopleImport?: Resolver<ResolversTypes['ContinuePeopleImportPayload'], ParentType, ContextType, RequireFields<MutationContinuePeopleImportArgs, 'input'>>;
  createIntakeLink?: Resolver<ResolversTypes['CreateIntakeLinkPayload'], ParentType, ContextType, RequireFields<MutationCreateIntakeLinkArgs, 'input'>>;
  createMatchAnswerLink?: Resolver<ResolversTypes['CreateMatchAnswerLinkPayload'], ParentType, ContextType, RequireFields<MutationCreateMatchAnswerLinkArgs, 'input'>>;
  createProgramme?: Resolver<ResolversTypes['CreateProgrammePayload'], ParentType, ContextType, RequireFields<MutationCreateProgrammeArgs, 'input'>>;
  dryRunPeopleImport?: Resolver<ResolversTypes['DryRunPeopleImportPayload'], ParentType, ContextType, RequireFields<MutationDryRunPeopleImportArgs, 'input'>>;
  endMatch?: Resolver<ResolversTypes['MatchPayload'], ParentType, ContextType, RequireFields<MutationEndMatchArgs, 'input'>>;
  enrolPerson?: Resolver<ResolversTypes['EnrolPersonPayload'], ParentType, ContextType, RequireFields<MutationEnrolPersonArgs, 'input'>>;
  erasePerson?: Resolver<ResolversTypes['ErasePersonPayload'], ParentType, ContextType, RequireFields<MutationErasePersonArgs, 'input'>>;
  exportPerson?: Resolver<ResolversTypes['ExportPersonPayload'], ParentType, ContextType, RequireFields<MutationExportPersonArgs, 'input'>>;
  inviteMember?: Resolver<ResolversTypes['InviteMemberPayload'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  pauseMatch?: Resolver<ResolversTypes['MatchPayload'], ParentType, ContextType, RequireFields<MutationPauseMatchArgs, 'input'>>;
  recordConsent?: Resolver<ResolversTypes['RecordConsentPayload'], ParentType, ContextType, RequireFields<MutationRecordConsentArgs, 'input'>>;
  recordMatchAnswer?: Resolver<ResolversTypes['MatchPayload'], ParentType, ContextType, RequireFields<MutationRecordMatchAnswerArgs, 'input'>>;
  recordVetting?: Resolver<ResolversTypes['RecordVettingPayload'], ParentType, ContextType, RequireFields<MutationRecordVettingArgs, 'input'>>;
  registerPerson?: Resolver<ResolversTypes['RegisterPersonPayload'], ParentType, ContextType, RequireFields<MutationRegisterPersonArgs, 'input'>>;
  rejectOnboardingRequest?: Resolver<ResolversTypes['RejectOnboardingRequestPayload'], ParentType, ContextType, RequireFields<MutationRejectOnboardingRequestArgs, 'input'>>;
  removeMember?: Resolver<ResolversTypes['RemoveMemberPayload'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'input'>>;
  requestTenantAccount?: Resolver<ResolversTypes['RequestTenantAccountPayload'], ParentType, ContextType, RequireFields<MutationRequestTenantAccountArgs, 'input'>>;
  resendInvitation?: Resolver<ResolversTypes['ResendInvitationPayload'], ParentType, ContextType, RequireFields<MutationResendInvitationArgs, 'input'>>;
  resumeMatch?: Resolver<ResolversTypes['MatchPayload'], ParentType, ContextType, RequireFields<MutationResumeMatchArgs, 'input'>>;
  setPairPin?: Resolver<ResolversTypes['SetPairPinPayload'], ParentType, ContextType, RequireFields<MutationSetPairPinArgs, 'input'>>;
  startMatch?: Resolver<ResolversTypes['MatchPayload'], ParentType, ContextType, RequireFields<MutationStartMatchArgs, 'input'>>;
  startMatchingRun?: Resolver<ResolversTypes['StartMatchingRunPayload'], ParentType, ContextType, RequireFields<MutationStartMatchingRunArgs, 'input'>>;
  startPeopleImport?: Resolver<ResolversTypes['StartPeopleImportPayload'], ParentType, ContextType, RequireFields<MutationStartPeopleImportArgs, 'input'>>;
  submitIntake?: Resolver<ResolversTypes['SubmitIntakePayload'], ParentType, ContextType, RequireFields<MutationSubmitIntakeArgs, 'input'>>;
  updateMatchingPreset?: Resolver<ResolversTypes['UpdateMatchingPresetPayload'], ParentType, ContextType, RequireFields<MutationUpdateMatchingPresetArgs, 'input'>>;
  updateMyProfile?: Resolver<ResolversTypes['UpdateMyProfilePayload'], ParentType, ContextType, RequireFields<MutationUpdateMyProfileArgs, 'input'>>;
  updatePerson?: Resolver<ResolversTypes['UpdatePersonPayload'], ParentType, ContextType, RequireFields<MutationUpdatePersonArgs, 'input'>>;
  updateProgramme?: Resolver<ResolversTypes['UpdateProgrammePayload'], ParentType, ContextType, RequireFields<MutationUpdateProgrammeArgs, 'input'>>;
  updateTenantSettings?: Resolver<ResolversTypes['UpdateTenantSettingsPayload'], ParentType, ContextType, RequireFields<MutationUpdateTenantSettingsArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'AuditEntry' | 'IntakeForm' | 'Match' | 'MatchingRun' | 'Membership' | 'OnboardingRequest' | 'Person' | 'Programme' | 'Tenant', ParentType, ContextType>;
};

export type NoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Note'] = ResolversParentTypes['Note']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NoteConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteConnection'] = ResolversParentTypes['NoteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type NoteEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteEdge'] = ResolversParentTypes['NoteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Note'], ParentType, ContextType>;
};

export type OnboardingRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OnboardingRequest'] = ResolversParentTypes['OnboardingRequest']> = {
  contactEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TenantKind'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['Language']>, ParentType, ContextType>;
  organisationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OnboardingRequestStatus'], ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OnboardingRequestConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OnboardingRequestConnection'] = ResolversParentTypes['OnboardingRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OnboardingRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OnboardingRequestEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OnboardingRequestEdge'] = ResolversParentTypes['OnboardingRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OnboardingRequest'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PairPinResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PairPin'] = ResolversParentTypes['PairPin']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  buddy?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PairPinKind'], ParentType, ContextType>;
  newcomer?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PairPinConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PairPinConnection'] = ResolversParentTypes['PairPinConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PairPinEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PairPinEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PairPinEdge'] = ResolversParentTypes['PairPinEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PairPin'], ParentType, ContextType>;
};

export type PeopleImportJobResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeopleImportJob'] = ResolversParentTypes['PeopleImportJob']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  failedRow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  processed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['PersonRole'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PeopleImportStatus'], ParentType, ContextType>;
  toCreate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toUpdate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PeopleImportReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeopleImportReport'] = ResolversParentTypes['PeopleImportReport']> = {
  delimiter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  errorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['PeopleImportRowError']>, ParentType, ContextType>;
  toCreate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toUpdate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PeopleImportRowErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeopleImportRowError'] = ResolversParentTypes['PeopleImportRowError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['PeopleImportField']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  allowedNextStatuses?: Resolver<Array<ResolversTypes['PersonStatus']>, ParentType, ContextType>;
  answers?: Resolver<Array<ResolversTypes['FormAnswer']>, ParentType, ContextType>;
  availability?: Resolver<Array<ResolversTypes['AvailabilitySlot']>, ParentType, ContextType>;
  birthYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  consents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  erasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['Gender']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interests?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['LanguageSkill']>, ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matches?: Resolver<ResolversTypes['MatchConnection'], ParentType, ContextType, RequireFields<PersonMatchesArgs, 'first'>>;
  notes?: Resolver<ResolversTypes['NoteConnection'], ParentType, ContextType, RequireFields<PersonNotesArgs, 'first'>>;
  openMatchCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferredLanguage?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
  programmes?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['PersonRole'], ParentType, ContextType>;
  sensitive?: Resolver<Maybe<ResolversTypes['SensitiveData']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PersonStatus'], ParentType, ContextType>;
  trainings?: Resolver<Array<ResolversTypes['TrainingRecord']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vetting?: Resolver<Maybe<ResolversTypes['Vetting']>, ParentType, ContextType>;
  waitingSince?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = {
  buddyForm?: Resolver<ResolversTypes['IntakeForm'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hourTarget?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProgrammeKind'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['Language']>, ParentType, ContextType>;
  matchingPreset?: Resolver<ResolversTypes['MatchingPreset'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newcomerForm?: Resolver<ResolversTypes['IntakeForm'], ParentType, ContextType>;
  publicSignupOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publicSignupPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sensitiveCategories?: Resolver<Array<ResolversTypes['SensitiveCategory']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProgrammeStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgrammeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeConnection'] = ResolversParentTypes['ProgrammeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProgrammeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ProgrammeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeEdge'] = ResolversParentTypes['ProgrammeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
};

export type PublicSignupPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicSignupPage'] = ResolversParentTypes['PublicSignupPage']> = {
  form?: Resolver<ResolversTypes['IntakeForm'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['Language']>, ParentType, ContextType>;
  programmeDescription?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programmeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tenantName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  intakeForms?: Resolver<Array<ResolversTypes['IntakeForm']>, ParentType, ContextType, Partial<QueryIntakeFormsArgs>>;
  intakeInvitation?: Resolver<Maybe<ResolversTypes['IntakeInvitation']>, ParentType, ContextType, RequireFields<QueryIntakeInvitationArgs, 'tenantSlug' | 'token'>>;
  interestTaxonomy?: Resolver<Array<ResolversTypes['Interest']>, ParentType, ContextType>;
  matchInvitation?: Resolver<Maybe<ResolversTypes['MatchInvitation']>, ParentType, ContextType, RequireFields<QueryMatchInvitationArgs, 'tenantSlug' | 'token'>>;
  matchSuggestions?: Resolver<Array<ResolversTypes['MatchSuggestion']>, ParentType, ContextType, RequireFields<QueryMatchSuggestionsArgs, 'first' | 'personId'>>;
  matches?: Resolver<ResolversTypes['MatchConnection'], ParentType, ContextType, RequireFields<QueryMatchesArgs, 'filter' | 'first'>>;
  matchingRuns?: Resolver<ResolversTypes['MatchingRunConnection'], ParentType, ContextType, RequireFields<QueryMatchingRunsArgs, 'first' | 'programmeId'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  onboardingRequests?: Resolver<ResolversTypes['OnboardingRequestConnection'], ParentType, ContextType, RequireFields<QueryOnboardingRequestsArgs, 'first' | 'status'>>;
  pairPins?: Resolver<ResolversTypes['PairPinConnection'], ParentType, ContextType, RequireFields<QueryPairPinsArgs, 'first' | 'programmeId'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'filter' | 'first' | 'sort'>>;
  peopleImport?: Resolver<Maybe<ResolversTypes['PeopleImportJob']>, ParentType, ContextType, RequireFields<QueryPeopleImportArgs, 'id'>>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, RequireFields<QueryProgrammesArgs, 'first'>>;
  publicSignupPage?: Resolver<Maybe<ResolversTypes['PublicSignupPage']>, ParentType, ContextType, RequireFields<QueryPublicSignupPageArgs, 'programmeId' | 'tenantSlug'>>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  tenants?: Resolver<ResolversTypes['TenantConnection'], ParentType, ContextType, RequireFields<QueryTenantsArgs, 'first'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type RecordConsentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordConsentPayload'] = ResolversParentTypes['RecordConsentPayload']> = {
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RecordVettingPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordVettingPayload'] = ResolversParentTypes['RecordVettingPayload']> = {
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RegisterPersonPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterPersonPayload'] = ResolversParentTypes['RegisterPersonPayload']> = {
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RejectOnboardingRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RejectOnboardingRequestPayload'] = ResolversParentTypes['RejectOnboardingRequestPayload']> = {
  request?: Resolver<Maybe<ResolversTypes['OnboardingRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RemoveMemberPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RemoveMemberPayload'] = ResolversParentTypes['RemoveMemberPayload']> = {
  removedMembershipId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RequestTenantAccountPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestTenantAccountPayload'] = ResolversParentTypes['RequestTenantAccountPayload']> = {
  requestId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['OnboardingRequestStatus']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ResendInvitationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResendInvitationPayload'] = ResolversParentTypes['ResendInvitationPayload']> = {
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SensitiveDataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SensitiveData'] = ResolversParentTypes['SensitiveData']> = {
  health?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  psychosocial?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  religion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SetPairPinPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SetPairPinPayload'] = ResolversParentTypes['SetPairPinPayload']> = {
  pin?: Resolver<Maybe<ResolversTypes['PairPin']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type StartMatchingRunPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StartMatchingRunPayload'] = ResolversParentTypes['StartMatchingRunPayload']> = {
  run?: Resolver<Maybe<ResolversTypes['MatchingRun']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type StartPeopleImportPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StartPeopleImportPayload'] = ResolversParentTypes['StartPeopleImportPayload']> = {
  job?: Resolver<Maybe<ResolversTypes['PeopleImportJob']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['PeopleImportReport']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['PeopleImportStatus']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type StatusChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusChange'] = ResolversParentTypes['StatusChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['PersonStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['PersonStatus'], ParentType, ContextType>;
};

export type SubmitIntakePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmitIntakePayload'] = ResolversParentTypes['SubmitIntakePayload']> = {
  received?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TenantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Tenant'] = ResolversParentTypes['Tenant']> = {
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<TenantAuditLogArgs, 'first'>>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  defaultLanguage?: Resolver<ResolversTypes['Language'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TenantKind'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['Language']>, ParentType, ContextType>;
  members?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, RequireFields<TenantMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TenantStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerRole?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TenantConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TenantConnection'] = ResolversParentTypes['TenantConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TenantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TenantEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TenantEdge'] = ResolversParentTypes['TenantEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
};

export type TrainingRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrainingRecord'] = ResolversParentTypes['TrainingRecord']> = {
  completedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type UpdateMatchingPresetPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateMatchingPresetPayload'] = ResolversParentTypes['UpdateMatchingPresetPayload']> = {
  preset?: Resolver<Maybe<ResolversTypes['MatchingPreset']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateMyProfilePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateMyProfilePayload'] = ResolversParentTypes['UpdateMyProfilePayload']> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type UpdatePersonPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdatePersonPayload'] = ResolversParentTypes['UpdatePersonPayload']> = {
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateProgrammePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateProgrammePayload'] = ResolversParentTypes['UpdateProgrammePayload']> = {
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateTenantSettingsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateTenantSettingsPayload'] = ResolversParentTypes['UpdateTenantSettingsPayload']> = {
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VettingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Vetting'] = ResolversParentTypes['Vetting']> = {
  goodConductCheckedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  goodConductValidUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  interviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  currentTenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPlatformOperator?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  preferredLanguage?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AddNotePayload?: AddNotePayloadResolvers<ContextType>;
  AnswerMatchInvitationPayload?: AnswerMatchInvitationPayloadResolvers<ContextType>;
  ApplyAsBuddyPayload?: ApplyAsBuddyPayloadResolvers<ContextType>;
  ApproveMatchPayload?: ApproveMatchPayloadResolvers<ContextType>;
  ApproveMatchProposalsPayload?: ApproveMatchProposalsPayloadResolvers<ContextType>;
  ApproveOnboardingRequestPayload?: ApproveOnboardingRequestPayloadResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AvailabilitySlot?: AvailabilitySlotResolvers<ContextType>;
  ChangeMemberRolePayload?: ChangeMemberRolePayloadResolvers<ContextType>;
  ChangePersonStatusPayload?: ChangePersonStatusPayloadResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ContinuePeopleImportPayload?: ContinuePeopleImportPayloadResolvers<ContextType>;
  CreateIntakeLinkPayload?: CreateIntakeLinkPayloadResolvers<ContextType>;
  CreateMatchAnswerLinkPayload?: CreateMatchAnswerLinkPayloadResolvers<ContextType>;
  CreateProgrammePayload?: CreateProgrammePayloadResolvers<ContextType>;
  CriterionScore?: CriterionScoreResolvers<ContextType>;
  CriterionWeight?: CriterionWeightResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DryRunPeopleImportPayload?: DryRunPeopleImportPayloadResolvers<ContextType>;
  EnrolPersonPayload?: EnrolPersonPayloadResolvers<ContextType>;
  ErasePersonPayload?: ErasePersonPayloadResolvers<ContextType>;
  ExportPersonPayload?: ExportPersonPayloadResolvers<ContextType>;
  FieldOption?: FieldOptionResolvers<ContextType>;
  FormAnswer?: FormAnswerResolvers<ContextType>;
  FormField?: FormFieldResolvers<ContextType>;
  IntakeForm?: IntakeFormResolvers<ContextType>;
  IntakeInvitation?: IntakeInvitationResolvers<ContextType>;
  IntakeLink?: IntakeLinkResolvers<ContextType>;
  Interest?: InterestResolvers<ContextType>;
  InviteMemberPayload?: InviteMemberPayloadResolvers<ContextType>;
  LanguageSkill?: LanguageSkillResolvers<ContextType>;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Match?: MatchResolvers<ContextType>;
  MatchAnswerLink?: MatchAnswerLinkResolvers<ContextType>;
  MatchConnection?: MatchConnectionResolvers<ContextType>;
  MatchEdge?: MatchEdgeResolvers<ContextType>;
  MatchInvitation?: MatchInvitationResolvers<ContextType>;
  MatchPayload?: MatchPayloadResolvers<ContextType>;
  MatchProposal?: MatchProposalResolvers<ContextType>;
  MatchProposalConnection?: MatchProposalConnectionResolvers<ContextType>;
  MatchProposalEdge?: MatchProposalEdgeResolvers<ContextType>;
  MatchStatusChange?: MatchStatusChangeResolvers<ContextType>;
  MatchSuggestion?: MatchSuggestionResolvers<ContextType>;
  MatchingPreset?: MatchingPresetResolvers<ContextType>;
  MatchingRun?: MatchingRunResolvers<ContextType>;
  MatchingRunConnection?: MatchingRunConnectionResolvers<ContextType>;
  MatchingRunEdge?: MatchingRunEdgeResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Note?: NoteResolvers<ContextType>;
  NoteConnection?: NoteConnectionResolvers<ContextType>;
  NoteEdge?: NoteEdgeResolvers<ContextType>;
  OnboardingRequest?: OnboardingRequestResolvers<ContextType>;
  OnboardingRequestConnection?: OnboardingRequestConnectionResolvers<ContextType>;
  OnboardingRequestEdge?: OnboardingRequestEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PairPin?: PairPinResolvers<ContextType>;
  PairPinConnection?: PairPinConnectionResolvers<ContextType>;
  PairPinEdge?: PairPinEdgeResolvers<ContextType>;
  PeopleImportJob?: PeopleImportJobResolvers<ContextType>;
  PeopleImportReport?: PeopleImportReportResolvers<ContextType>;
  PeopleImportRowError?: PeopleImportRowErrorResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  ProgrammeConnection?: ProgrammeConnectionResolvers<ContextType>;
  ProgrammeEdge?: ProgrammeEdgeResolvers<ContextType>;
  PublicSignupPage?: PublicSignupPageResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordConsentPayload?: RecordConsentPayloadResolvers<ContextType>;
  RecordVettingPayload?: RecordVettingPayloadResolvers<ContextType>;
  RegisterPersonPayload?: RegisterPersonPayloadResolvers<ContextType>;
  RejectOnboardingRequestPayload?: RejectOnboardingRequestPayloadResolvers<ContextType>;
  RemoveMemberPayload?: RemoveMemberPayloadResolvers<ContextType>;
  RequestTenantAccountPayload?: RequestTenantAccountPayloadResolvers<ContextType>;
  ResendInvitationPayload?: ResendInvitationPayloadResolvers<ContextType>;
  SensitiveData?: SensitiveDataResolvers<ContextType>;
  SetPairPinPayload?: SetPairPinPayloadResolvers<ContextType>;
  StartMatchingRunPayload?: StartMatchingRunPayloadResolvers<ContextType>;
  StartPeopleImportPayload?: StartPeopleImportPayloadResolvers<ContextType>;
  StatusChange?: StatusChangeResolvers<ContextType>;
  SubmitIntakePayload?: SubmitIntakePayloadResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
  TenantConnection?: TenantConnectionResolvers<ContextType>;
  TenantEdge?: TenantEdgeResolvers<ContextType>;
  TrainingRecord?: TrainingRecordResolvers<ContextType>;
  UpdateMatchingPresetPayload?: UpdateMatchingPresetPayloadResolvers<ContextType>;
  UpdateMyProfilePayload?: UpdateMyProfilePayloadResolvers<ContextType>;
  UpdatePersonPayload?: UpdatePersonPayloadResolvers<ContextType>;
  UpdateProgrammePayload?: UpdateProgrammePayloadResolvers<ContextType>;
  UpdateTenantSettingsPayload?: UpdateTenantSettingsPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Vetting?: VettingResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

