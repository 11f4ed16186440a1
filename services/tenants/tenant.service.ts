// A tenant's own settings (tenant admins) and the tenant directory (platform operator).
import * as z from 'zod/mini';
import type { AuditEntry, AuditRepository } from '../audit/audit.repository';
import type { Table } from '../data/dynamo';
import type { Page } from '../data/pagination';
import { transactWrite } from '../data/transactions';
import { ConflictError, ValidationError } from '../shared/errors';
import { requirePlatform, requireRole, type PlatformScope, type TenantScope } from '../shared/scope';
import { distinctListSchema, languageSchema, lineSchema, parseInput, versionSchema } from '../shared/validation';
import type { Tenant, TenantRepository } from './tenant.repository';

const settingsSchema = z.object({
  name: z.nullish(lineSchema(2, 120)),
  defaultLanguage: z.nullish(languageSchema),
  languages: z.nullish(distinctListSchema(languageSchema, 1, 15)),
  version: versionSchema,
});

interface Deps {
  table: Table;
  tenants: TenantRepository;
  audit: AuditRepository;
}

export function createTenantService({ table, tenants, audit }: Deps) {
  return {
    /** The scope's own tenant (any member). */
    get(scope: TenantScope): Promise<Tenant> {
      return tenants.get(scope);
    },

    /** Updates name and languages; the default language must be one of the languages offered. */
    async updateSettings(scope: TenantScope, input: unknown): Promise<Tenant> {
      requireRole(scope, 'TENANT_ADMIN');
      const { version, ...patch } = parseInput(settingsSchema, input);
      const current = await tenants.get(scope);
      const next = {
        name: patch.name ?? current.name,
        defaultLanguage: patch.defaultLanguage ?? current.defaultLanguage,
        languages: patch.languages ?? current.languages,
      };
      if (!next.languages.includes(next.defaultLanguage)) {
        throw ValidationError.of(['input', 'defaultLanguage'], 'NOT_ALLOWED', 'The default language must be one of the languages offered.');
      }
      const changed = Object.fromEntries(
        Object.entries(next).filter(([field, value]) => JSON.stringify(value) !== JSON.stringify(current[field as keyof typeof next])),
      );
      await transactWrite(
        table,
        [
          tenants.updateSettingsItem(scope, next, version),
          audit.tenantEntry(scope.tenantId, { action: 'tenant.settings_updated', actorId: scope.userId, subjectId: scope.tenantId, details: { fields: Object.keys(changed) } }),
        ],
        () => {
          throw new ConflictError('The settings were changed meanwhile; reload and try again.');
        },
      );
      return { ...current, ...next, version: version + 1 };
    },

    /** The tenant's audit trail, newest first (tenant admins). */
    auditLog(scope: TenantScope, first?: number | null, after?: string | null): Promise<Page<AuditEntry>> {
      requireRole(scope, 'TENANT_ADMIN');
      return audit.listForTenant(scope, first, after);
    },

    /** Every tenant (platform operator). */
    list(platform: PlatformScope | undefined, first?: number | null, after?: string | null): Promise<Page<Tenant>> {
      requirePlatform(platform);
      return tenants.list(first, after);
    },
  };
}

export type TenantService = ReturnType<typeof createTenantService>;
