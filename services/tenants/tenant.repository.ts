// Tenant items and their slug reservations.
//   TENANT#<id> / TENANT          the tenant's profile and settings (gsi1: TENANTS / <createdAt>#<id>)
//   SLUG#<slug> / SLUG            reserves a slug, points at the tenant id
import { BatchGetCommand, GetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { Table } from '../data/dynamo';
import { queryPage, type Page } from '../data/pagination';
import type { TransactItem } from '../data/transactions';
import { NotFoundError } from '../shared/errors';
import type { TenantScope } from '../shared/scope';
import type { Language } from '../shared/validation';

export const tenantKinds = ['MUNICIPALITY', 'INTERMUNICIPAL_PARTNERSHIP', 'UMBRELLA_NETWORK', 'NGO'] as const;
export type TenantKind = (typeof tenantKinds)[number];

export interface Tenant {
  id: string;
  slug: string;
  name: string;
  kind: TenantKind;
  country: string;
  defaultLanguage: Language;
  languages: Language[];
  status: 'ACTIVE' | 'SUSPENDED';
  createdAt: string;
  version: number;
}

export interface TenantSettingsPatch {
  name?: string;
  defaultLanguage?: Language;
  languages?: Language[];
}

const tenantKey = (id: string) => ({ pk: `TENANT#${id}`, sk: 'TENANT' });
const slugKey = (slug: string) => ({ pk: `SLUG#${slug}`, sk: 'SLUG' });

function toTenant(item: Record<string, unknown>): Tenant {
  return {
    id: item.id as string,
    slug: item.slug as string,
    name: item.name as string,
    kind: item.kind as TenantKind,
    country: item.country as string,
    defaultLanguage: item.defaultLanguage as Language,
    languages: item.languages as Language[],
    status: item.status as Tenant['status'],
    createdAt: item.createdAt as string,
    version: item.version as number,
  };
}

export function createTenantRepository(table: Table) {
  return {
    /** Puts for a new tenant and its slug; both fail if either exists (items 0 and 1 of the pair). */
    createItems(tenant: Tenant, adminCount: number): [TransactItem, TransactItem] {
      return [
        {
          Put: {
            TableName: table.name,
            Item: {
              ...tenantKey(tenant.id),
              type: 'Tenant',
              ...tenant,
              gsi1pk: 'TENANTS',
              gsi1sk: `${tenant.createdAt}#${tenant.id}`,
              adminCount,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: table.name,
            Item: { ...slugKey(tenant.slug), type: 'Slug', tenantId: tenant.id },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ];
    },

    /** The scope's own tenant. */
    async get(scope: TenantScope): Promise<Tenant> {
      const tenant = await this.getById(scope.tenantId);
      if (!tenant) throw new NotFoundError('Tenant not found.');
      return tenant;
    },

    /** Directory lookup by id (identity checks, operator views, DataLoader). */
    async getById(id: string): Promise<Tenant | null> {
      const result = await table.doc.send(new GetCommand({ TableName: table.name, Key: tenantKey(id) }));
      return result.Item ? toTenant(result.Item) : null;
    },

    /** Directory lookup of many tenants at once, in the order of `ids` (null where missing). */
    async getMany(ids: readonly string[]): Promise<(Tenant | null)[]> {
      const found = new Map<string, Tenant>();
      const unique = [...new Set(ids)];
      for (let i = 0; i < unique.length; i += 100) {
        let keys: Record<string, unknown>[] | undefined = unique.slice(i, i + 100).map(tenantKey);
        while (keys && keys.length) {
          const result: BatchGetCommandOutput = await table.doc.send(new BatchGetCommand({ RequestItems: { [table.name]: { Keys: keys } } }));
          for (const item of result.Responses?.[table.name] ?? []) found.set(item.id as string, toTenant(item));
          keys = result.UnprocessedKeys?.[table.name]?.Keys;
        }
      }
      return ids.map((id) => found.get(id) ?? null);
    },

    /** Resolves a slug to a tenant id. */
    async idBySlug(slug: string): Promise<string | null> {
      const result = await table.doc.send(new GetCommand({ TableName: table.name, Key: slugKey(slug) }));
      return (result.Item?.tenantId as string | undefined) ?? null;
    },

    async slugTaken(slug: string): Promise<boolean> {
      return (await this.idBySlug(slug)) !== null;
    },

    /** All tenants, oldest first (platform operator). */
    list(first?: number | null, after?: string | null): Promise<Page<Tenant>> {
      return queryPage(
        table,
        {
          partition: { gsi1pk: 'TENANTS' },
          keyAttributes: ['pk', 'sk', 'gsi1pk', 'gsi1sk'],
          params: {
            IndexName: 'gsi1',
            KeyConditionExpression: 'gsi1pk = :p',
            ExpressionAttributeValues: { ':p': 'TENANTS' },
          },
          first,
          after,
        },
        toTenant,
      );
    },

    /**
     * Changes the tenant's count of tenant admins by `delta` in the same transaction as the
     * membership change; a decrease fails when it would leave the tenant without an admin.
     */
    adminCountItem(tenantId: string, delta: 1 | -1): TransactItem {
      return {
        Update: {
          TableName: table.name,
          Key: tenantKey(tenantId),
          UpdateExpression: 'ADD #admins :delta',
          ConditionExpression: delta < 0 ? 'attribute_exists(pk) AND #admins > :one' : 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#admins': 'adminCount' },
          ExpressionAttributeValues: delta < 0 ? { ':delta': delta, ':one': 1 } : { ':delta': delta },
        },
      };
    },

    /** An update of the settings that only succeeds while `version` is current (optimistic locking). */
    updateSettingsItem(scope: TenantScope, patch: TenantSettingsPatch, version: number): TransactItem {
      const names: Record<string, string> = { '#version': 'version' };
      const values: Record<string, unknown> = { ':expected': version, ':one': 1 };
      const sets: string[] = [];
      for (const [field, value] of Object.entries(patch)) {
        if (value === undefined) continue;
        names[`#${field}`] = field;
        values[`:${field}`] = value;
        sets.push(`#${field} = :${field}`);
      }
      return {
        Update: {
          TableName: table.name,
          Key: tenantKey(scope.tenantId),
          UpdateExpression: `SET ${[...sets, '#version = #version + :one'].join(', ')}`,
          ConditionExpression: 'attribute_exists(pk) AND #version = :expected',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      };
    },
  };
}

export type TenantRepository = ReturnType<typeof createTenantRepository>;
