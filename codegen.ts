// GraphQL Code Generator: typed resolvers from the SDL in graphql/schema (schema-first).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'graphql/schema/*.graphql',
  generates: {
    'graphql/src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#Context',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        mapperTypeSuffix: 'Model',
        mappers: {
          Tenant: '../../../services/tenants/tenant.repository#Tenant',
          Membership: '../../../services/memberships/membership.repository#Membership',
          OnboardingRequest: '../../../services/tenants/onboarding.repository#OnboardingRequest',
          AuditEntry: '../../../services/audit/audit.repository#AuditEntry',
          Viewer: '../../../services/identity/user.repository#UserRecord',
          Programme: '../../../services/programmes/programme.repository#Programme',
          IntakeForm: '../../../services/programmes/intake-form#IntakeForm',
          FormField: '../../../services/programmes/intake-form#FormField',
          FieldOption: '../../../services/programmes/intake-form#FieldOption',
          Interest: '../../../services/programmes/intake-form#Interest',
          Person: '../../../services/people/person.service#PersonView',
          Note: '../../../services/people/person.repository#Note',
          PublicSignupPage: '../../../services/people/public-signup.service#PublicSignupPage',
          PeopleImportJob: '../../../services/people-import/people-import.repository#PeopleImportJob',
          PeopleImportReport: '../../../services/people-import/people-import.service#ImportReport',
          IntakeInvitation: '../../../services/people/intake-link.service#IntakeInvitation',
          MatchingPreset: '../../../services/matching/matching.service#PresetView',
          MatchSuggestion: '../../../services/matching/matching.service#Suggestion',
          MatchingRun: '../../../services/matching/match.repository#MatchingRun',
          MatchProposal: '../../../services/matching/match.repository#MatchProposal',
          PairPin: '../../../services/matching/match.repository#PairPin',
          Match: '../../../services/matching/match.repository#Match',
          MatchInvitation: '../../../services/matching/match.service#MatchInvitation',
          CriterionScore: '../../../services/matching/scoring#CriterionResult',
        },
      },
    },
  },
};

export default config;
