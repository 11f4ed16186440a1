import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { Policy, PolicyStatement, type Role } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source, type ISource } from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';

/** What the web app fetches at start-up (`/config.json`) to find the API and Cognito. */
export interface WebConfig {
  graphqlUrl: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
}

export interface WebContentStackProps extends StackProps {
  siteBucket: IBucket;
  /** Allowed by the site bucket's policy to publish into it. */
  publisherRole: Role;
  config: WebConfig;
  /** The built web app (`npm run build:web`); skipped while it does not exist. */
  distDir: string;
}

/** Uploads the built web app and its config.json into the WebStack's bucket. */
export class WebContentStack extends Stack {
  constructor(scope: Construct, id: string, props: WebContentStackProps) {
    super(scope, id, props);
    const { siteBucket, distDir } = props;

    // BucketDeployment would grant itself wildcard access to the whole CDK asset bucket and to the
    // site bucket. With a role it cannot change, we grant instead: the exact asset objects it copies
    // (below), and the site bucket's policy (WebStack) lets the role write there.
    const role = props.publisherRole.withoutPolicyUpdates();
    const assetObjects: string[] = [];
    const tracked = (source: ISource): ISource => ({
      bind(scope, context) {
        const config = source.bind(scope, context);
        assetObjects.push(config.bucket.arnForObjects(config.zipObjectKey));
        return config;
      },
    });
    const logGroup = new LogGroup(this, 'DeployLogs', { retention: RetentionDays.ONE_MONTH });
    const common = { destinationBucket: siteBucket, role, logGroup, memoryLimit: 256 };

    // Without a build (a fresh clone, infra-only work) only config.json goes up, so synth still works.
    const built = existsSync(path.join(distDir, 'index.html'));
    const entrySources = [tracked(Source.jsonData('config.json', props.config))];
    const deployments: BucketDeployment[] = [];
    if (built) {
      // Hashed file names never change content: cache them for a year. Prune removes old builds;
      // the excluded entry files are neither uploaded nor pruned here.
      deployments.push(
        new BucketDeployment(this, 'Assets', {
          ...common,
          sources: [tracked(Source.asset(distDir))],
          exclude: ['index.html', 'config.json'],
          cacheControl: [CacheControl.fromString('public, max-age=31536000, immutable')],
          prune: true,
        }),
      );
      entrySources.push(tracked(Source.data('index.html', readFileSync(path.join(distDir, 'index.html'), 'utf8'))));
    }
    // index.html and config.json are revalidated on every load, so a release shows at once; uploaded
    // last, so that the new index.html never points at assets that are not there yet.
    const entry = new BucketDeployment(this, 'Entry', {
      ...common,
      sources: entrySources,
      cacheControl: [CacheControl.noCache()],
      prune: false,
    });
    deployments.forEach((assets) => entry.node.addDependency(assets));
    deployments.push(entry);

    const access = new Policy(this, 'PublisherAccess', {
      roles: [props.publisherRole],
      statements: [
        new PolicyStatement({ sid: 'ReadOwnAssets', actions: ['s3:GetObject'], resources: assetObjects }),
        new PolicyStatement({
          sid: 'WriteLogs',
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [logGroup.logGroupArn],
        }),
      ],
    });
    deployments.forEach((deployment) => deployment.node.addDependency(access));

    for (const child of this.node.children) {
      if (child.node.id.startsWith('Custom::CDKBucketDeployment')) {
        Validations.of(child).acknowledge({
          id: 'AwsSolutions-L1',
          reason: 'The upload function and its Python runtime are chosen by aws-cdk-lib (BucketDeployment), not by us.',
        });
      }
    }
  }
}
