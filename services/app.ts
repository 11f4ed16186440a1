// Composition root: builds every repository and service once per process (reused across Lambda
// invocations), from the runtime configuration.
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { createAuditRepository } from './audit/audit.repository';
import { createDocumentClient, type Table } from './data/dynamo';
import { createIdentityService } from './identity/identity.service';
import { createTokenVerifier } from './identity/token-verifier';
import { createUserDirectory } from './identity/user-directory';
import { createUserRepository } from './identity/user.repository';
import { createMailer, type Mailer } from './mail/mailer';
import { createMatchRepository } from './matching/match.repository';
import { createMatchService } from './matching/match.service';
import { createMatchPersonRecords } from './matching/person-records';
import { createMatchingService, type MatchingService, type RunLauncher } from './matching/matching.service';
import type { MatchingRunEvent } from './matching/run-worker.lambda';
import { createMembershipRepository } from './memberships/membership.repository';
import { createMembershipService } from './memberships/membership.service';
import type { AppConfig } from './shared/config';
import { grantTenantScope } from './shared/scope';
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

export function createServices(config: AppConfig, overrides: { mailer?: Mailer; runLauncher?: RunLauncher } = {}) {
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
  const matchRepository = createMatchRepository(table);
  const people = createPersonService({ table, people: personRepository, programmes, tenants, audit, related: createMatchPersonRecords(table, matchRepository) });
  const matching = createMatchingService({ table, matches: matchRepository, people: personRepository, programmes, audit });
  const runLauncher: RunLauncher = overrides.runLauncher ?? createRunLauncher(config, matching);

  return {
    config,
    table,
    repositories: { tenants, memberships, users, audit, requests, people: personRepository },
    directory,
    identity: createIdentityService({ table, verifier: createTokenVerifier(config), users, tenants, memberships }),
    tenants: createTenantService({ table, tenants, audit }),
    memberships: createMembershipService({ table, memberships, tenants, users, audit, directory, mailer, appUrl }),
    onboarding: createOnboardingService({ table, requests, tenants, memberships, users, audit, directory, mailer, appUrl }),
    programmes,
    people,
    publicSignup: createPublicSignupService({ tenants, programmes, people }),
    intakeLinks: createIntakeLinkService({ table, tenants, programmes, people, personRepository, audit }),
    matching,
    matches: createMatchService({ table, matches: matchRepository, people: personRepository, programmes, matching, tenants, audit, mailer, appUrl }),
    runLauncher,
    peopleImport: createPeopleImportService({ table, people: personRepository, imports: createPeopleImportRepository(table), programmes, tenants, audit }),
  };
}

export type Services = ReturnType<typeof createServices>;

/**
 * In the cloud a run goes to the matching worker Lambda (an asynchronous invocation: the API's
 * process is frozen once it has answered); locally (one long-lived process) it works in the
 * background of the process that started it.
 */
function createRunLauncher(config: AppConfig, matching: MatchingService): RunLauncher {
  const worker = config.matchingWorkerFunction;
  if (worker) {
    const lambda = new LambdaClient({ region: config.region });
    return async ({ tenantId, runId, userId }) => {
      const event: MatchingRunEvent = { kind: 'matching-run', tenantId, runId, userId };
      await lambda.send(new InvokeCommand({ FunctionName: worker, InvocationType: 'Event', Payload: JSON.stringify(event) }));
    };
  }
  return async ({ tenantId, runId, userId }) => {
    setImmediate(() => void matching.executeRun(grantTenantScope(tenantId, userId, 'COORDINATOR'), runId));
  };
}
