// AWS Lambda entry: the same server that the local gateway and the tests run.
import { configFromEnv } from '../../services/shared/config';
import { createGraphqlHandler } from './handler';

export const handler = createGraphqlHandler(configFromEnv());
