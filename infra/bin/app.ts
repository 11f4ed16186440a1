// CDK app entry (cdk.json "app"): `npm run synth`, `npm run deploy`.
import { App } from 'aws-cdk-lib';
import { createTandemStacks } from '../lib/tandem-app';

// The CDK CLI sets these from the AWS profile (the region defaults to us-east-1; set AWS_REGION).
// A region is required: the table's customer-managed key is bound to its replica's region.
const region = process.env.CDK_DEFAULT_REGION;
if (!region) throw new Error('No AWS region: run through the CDK CLI (npm run synth) or set CDK_DEFAULT_REGION.');

const app = new App();
createTandemStacks(app, { env: { account: process.env.CDK_DEFAULT_ACCOUNT, region } });
app.synth();
