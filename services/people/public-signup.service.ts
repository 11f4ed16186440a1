// The public sign-up page of a programme: volunteers apply without an account. This is the one
// place where the tenant comes from the request (the page's slug) rather than a verified identity,
// so the scope it grants serves only these two read/apply operations.
import { grantTenantScope, type TenantScope } from '../shared/scope';
import type { IntakeForm } from '../programmes/intake-form';
import type { Programme } from '../programmes/programme.repository';
import type { ProgrammeService } from '../programmes/programme.service';
import { ValidationError } from '../shared/errors';
import type { TenantRepository } from '../tenants/tenant.repository';
import type { PersonService } from './person.service';

export interface PublicSignupPage {
  tenantName: string;
  programme: Programme;
  form: IntakeForm;
}

interface Deps {
  tenants: TenantRepository;
  programmes: ProgrammeService;
  people: PersonService;
}

export function createPublicSignupService({ tenants, programmes, people }: Deps) {
  async function scopeOf(slug: string): Promise<TenantScope | null> {
    const tenantId = await tenants.idBySlug(slug.trim().toLowerCase());
    return tenantId ? grantTenantScope(tenantId, 'public-sign-up', 'BUDDY') : null;
  }

  return {
    /** The page of an ACTIVE programme with sign-up open; null otherwise (no hint which). */
    async page(slug: string, programmeId: string): Promise<PublicSignupPage | null> {
      const scope = await scopeOf(slug);
      const programme = scope ? await programmes.find(scope, programmeId) : null;
      if (!scope || !programme || programme.status !== 'ACTIVE' || !programme.publicSignupOpen) return null;
      const tenant = await tenants.getById(scope.tenantId);
      const form = programmes.form(programme.buddyFormId);
      return tenant && form ? { tenantName: tenant.name, programme, form } : null;
    },

    async apply(slug: string, input: unknown): Promise<void> {
      const scope = await scopeOf(slug);
      if (!scope) throw ValidationError.of(['input', 'tenantSlug'], 'INVALID', 'No such sign-up page.');
      await people.applyAsBuddy(scope, input);
    },
  };
}

export type PublicSignupService = ReturnType<typeof createPublicSignupService>;
