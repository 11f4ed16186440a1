// Runs in a fresh `node` process, like a Lambda cold start: import one bundle (init), answer one
// event (first invoke), print the timings as one JSON line. Plain JavaScript: no loader in the way.
//   node cold-start-child.mjs <bundle.mjs> <event.json>
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const bootMs = performance.now(); // node's own start-up, until this script runs
const [bundlePath, eventPath] = process.argv.slice(2);
const event = JSON.parse(readFileSync(eventPath, 'utf8'));
const context = {
  callbackWaitsForEmptyEventLoop: false,
  functionName: 'tandem-bench',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-1:000000000000:function:tandem-bench',
  memoryLimitInMB: '512',
  awsRequestId: 'cold-start',
  logGroupName: '/aws/lambda/tandem-bench',
  logStreamName: 'bench',
  getRemainingTimeInMillis: () => 10_000,
};

const t0 = performance.now();
const { handler } = await import(pathToFileURL(bundlePath).href);
const t1 = performance.now();
const result = await handler(event, context);
const t2 = performance.now();

const report = {
  bootMs,
  importMs: t1 - t0,
  firstRequestMs: t2 - t1,
  respondedAtEpochMs: performance.timeOrigin + t2,
  statusCode: result?.statusCode,
  body: result?.body,
};
// The SDK's keep-alive sockets would keep the process up: leave once the line is out.
process.stdout.write(`${JSON.stringify(report)}\n`, () => process.exit(0));
