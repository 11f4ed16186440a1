// CDK app entry (cdk.json "app"): `npm run synth`, `npm run deploy`.
import { App } from 'aws-cdk-lib';
import { createTandemStacks } from '../lib/tandem-app';

const app = new App();
createTandemStacks(app, {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
app.synth();
