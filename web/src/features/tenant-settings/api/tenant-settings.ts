import { gql } from 'urql';
import * as z from 'zod/mini';
import { LANGUAGES, type Language, type TenantKind } from '../../../lib/domain';
import { UserErrorFields, type UserError } from '../../../lib/user-errors';

export interface TenantSettings {
  id: string;
  slug: string;
  name: string;
  kind: TenantKind;
  country: string;
  defaultLanguage: Language;
  languages: Language[];
  version: number;
}

export const tenantSettingsSchema = z
  .object({
    name: z.string().check(z.trim(), z.minLength(1, 'REQUIRED'), z.minLength(2, 'TOO_SHORT'), z.maxLength(120, 'TOO_LONG')),
    defaultLanguage: z.enum(LANGUAGES),
    languages: z.array(z.enum(LANGUAGES)).check(z.minLength(1, 'REQUIRED')),
  })
  .check(z.refine((value) => value.languages.includes(value.defaultLanguage), { path: ['defaultLanguage'], error: 'NOT_OFFERED' }));
export type TenantSettingsInput = z.infer<typeof tenantSettingsSchema>;

const TenantSettingsFields = gql`
  fragment TenantSettingsFields on Tenant {
    id
    slug
    name
    kind
    country
    defaultLanguage
    languages
    version
  }
`;

export const TenantSettingsQuery = gql<{ tenant: TenantSettings | null }, Record<string, never>>`
  query TenantSettings {
    tenant {
      ...TenantSettingsFields
    }
  }
  ${TenantSettingsFields}
`;

export const UpdateTenantSettingsMutation = gql<
  { updateTenantSettings: { tenant: TenantSettings | null; userErrors: UserError[] } },
  { input: TenantSettingsInput & { version: number } }
>`
  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      tenant {
        ...TenantSettingsFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${TenantSettingsFields}
  ${UserErrorFields}
`;
