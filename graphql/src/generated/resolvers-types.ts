import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Tenant as TenantModel } from '../../../services/tenants/tenant.repository';
import type { Membership as MembershipModel } from '../../../services/memberships/membership.repository';
import type { OnboardingRequest as OnboardingRequestModel } from '../../../services/tenants/onboarding.repository';
import type { AuditEntry as AuditEntryModel } from '../../../services/audit/audit.repository';
import type { UserRecord as UserRecordModel } from '../../../services/identity/user.repository';
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
  /** Platform operators: approve; creates the tenant and invites the contact as tenant admin. */
  approveOnboardingRequest: ApproveOnboardingRequestPayload;
  changeMemberRole: ChangeMemberRolePayload;
  /** Tenant admins: invite a person by e-mail with a role. Sends an invitation with a temporary password. */
  inviteMember: InviteMemberPayload;
  /** Platform operators: reject with a reason (the contact is told by e-mail). */
  rejectOnboardingRequest: RejectOnboardingRequestPayload;
  removeMember: RemoveMemberPayload;
  /** Anyone (no sign-in needed): a municipality asks for a Tandem account. */
  requestTenantAccount: RequestTenantAccountPayload;
  /** Tenant admins: send a new invitation (a fresh temporary password) to a member who has not signed in yet. */
  resendInvitation: ResendInvitationPayload;
  /** Sets the signed-in user's preferred language (used for e-mails and the web app). */
  updateMyProfile: UpdateMyProfilePayload;
  updateTenantSettings: UpdateTenantSettingsPayload;
};


export type MutationApproveOnboardingRequestArgs = {
  input: ApproveOnboardingRequestInput;
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
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


export type MutationUpdateMyProfileArgs = {
  input: UpdateMyProfileInput;
};


export type MutationUpdateTenantSettingsArgs = {
  input: UpdateTenantSettingsInput;
};

/** An object with a globally unique, opaque id (Relay Global Object Identification). */
export type Node = {
  id: Scalars['ID']['output'];
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

export type Query = {
  __typename?: 'Query';
  /** Fetches any object by its global id, within what the viewer may see. */
  node?: Maybe<Node>;
  /** Onboarding requests, oldest first; platform operators only. */
  onboardingRequests: OnboardingRequestConnection;
  /** The current tenant of the request (see X-Tenant-Id). */
  tenant?: Maybe<Tenant>;
  /** All tenants; platform operators only. */
  tenants: TenantConnection;
  /** The signed-in user; null when the request carries no token. */
  viewer?: Maybe<Viewer>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOnboardingRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OnboardingRequestStatus>;
};


export type QueryTenantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

export type Role =
  | 'BUDDY'
  | 'COORDINATOR'
  | 'NEWCOMER'
  | 'TENANT_ADMIN';

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

export type UpdateMyProfileInput = {
  preferredLanguage: Language;
};

export type UpdateMyProfilePayload = {
  __typename?: 'UpdateMyProfilePayload';
  userErrors: Array<UserError>;
  viewer?: Maybe<Viewer>;
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
  | 'INVALID'
  | 'LAST_ADMIN'
  | 'NOT_ALLOWED'
  | 'REQUIRED'
  | 'STALE'
  | 'TOO_LONG'
  | 'TOO_SHORT';

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
    | ( MembershipModel )
    | ( OnboardingRequestModel )
    | ( TenantModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ApproveOnboardingRequestInput: ApproveOnboardingRequestInput;
  ApproveOnboardingRequestPayload: ResolverTypeWrapper<Omit<ApproveOnboardingRequestPayload, 'request' | 'tenant'> & { request?: Maybe<ResolversTypes['OnboardingRequest']>, tenant?: Maybe<ResolversTypes['Tenant']> }>;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ChangeMemberRolePayload: ResolverTypeWrapper<Omit<ChangeMemberRolePayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: ResolverTypeWrapper<Omit<InviteMemberPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  Language: Language;
  Membership: ResolverTypeWrapper<MembershipModel>;
  MembershipConnection: ResolverTypeWrapper<Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversTypes['MembershipEdge']> }>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  MembershipStatus: MembershipStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OnboardingRequest: ResolverTypeWrapper<OnboardingRequestModel>;
  OnboardingRequestConnection: ResolverTypeWrapper<Omit<OnboardingRequestConnection, 'edges'> & { edges: Array<ResolversTypes['OnboardingRequestEdge']> }>;
  OnboardingRequestEdge: ResolverTypeWrapper<Omit<OnboardingRequestEdge, 'node'> & { node: ResolversTypes['OnboardingRequest'] }>;
  OnboardingRequestStatus: OnboardingRequestStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RejectOnboardingRequestInput: RejectOnboardingRequestInput;
  RejectOnboardingRequestPayload: ResolverTypeWrapper<Omit<RejectOnboardingRequestPayload, 'request'> & { request?: Maybe<ResolversTypes['OnboardingRequest']> }>;
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberPayload: ResolverTypeWrapper<RemoveMemberPayload>;
  RequestTenantAccountInput: RequestTenantAccountInput;
  RequestTenantAccountPayload: ResolverTypeWrapper<RequestTenantAccountPayload>;
  ResendInvitationInput: ResendInvitationInput;
  ResendInvitationPayload: ResolverTypeWrapper<Omit<ResendInvitationPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  Role: Role;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Tenant: ResolverTypeWrapper<TenantModel>;
  TenantConnection: ResolverTypeWrapper<Omit<TenantConnection, 'edges'> & { edges: Array<ResolversTypes['TenantEdge']> }>;
  TenantEdge: ResolverTypeWrapper<Omit<TenantEdge, 'node'> & { node: ResolversTypes['Tenant'] }>;
  TenantKind: TenantKind;
  TenantStatus: TenantStatus;
  UpdateMyProfileInput: UpdateMyProfileInput;
  UpdateMyProfilePayload: ResolverTypeWrapper<Omit<UpdateMyProfilePayload, 'viewer'> & { viewer?: Maybe<ResolversTypes['Viewer']> }>;
  UpdateTenantSettingsInput: UpdateTenantSettingsInput;
  UpdateTenantSettingsPayload: ResolverTypeWrapper<Omit<UpdateTenantSettingsPayload, 'tenant'> & { tenant?: Maybe<ResolversTypes['Tenant']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  Viewer: ResolverTypeWrapper<UserRecordModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApproveOnboardingRequestInput: ApproveOnboardingRequestInput;
  ApproveOnboardingRequestPayload: Omit<ApproveOnboardingRequestPayload, 'request' | 'tenant'> & { request?: Maybe<ResolversParentTypes['OnboardingRequest']>, tenant?: Maybe<ResolversParentTypes['Tenant']> };
  AuditEntry: AuditEntryModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Boolean: Scalars['Boolean']['output'];
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ChangeMemberRolePayload: Omit<ChangeMemberRolePayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  DateTime: Scalars['DateTime']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: Omit<InviteMemberPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  Membership: MembershipModel;
  MembershipConnection: Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversParentTypes['MembershipEdge']> };
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  OnboardingRequest: OnboardingRequestModel;
  OnboardingRequestConnection: Omit<OnboardingRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['OnboardingRequestEdge']> };
  OnboardingRequestEdge: Omit<OnboardingRequestEdge, 'node'> & { node: ResolversParentTypes['OnboardingRequest'] };
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RejectOnboardingRequestInput: RejectOnboardingRequestInput;
  RejectOnboardingRequestPayload: Omit<RejectOnboardingRequestPayload, 'request'> & { request?: Maybe<ResolversParentTypes['OnboardingRequest']> };
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberPayload: RemoveMemberPayload;
  RequestTenantAccountInput: RequestTenantAccountInput;
  RequestTenantAccountPayload: RequestTenantAccountPayload;
  ResendInvitationInput: ResendInvitationInput;
  ResendInvitationPayload: Omit<ResendInvitationPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  String: Scalars['String']['output'];
  Tenant: TenantModel;
  TenantConnection: Omit<TenantConnection, 'edges'> & { edges: Array<ResolversParentTypes['TenantEdge']> };
  TenantEdge: Omit<TenantEdge, 'node'> & { node: ResolversParentTypes['Tenant'] };
  UpdateMyProfileInput: UpdateMyProfileInput;
  UpdateMyProfilePayload: Omit<UpdateMyProfilePayload, 'viewer'> & { viewer?: Maybe<ResolversParentTypes['Viewer']> };
  UpdateTenantSettingsInput: UpdateTenantSettingsInput;
  UpdateTenantSettingsPayload: Omit<UpdateTenantSettingsPayload, 'tenant'> & { tenant?: Maybe<ResolversParentTypes['Tenant']> };
  UserError: UserError;
  Viewer: UserRecordModel;
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

export type ChangeMemberRolePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeMemberRolePayload'] = ResolversParentTypes['ChangeMemberRolePayload']> = {
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type InviteMemberPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InviteMemberPayload'] = ResolversParentTypes['InviteMemberPayload']> = {
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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
  approveOnboardingRequest?: Resolver<ResolversTypes['ApproveOnboardingRequestPayload'], ParentType, ContextType, RequireFields<MutationApproveOnboardingRequestArgs, 'input'>>;
  changeMemberRole?: Resolver<ResolversTypes['ChangeMemberRolePayload'], ParentType, ContextType, RequireFields<MutationChangeMemberRoleArgs, 'input'>>;
  inviteMember?: Resolver<ResolversTypes['InviteMemberPayload'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  rejectOnboardingRequest?: Resolver<ResolversTypes['RejectOnboardingRequestPayload'], ParentType, ContextType, RequireFields<MutationRejectOnboardingRequestArgs, 'input'>>;
  removeMember?: Resolver<ResolversTypes['RemoveMemberPayload'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'input'>>;
  requestTenantAccount?: Resolver<ResolversTypes['RequestTenantAccountPayload'], ParentType, ContextType, RequireFields<MutationRequestTenantAccountArgs, 'input'>>;
  resendInvitation?: Resolver<ResolversTypes['ResendInvitationPayload'], ParentType, ContextType, RequireFields<MutationResendInvitationArgs, 'input'>>;
  updateMyProfile?: Resolver<ResolversTypes['UpdateMyProfilePayload'], ParentType, ContextType, RequireFields<MutationUpdateMyProfileArgs, 'input'>>;
  updateTenantSettings?: Resolver<ResolversTypes['UpdateTenantSettingsPayload'], ParentType, ContextType, RequireFields<MutationUpdateTenantSettingsArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'AuditEntry' | 'Membership' | 'OnboardingRequest' | 'Tenant', ParentType, ContextType>;
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

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  onboardingRequests?: Resolver<ResolversTypes['OnboardingRequestConnection'], ParentType, ContextType, RequireFields<QueryOnboardingRequestsArgs, 'first' | 'status'>>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  tenants?: Resolver<ResolversTypes['TenantConnection'], ParentType, ContextType, RequireFields<QueryTenantsArgs, 'first'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
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

export type UpdateMyProfilePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateMyProfilePayload'] = ResolversParentTypes['UpdateMyProfilePayload']> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
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

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  currentTenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPlatformOperator?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  preferredLanguage?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  ApproveOnboardingRequestPayload?: ApproveOnboardingRequestPayloadResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  ChangeMemberRolePayload?: ChangeMemberRolePayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  InviteMemberPayload?: InviteMemberPayloadResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  OnboardingRequest?: OnboardingRequestResolvers<ContextType>;
  OnboardingRequestConnection?: OnboardingRequestConnectionResolvers<ContextType>;
  OnboardingRequestEdge?: OnboardingRequestEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RejectOnboardingRequestPayload?: RejectOnboardingRequestPayloadResolvers<ContextType>;
  RemoveMemberPayload?: RemoveMemberPayloadResolvers<ContextType>;
  RequestTenantAccountPayload?: RequestTenantAccountPayloadResolvers<ContextType>;
  ResendInvitationPayload?: ResendInvitationPayloadResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
  TenantConnection?: TenantConnectionResolvers<ContextType>;
  TenantEdge?: TenantEdgeResolvers<ContextType>;
  UpdateMyProfilePayload?: UpdateMyProfilePayloadResolvers<ContextType>;
  UpdateTenantSettingsPayload?: UpdateTenantSettingsPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

