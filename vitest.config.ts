// One vitest run covers every package; the local stack is started once for all of it.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{services,graphql,infra,web,test}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '.local/**', 'cdk.out/**', '**/dist/**'],
    globalSetup: ['test/support/global-setup.ts'],
    // Code under test builds its own AWS SDK clients: point them at the emulators' dummy credentials.
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...(process.env.AWS_ACCESS_KEY_ID ? {} : { AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' }),
    },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // forks (the default), never threads: browser tests left Chromium behind with threads.
    pool: 'forks',
    maxWorkers: 2,
  },
});
