// Entry point of `npm run -s match:solve`: instance JSON on stdin, result JSON on stdout, problems on
// stderr with a non-zero exit code. See match-solve.ts.
import { runMatchSolve } from './match-solve';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const { exitCode, stdout, stderr } = runMatchSolve(Buffer.concat(chunks).toString('utf8'));
process.stderr.write(stderr);
process.stdout.write(stdout, () => process.exit(exitCode));
