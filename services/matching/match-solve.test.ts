import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMatchSolve } from './match-solve';

const repoRoot = path.resolve(import.meta.dirname, '../..');

const instance = {
  newcomers: ['n1', 'n2', 'n3'],
  buddies: [{ id: 'b1', capacity: 1 }, { id: 'b2', capacity: 1 }, { id: 'b3', capacity: 0 }],
  edges: [['n1', 'b1', 3], ['n1', 'b2', 2], ['n2', 'b1', 2], ['n3', 'b3', 9]],
};
const expected = { pairs: [['n1', 'b2'], ['n2', 'b1']], total: 4 };

/** `npm run -s match:solve` with `input` on stdin, exactly as the contract says to call it. */
function matchSolve(input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', 'match:solve'], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('npm run -s match:solve', () => {
  it('reads an instance on stdin and prints { pairs, total } on stdout; a bad one exits non-zero with one line', async () => {
    const [ok, bad] = await Promise.all([matchSolve(JSON.stringify(instance)), matchSolve('{"newcomers": ["n1"], "buddies": []}')]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual(expected);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toBe('');
    // npm may add its own notices after a failing script; ours is the first line.
    expect(bad.stderr.split('\n')[0]).toBe('match:solve: invalid instance: edges: Expected a list of edges.');
  });
});

describe('runMatchSolve', () => {
  it('prints exactly { "pairs": [[newcomerId, buddyId], ...], "total": number } and exits 0', () => {
    expect(runMatchSolve(JSON.stringify(instance))).toEqual({ exitCode: 0, stdout: `${JSON.stringify(expected)}\n`, stderr: '' });
    expect(runMatchSolve('{ "newcomers": [], "buddies": [], "edges": [] }')).toEqual({ exitCode: 0, stdout: '{"pairs":[],"total":0}\n', stderr: '' });
  });

  const withEdges = (edges: unknown) => JSON.stringify({ ...instance, edges });
  const withBuddies = (buddies: unknown) => JSON.stringify({ ...instance, buddies, edges: [] });
  const cases: [string, string, string][] = [
    ['empty input', '', 'no instance on standard input'],
    ['not JSON', '{"newcomers": [', 'the input is not JSON: '],
    ['not an object', '[1, 2]', 'invalid instance: Expected an object with "newcomers", "buddies" and "edges".'],
    ['missing newcomers', '{"buddies": [], "edges": []}', 'invalid instance: newcomers: Expected a list of newcomer ids.'],
    ['missing capacity', withBuddies([{ id: 'b1' }]), 'invalid instance: buddies.0.capacity: Capacity must be a non-negative integer.'],
    ['negative capacity', withBuddies([{ id: 'b1', capacity: -1 }]), 'invalid instance: buddies.0.capacity: Capacity must be a non-negative integer.'],
    ['fractional capacity', withBuddies([{ id: 'b1', capacity: 1.5 }]), 'invalid instance: buddies.0.capacity: Capacity must be a non-negative integer.'],
    ['empty id', JSON.stringify({ ...instance, newcomers: ['n1', ''] }), 'invalid instance: newcomers.1: An id must be a non-empty string.'],
    ['duplicate newcomer', JSON.stringify({ ...instance, newcomers: ['n1', 'n2', 'n1'] }), 'invalid instance: newcomers.2: Newcomer id "n1" is listed twice.'],
    ['duplicate buddy', withBuddies([{ id: 'b1', capacity: 1 }, { id: 'b1', capacity: 2 }]), 'invalid instance: buddies.1.id: Buddy id "b1" is listed twice.'],
    ['short edge', withEdges([['n1', 'b1']]), 'invalid instance: edges.0: An edge is [newcomerId, buddyId, score].'],
    ['zero score', withEdges([['n1', 'b1', 0]]), 'invalid instance: edges.0.2: A score must be a finite number > 0.'],
    ['negative score', withEdges([['n1', 'b1', -0.5]]), 'invalid instance: edges.0.2: A score must be a finite number > 0.'],
    ['infinite score', '{"newcomers": ["n1"], "buddies": [{"id": "b1", "capacity": 1}], "edges": [["n1", "b1", 1e999]]}', 'invalid instance: edges.0.2: A score must be a finite number > 0.'],
    ['score as text', withEdges([['n1', 'b1', '0.5']]), 'invalid instance: edges.0.2: A score must be a finite number > 0.'],
    ['unknown newcomer', withEdges([['n1', 'b1', 1], ['n9', 'b1', 1]]), 'invalid instance: edges.1.0: Unknown newcomer id "n9".'],
    ['unknown buddy', withEdges([['n1', 'b9', 1]]), 'invalid instance: edges.0.1: Unknown buddy id "b9".'],
    ['duplicate edge', withEdges([['n1', 'b1', 1], ['n1', 'b1', 2]]), 'invalid instance: edges.1: Duplicate edge: "n1"–"b1" is also edge 0.'],
  ];
  it.each(cases)('rejects %s with one line on stderr and a non-zero exit code', (_name, input, message) => {
    const outcome = runMatchSolve(input);
    expect(outcome.exitCode).not.toBe(0);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(/^match:solve: [^\n]+\n$/);
    expect(outcome.stderr).toContain(message);
  });

  it('counts further problems instead of listing them', () => {
    expect(runMatchSolve('{}').stderr).toBe('match:solve: invalid instance: newcomers: Expected a list of newcomer ids. (and 2 more problems)\n');
  });
});
