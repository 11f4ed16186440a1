// Onboarding: a municipality asks for an account; the platform operator approves (creating the
// tenant, its slug and its first tenant admin in one transaction) or rejects with a reason.
import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import type { AuditRepository } from '../audit/audit.repository';
import type { Table } from '../data/dynamo';
import type { Page } from '../data/pagination';
import { transactWrite } from '../data/transactions';
import type { UserDirectory } from '../identity/user-directory';
import type { UserRepository } from '../identity/user.repository';
import type { Mailer } from '../mail/mailer';
import { mails } from '../mail/messages';
import { sendAccessMail } from '../memberships/access-mail';
import type { MembershipRepository } from '../memberships/membership.repository';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors';
import { requirePlatform, type PlatformScope } from '../shared/scope';
import { countrySchema, distinctListSchema, emailSchema, languageSchema, lineSchema, parseInput, versionSchema } from '../shared/validation';
import type { OnboardingRepository, OnboardingRequest, OnboardingStatus } from './onboarding.repository';
import { tenantKinds, type Tenant, type TenantRepository } from './tenant.repository';

const slugPattern = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

const requestSchema = z.object({
  organisationName: lineSchema(2, 120),
  kind: z.enum(tenantKinds),
  country: countrySchema,
  languages: distinctListSchema(languageSchema, 1, 15),
  contactName: lineSchema(2, 120),
  contactEmail: emailSchema,
});

const requestIdSchema = z.string().check(z.minLength(1));

const approveSchema = z.object({
  requestId: requestIdSchema,
  slug: z.nullish(
    z.string().check(
      z.trim(),
      z.toLowerCase(),
      z.regex(slugPattern, 'Use 1–40 lowercase letters, digits and hyphens, starting and ending with a letter or digit.'),
    ),
  ),
  version: versionSchema,
});

const rejectSchema = z.object({
  requestId: requestIdSchema,
  reason: lineSchema(3, 1000),
  version: versionSchema,
});

/** "Hamont-Achel" → "hamont-achel", "Liège" → "liege". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

interface Deps {
  table: Table;
  requests: OnboardingRepository;
  tenants: TenantRepository;
  memberships: MembershipRepository;
  users: UserRepository;
  audit: AuditRepository;
  directory: UserDirectory;
  mailer: Mailer;
  appUrl: string;
}

export function createOnboardingService(deps: Deps) {
  const { table, requests, tenants, memberships, users, audit, directory, mailer, appUrl } = deps;

  async function pending(id: string, version: number): Promise<OnboardingRequest> {
    const request = await requests.get(id);
    if (!request) throw new NotFoundError('This onboarding request does not exist.');
    if (request.status !== 'PENDING') throw new ConflictError(`This request was already ${request.status.toLowerCase()}.`);
    if (request.version !== version) throw new ConflictError('This request was changed meanwhile; reload and try again.');
    return request;
  }

  return {
    /** Anyone: records a request and confirms its receipt to the contact. */
    async requestAccount(input: unknown): Promise<OnboardingRequest> {
      const fields = parseInput(requestSchema, input);
      const request: OnboardingRequest = {
        id: randomUUID(),
        ...fields,
        status: 'PENDING',
        rejectionReason: null,
        tenantId: null,
        createdAt: new Date().toISOString(),
        decidedAt: null,
        decidedBy: null,
        version: 1,
      };
      await requests.create(request);
      await mailer.send(mails.onboardingReceived(request.contactEmail, request.languages[0], { organisationName: request.organisationName }));
      return request;
    },

    list(platform: PlatformScope | undefined, status: OnboardingStatus, first?: number | null, after?: string | null): Promise<Page<OnboardingRequest>> {
      requirePlatform(platform);
      return requests.listByStatus(status, first, after);
    },

    async get(platform: PlatformScope | undefined, id: string): Promise<OnboardingRequest | null> {
      requirePlatform(platform);
      return requests.get(id);
    },

    /** Creates the tenant and makes the contact its first tenant admin, with an invitation. */
    async approve(platform: PlatformScope | undefined, input: unknown): Promise<{ request: OnboardingRequest; tenant: Tenant }> {
      const operator = requirePlatform(platform);
      const { requestId, slug: wantedSlug, version } = parseInput(approveSchema, input);
      const request = await pending(requestId, version);
      const slug = wantedSlug ?? slugify(request.organisationName);
      if (!slugPattern.test(slug)) {
        throw ValidationError.of(['input', 'slug'], 'REQUIRED', 'Choose a slug: the name gives none.');
      }
      const slugTaken = () => ValidationError.of(['input', 'slug'], 'ALREADY_EXISTS', `The slug "${slug}" is taken; choose another.`);
      if (await tenants.slugTaken(slug)) throw slugTaken();

      const now = new Date().toISOString();
      const tenant: Tenant = {
        id: randomUUID(),
        slug,
        name: request.organisationName,
        kind: request.kind,
        country: request.country,
        defaultLanguage: request.languages[0],
        languages: request.languages,
        status: 'ACTIVE',
        createdAt: now,
        version: 1,
      };
      // The account is made first (Cognito is outside the transaction; an unused account is
      // harmless), its password only after the transaction, by the one approval that won.
      const contact = await directory.ensureUser(request.contactEmail);
      const decided: OnboardingRequest = { ...request, status: 'APPROVED', tenantId: tenant.id, decidedAt: now, decidedBy: operator.userId, version: version + 1 };
      const items = [
        requests.decideItem(decided, version),
        ...tenants.createItems(tenant, 1),
        ...memberships.createItems({ tenantId: tenant.id, userId: contact.userId, email: request.contactEmail, role: 'TENANT_ADMIN', status: 'INVITED', createdAt: now, version: 1 }),
        users.profileItem(contact.userId, request.contactEmail, tenant.defaultLanguage),
        audit.tenantEntry(tenant.id, { action: 'tenant.created', actorId: operator.userId, subjectId: tenant.id, details: { onboardingRequestId: request.id } }, now),
        audit.tenantEntry(tenant.id, { action: 'member.invited', actorId: operator.userId, subjectId: contact.userId, details: { role: 'TENANT_ADMIN' } }, now),
        audit.platformEntry({ action: 'onboarding.approved', actorId: operator.userId, subjectId: request.id, details: { tenantId: tenant.id } }, now),
      ];
      await transactWrite(table, items, (index) => {
        if (index === 0) throw new ConflictError('This request was decided meanwhile; reload.');
        throw slugTaken();
      });
      await directory.mirrorRole('add', request.contactEmail, 'TENANT_ADMIN');
      const access = await directory.issueInvitation(request.contactEmail, contact);
      await sendAccessMail(mailer, access, request.contactEmail, tenant.defaultLanguage, { tenantName: tenant.name, role: 'TENANT_ADMIN', signInUrl: appUrl });
      return { request: decided, tenant };
    },

    async reject(platform: PlatformScope | undefined, input: unknown): Promise<OnboardingRequest> {
      const operator = requirePlatform(platform);
      const { requestId, reason, version } = parseInput(rejectSchema, input);
      const request = await pending(requestId, version);
      const now = new Date().toISOString();
      const decided: OnboardingRequest = { ...request, status: 'REJECTED', rejectionReason: reason, decidedAt: now, decidedBy: operator.userId, version: version + 1 };
      await transactWrite(
        table,
        [requests.decideItem(decided, version), audit.platformEntry({ action: 'onboarding.rejected', actorId: operator.userId, subjectId: request.id }, now)],
        () => {
          throw new ConflictError('This request was decided meanwhile; reload.');
        },
      );
      await mailer.send(mails.onboardingRejected(request.contactEmail, request.languages[0], { organisationName: request.organisationName, reason }));
      return decided;
    },
  };
}

export type OnboardingService = ReturnType<typeof createOnboardingService>;
