// vitest globalSetup: one isolated local stack for the whole test run, torn down at the end.
import type { TestProject } from 'vitest/node';
import { startTestStack } from './stack';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const stack = await startTestStack((message) => {
    if (message.startsWith('WARNING')) console.warn(`[test stack] ${message}`);
  });
  console.log(`[test stack] ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${stack.outputs.BaseUrl}`);
  project.provide('stack', stack.outputs);
  return () => stack.stop();
}
