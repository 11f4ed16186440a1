// Where the local stack keeps its files.
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
/** Git-ignored: emulator download, persistent data, outbox, logs and outputs.json. */
export const localDir = path.join(repoRoot, '.local');
