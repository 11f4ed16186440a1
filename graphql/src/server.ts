// The Apollo Server: schema-first type definitions, typed resolvers, query limits, error mapping.
// Built once per process; the Lambda entry, the local gateway and the tests all use it.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { DomainError } from '../../services/shared/errors';
import type { Context } from './context';
import { formatError } from './errors';
import { typeDefs } from './generated/type-defs';
import { resolvers } from './resolvers';

const clientErrorCodes = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);

// Query-limit rejections (e.g. graphql-armor's token limit during parsing) can surface as HTTP 500;
// a request the client got wrong is a 4xx, so correct the status when every error is a client error.
const clientErrorStatus: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { errors, data } = response.body.singleResult;
        const allClientErrors = errors?.length && errors.every((error) => clientErrorCodes.has(String(error.extensions?.code)));
        if (allClientErrors && data == null && (response.http.status ?? 200) >= 500) response.http.status = 400;
      },
    };
  },
};

// One structured line per request: operation, outcome, duration. Never variables (personal data).
const requestLog: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    const started = performance.now();
    return {
      async willSendResponse({ operationName, errors, contextValue: context }) {
        context.log.info('graphql request', {
          operationName: operationName ?? null,
          errorCodes: errors?.map((error) => error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') ?? [],
          durationMs: Math.round(performance.now() - started),
          tenantId: context.tenantScope?.tenantId ?? contextValue.tenantScope?.tenantId ?? null,
        });
      },
      async didEncounterErrors({ errors, contextValue: context }) {
        for (const error of errors) {
          // Domain errors and GraphQL's own client errors are answers, not failures.
          if (unwrapResolverError(error) instanceof DomainError || error.extensions?.code) continue;
          context.log.error('resolver failed', { errorName: error.originalError?.name ?? error.name, path: error.path?.join('.') });
        }
      },
    };
  },
};

export function createApolloServer(options: { production: boolean }): ApolloServer<Context> {
  const armor = new ApolloArmor({
    // Fragments count by what they select, as if written inline.
    maxDepth: { n: 8, flattenFragments: true },
    maxAliases: { n: 15 },
    maxDirectives: { n: 50 },
    // armor's token limit parses in a plugin and turns every parse error into a 500; graphql-js
    // enforces the same limit while parsing (parseOptions below) and answers 400.
    maxTokens: { enabled: false },
    // armor's cost grows with depth (×1.5 a level), not with list sizes (pages are capped at 100); the
    // matching board reads a run's proposals with both people and their match at depth 6–7.
    costLimit: { maxCost: 20000 },
  });
  const protection = armor.protect();
  return new ApolloServer<Context>({
    typeDefs,
    resolvers,
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: 2000 },
    formatError,
    validationRules: protection.validationRules,
    plugins: [...protection.plugins, clientErrorStatus, requestLog],
  });
}
