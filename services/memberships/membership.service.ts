// Tenant admins manage who works in their tenant: invite by e-mail with a role, change roles,
// remove members. Every change is audited in the same transaction; a tenant keeps at least one admin.
import * as z from 'zod/mini';
import type { Table } from '../data/dynamo';
import type { Page } from '../data/pagination';
import { transactWrite } from '../data/transactions';
import type { AuditRepository } from '../audit/audit.repository';
import type { UserDirectory } from '../identity/user-directory';
import type { UserRepository } from '../identity/user.repository';
import type { Mailer } from '../mail/mailer';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors';
import { requireRole, roles, type Role, type TenantScope } from '../shared/scope';
import { emailSchema, languageSchema, parseInput, versionSchema } from '../shared/validation';
import type { TenantRepository } from '../tenants/tenant.repository';
import { sendAccessMail } from './access-mail';
import type { Membership, MembershipRepository } from './membership.repository';

const roleSchema = z.enum(roles);
const inviteSchema = z.object({ email: emailSchema, role: roleSchema, language: z.nullish(languageSchema) });
const changeRoleSchema = z.object({ userId: z.string().check(z.minLength(1)), role: roleSchema, version: versionSchema });

interface Deps {
  table: Table;
  memberships: MembershipRepository;
  tenants: TenantRepository;
  users: UserRepository;
  audit: AuditRepository;
  directory: UserDirectory;
  mailer: Mailer;
  appUrl: string;
}

export function createMembershipService(deps: Deps) {
  const { table, memberships, tenants, users, audit, directory, mailer, appUrl } = deps;

  async function existing(scope: TenantScope, userId: string): Promise<Membership> {
    const membership = await memberships.get(scope, userId);
    if (!membership) throw new NotFoundError('This member does not exist (any more).');
    return membership;
  }

  // A user keeps a Cognito group while they hold its role in any tenant.
  async function mirrorGroup(action: 'add' | 'remove', member: Pick<Membership, 'email' | 'userId'>, role: Role): Promise<void> {
    if (action === 'remove' && (await users.load(member.userId)).memberships.some((membership) => membership.role === role)) return;
    await directory.mirrorRole(action, member.email, role);
  }

  return {
    /** Members of the scope's tenant (tenant admins). */
    list(scope: TenantScope, first?: number | null, after?: string | null): Promise<Page<Membership>> {
      requireRole(scope, 'TENANT_ADMIN');
      return memberships.list(scope, first, after);
    },

    /** One member; tenant admins may see anyone, others only themselves. */
    async get(scope: TenantScope, userId: string): Promise<Membership> {
      if (userId !== scope.userId) requireRole(scope, 'TENANT_ADMIN');
      return existing(scope, userId);
    },

    /** Invites a person (new or existing account) into the tenant with a role. */
    async invite(scope: TenantScope, input: unknown): Promise<Membership> {
      requireRole(scope, 'TENANT_ADMIN');
      const { email, role, language } = parseInput(inviteSchema, input);
      const tenant = await tenants.get(scope);
      const user = await directory.ensureUser(email);
      if (await memberships.get(scope, user.userId)) {
        throw ValidationError.of(['input', 'email'], 'ALREADY_EXISTS', 'This person is already a member of this tenant.');
      }
      const now = new Date().toISOString();
      const membership: Membership = { tenantId: scope.tenantId, userId: user.userId, email, role, status: 'INVITED', createdAt: now, version: 1 };
      const mailLanguage = language ?? tenant.defaultLanguage;
      await transactWrite(
        table,
        [
          ...memberships.createItems(membership),
          users.profileItem(user.userId, email, mailLanguage),
          audit.tenantEntry(scope.tenantId, { action: 'member.invited', actorId: scope.userId, subjectId: user.userId, details: { role } }, now),
          ...(role === 'TENANT_ADMIN' ? [tenants.adminCountItem(scope.tenantId, 1)] : []),
        ],
        () => {
          throw ValidationError.of(['input', 'email'], 'ALREADY_EXISTS', 'This person is already a member of this tenant.');
        },
      );
      await mirrorGroup('add', membership, role);
      const access = await directory.issueInvitation(email, user);
      await sendAccessMail(mailer, access, email, mailLanguage, { tenantName: tenant.name, role, signInUrl: appUrl });
      return membership;
    },

    /** Sends a fresh invitation to a member who never signed in (temporary passwords expire). */
    async resendInvitation(scope: TenantScope, userId: string): Promise<Membership> {
      requireRole(scope, 'TENANT_ADMIN');
      const member = await existing(scope, userId);
      if (member.status !== 'INVITED') {
        throw ValidationError.of(['input', 'membershipId'], 'NOT_ALLOWED', 'This member has already signed in.');
      }
      const tenant = await tenants.get(scope);
      const access = await directory.issueInvitation(member.email, await directory.ensureUser(member.email));
      await transactWrite(table, [audit.tenantEntry(scope.tenantId, { action: 'member.invitation_resent', actorId: scope.userId, subjectId: userId })]);
      const language = (await users.load(userId)).preferredLanguage ?? tenant.defaultLanguage;
      await sendAccessMail(mailer, access, member.email, language, { tenantName: tenant.name, role: member.role, signInUrl: appUrl });
      return member;
    },

    async changeRole(scope: TenantScope, input: unknown): Promise<Membership> {
      requireRole(scope, 'TENANT_ADMIN');
      const { userId, role, version } = parseInput(changeRoleSchema, input);
      const current = await existing(scope, userId);
      if (current.version !== version) throw new ConflictError('This member was changed meanwhile; reload and try again.');
      if (current.role === role) return current;
      const adminDelta = role === 'TENANT_ADMIN' ? 1 : current.role === 'TENANT_ADMIN' ? -1 : 0;
      const items = [
        ...memberships.changeRoleItems(scope, userId, role, version),
        audit.tenantEntry(scope.tenantId, { action: 'member.role_changed', actorId: scope.userId, subjectId: userId, details: { from: current.role, to: role } }),
        ...(adminDelta ? [tenants.adminCountItem(scope.tenantId, adminDelta)] : []),
      ];
      await transactWrite(table, items, (index) => {
        if (index === items.length - 1 && adminDelta < 0) {
          throw ValidationError.of(['input', 'role'], 'LAST_ADMIN', 'A tenant needs at least one tenant admin.');
        }
        throw new ConflictError('This member was changed meanwhile; reload and try again.');
      });
      await mirrorGroup('add', current, role);
      await mirrorGroup('remove', current, current.role);
      return { ...current, role, version: version + 1 };
    },

    async remove(scope: TenantScope, userId: string): Promise<void> {
      requireRole(scope, 'TENANT_ADMIN');
      const current = await existing(scope, userId);
      const isAdmin = current.role === 'TENANT_ADMIN';
      const items = [
        ...memberships.removeItems(scope, userId, current.version),
        audit.tenantEntry(scope.tenantId, { action: 'member.removed', actorId: scope.userId, subjectId: userId, details: { role: current.role } }),
        ...(isAdmin ? [tenants.adminCountItem(scope.tenantId, -1)] : []),
      ];
      await transactWrite(table, items, (index) => {
        if (isAdmin && index === items.length - 1) {
          throw ValidationError.of(['input', 'membershipId'], 'LAST_ADMIN', 'A tenant needs at least one tenant admin.');
        }
        throw new ConflictError('This member was changed meanwhile; reload and try again.');
      });
      await mirrorGroup('remove', current, current.role);
    },
  };
}

export type MembershipService = ReturnType<typeof createMembershipService>;
