// Composition root: builds every repository and service once per process (reused across Lambda
// invocations), from the runtime configuration.
import { createAuditRepository } from './audit/audit.repository';
import { createDocumentClient, type Table } from './data/dynamo';
import { createIdentityService } from './identity/identity.service';
import { createTokenVerifier } from './identity/token-verifier';
import { createUserDirectory } from './identity/user-directory';
import { createUserRepository } from './identity/user.repository';
import { createMailer, type Mailer } from './mail/mailer';
import { createMembershipRepository } from './memberships/membership.repository';
import { createMembershipService } from './memberships/membership.service';
import type { AppConfig } from './shared/config';
import { createPersonRepository } from './people/person.repository';
import { createIntakeLinkService } from './people/intake-link.service';
import { createPersonService } from './people/person.service';
import { createPublicSignupService } from './people/public-signup.service';
import { createPeopleImportRepository } from './people-import/people-import.repository';
import { createPeopleImportService } from './people-import/people-import.service';
import { createProgrammeRepository } from './programmes/programme.repository';
import { createProgrammeService } from './programmes/programme.service';
import { createOnboardingRepository } from './tenants/onboarding.repository';
import { createOnboardingService } from './tenants/onboarding.service';
import { createTenantRepository } from './tenants/tenant.repository';
import { createTenantService } from './tenants/tenant.service';

export function createServices(config: AppConfig, overrides: { mailer?: Mailer } = {}) {
  const table: Table = { doc: createDocumentClient(config), name: config.tableName };
  const tenants = createTenantRepository(table);
  const memberships = createMembershipRepository(table);
  const users = createUserRepository(table);
  const audit = createAuditRepository(table);
  const requests = createOnboardingRepository(table);
  const directory = createUserDirectory(config);
  const mailer = overrides.mailer ?? createMailer(config);
  const appUrl = config.appUrl ?? 'the Tandem web app';
  const programmes = createProgrammeService({ table, programmes: createProgrammeRepository(table), audit });
  const personRepository = createPersonRepository(table);
  const people = createPersonService({ table, people: personRepository, programmes, tenants, audit });

  return {
    config,
    table,
    repositories: { tenants, memberships, users, audit, requests },
    directory,
    identity: createIdentityService({ table, verifier: createTokenVerifier(config), users, tenants, memberships }),
    tenants: createTenantService({ table, tenants, audit }),
    memberships: createMembershipService({ table, memberships, tenants, users, audit, directory, mailer, appUrl }),
    onboarding: createOnboardingService({ table, requests, tenants, memberships, users, audit, directory, mailer, appUrl }),
    programmes,
    people,
    publicSignup: createPublicSignupService({ tenants, programmes, people }),
    intakeLinks: createIntakeLinkService({ table, tenants, programmes, people, personRepository, audit }),
    peopleImport: createPeopleImportService({ table, people: personRepository, imports: createPeopleImportRepository(table), programmes, tenants, audit }),
  };
}

export type Services = ReturnType<typeof createServices>;
