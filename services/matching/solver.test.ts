import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/errors';
import { randomInstance, regionInstance, seededRandom } from './instance-generator';
import { solveWithMunkres } from './munkres-reference';
import { indexInstance, solveIndexed, solveMatching, type MatchingInstance, type MatchingResult } from './solver';

/** The best total by trying every feasible assignment (each newcomer: unmatched or one allowed buddy with room). */
function bruteForceTotal(instance: MatchingInstance): number {
  const room = new Map(instance.buddies.map((buddy) => [buddy.id, buddy.capacity]));
  const options = instance.newcomers.map((id) => instance.edges.filter(([newcomerId]) => newcomerId === id));
  let best = 0;
  const visit = (i: number, total: number) => {
    if (i === options.length) {
      best = Math.max(best, total);
      return;
    }
    visit(i + 1, total);
    for (const [, buddyId, score] of options[i]) {
      const left = room.get(buddyId)!;
      if (left === 0) continue;
      room.set(buddyId, left - 1);
      visit(i + 1, total + score);
      room.set(buddyId, left);
    }
  };
  visit(0, 0);
  return best;
}

/** Every rule a result must keep, whatever the instance; returns the recomputed total. */
function expectFeasible(instance: MatchingInstance, result: MatchingResult): void {
  const scores = new Map(instance.edges.map(([n, b, score]) => [`${n}|${b}`, score]));
  const capacity = new Map(instance.buddies.map((buddy) => [buddy.id, buddy.capacity]));
  const seen = new Set<string>();
  const load = new Map<string, number>();
  let total = 0;
  for (const [newcomerId, buddyId] of result.pairs) {
    expect(seen.has(newcomerId), `${newcomerId} matched twice`).toBe(false);
    seen.add(newcomerId);
    const score = scores.get(`${newcomerId}|${buddyId}`);
    expect(score, `${newcomerId}–${buddyId} is not an allowed pair`).toBeDefined();
    total += score!;
    load.set(buddyId, (load.get(buddyId) ?? 0) + 1);
    expect(load.get(buddyId)!, `${buddyId} over capacity`).toBeLessThanOrEqual(capacity.get(buddyId)!);
  }
  expect(result.total).toBeCloseTo(total, 9);
}

/**
 * LP duality: newcomer prices u ≥ 0 and buddy prices v ≥ 0 with u_i + v_j ≥ w_ij on every allowed pair
 * bound any assignment's total by Σu + Σ capacity·v. The solver's final potentials are such prices, and
 * when the bound equals the total found, nothing can beat it. Checked in the solver's integer weights,
 * summed as BigInts (each weight is exact in a double, their sum need not be).
 */
function expectOptimalityCertificate(instance: MatchingInstance): void {
  const indexed = indexInstance(instance);
  const { matchedEdge, newcomerPotential: u, buddyPotential: p } = solveIndexed(indexed);
  let primal = 0n;
  let dual = 0n;
  for (let i = 0; i < indexed.newcomerCount; i++) {
    expect(u[i]).toBeGreaterThanOrEqual(0);
    dual += BigInt(u[i]);
    for (let e = indexed.rowStart[i]; e < indexed.rowStart[i + 1]; e++) {
      const slack = u[i] - p[indexed.edgeBuddy[e]] - indexed.weight[e];
      expect(slack).toBeGreaterThanOrEqual(0);
      if (matchedEdge[i] === e) expect(slack).toBe(0);
    }
    if (matchedEdge[i] >= 0) primal += BigInt(indexed.weight[matchedEdge[i]]);
  }
  for (let j = 0; j < indexed.buddyCount; j++) {
    expect(p[j]).toBeLessThanOrEqual(0);
    dual -= BigInt(p[j]) * BigInt(indexed.capacity[j]);
  }
  expect(primal).toBeGreaterThan(0n);
  expect(dual).toBe(primal);
}

describe('solveMatching: optimality', () => {
  it('equals brute force on 300 small random instances (float and tied integer scores)', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 300; round++) {
      const instance = randomInstance(random, {
        newcomers: 1 + Math.floor(random() * 6),
        buddies: 1 + Math.floor(random() * 4),
        maxCapacity: 2,
        density: 0.2 + random() * 0.6,
        integerScores: round % 2 ? 3 : undefined,
      });
      const result = solveMatching(instance);
      expectFeasible(instance, result);
      expect(result.total, JSON.stringify(instance)).toBeCloseTo(bruteForceTotal(instance), 9);
    }
  });

  it('equals the munkres package on medium random instances', () => {
    const random = seededRandom(11);
    for (let round = 0; round < 30; round++) {
      const instance = randomInstance(random, {
        newcomers: 20 + Math.floor(random() * 40),
        buddies: 5 + Math.floor(random() * 20),
        maxCapacity: 3,
        density: 0.05 + random() * 0.3,
        integerScores: round % 3 === 0 ? 5 : undefined,
      });
      const result = solveMatching(instance);
      expectFeasible(instance, result);
      expect(result.total).toBeCloseTo(solveWithMunkres(instance).total, 9);
    }
  });

  it('proves its result optimal by LP duality on larger instances', () => {
    const random = seededRandom(3);
    for (let round = 0; round < 20; round++) {
      expectOptimalityCertificate(
        randomInstance(random, { newcomers: 150, buddies: 60, maxCapacity: 3, density: 0.03 + random() * 0.1, integerScores: round % 2 ? 4 : undefined }),
      );
    }
    expectOptimalityCertificate(regionInstance({ newcomers: 800, seed: 5 }));
  });

  it('leaves a newcomer unmatched when that raises the total', () => {
    // n1 could take b2 so that n2 gets b1 (1 + 1), but n1 with b1 alone is worth 10.
    const instance: MatchingInstance = {
      newcomers: ['n1', 'n2'],
      buddies: [{ id: 'b1', capacity: 1 }, { id: 'b2', capacity: 1 }],
      edges: [['n1', 'b1', 10], ['n1', 'b2', 1], ['n2', 'b1', 1]],
    };
    expect(solveMatching(instance)).toEqual({ pairs: [['n1', 'b1']], total: 10 });
  });

  it('is not greedy: gives up the single best pair when two others are worth more', () => {
    const instance: MatchingInstance = {
      newcomers: ['n1', 'n2'],
      buddies: [{ id: 'b1', capacity: 1 }, { id: 'b2', capacity: 1 }],
      edges: [['n1', 'b1', 3], ['n1', 'b2', 2], ['n2', 'b1', 2]],
    };
    expect(solveMatching(instance)).toEqual({ pairs: [['n1', 'b2'], ['n2', 'b1']], total: 4 });
  });

  it('fills a buddy up to capacity with the best newcomers', () => {
    const instance: MatchingInstance = {
      newcomers: ['n1', 'n2', 'n3'],
      buddies: [{ id: 'b1', capacity: 2 }],
      edges: [['n1', 'b1', 0.1], ['n2', 'b1', 0.3], ['n3', 'b1', 0.2]],
    };
    const result = solveMatching(instance);
    expect(result.pairs).toEqual([['n2', 'b1'], ['n3', 'b1']]);
    expect(result.total).toBeCloseTo(0.5, 12);
  });
});

describe('solveMatching: properties on larger random instances', () => {
  it('never matches a newcomer twice, overfills a buddy or uses a pair that is not allowed', () => {
    const random = seededRandom(21);
    for (let round = 0; round < 10; round++) {
      const instance = randomInstance(random, { newcomers: 400, buddies: 150, minCapacity: round % 2, maxCapacity: 3, density: 0.02 + random() * 0.08 });
      const result = solveMatching(instance);
      expectFeasible(instance, result);
      expect(result.pairs.length).toBeGreaterThan(0);
    }
  });

  it('is deterministic: the same input gives the same pairs', () => {
    const instance = regionInstance({ newcomers: 600, seed: 9 });
    expect(solveMatching(instance)).toEqual(solveMatching(instance));
  });

  it('reports progress up to the number of newcomers', () => {
    const seen: number[] = [];
    solveMatching(randomInstance(seededRandom(1), { newcomers: 300, buddies: 50, maxCapacity: 2, density: 0.1 }), {
      onProgress: (placed, of) => {
        expect(of).toBe(300);
        seen.push(placed);
      },
    });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(300);
    expect(seen.every((x, k) => k === 0 || x > seen[k - 1])).toBe(true);
  });
});

describe('solveMatching: degenerate inputs', () => {
  it('handles empty lists, no edges and zero capacity', () => {
    expect(solveMatching({ newcomers: [], buddies: [], edges: [] })).toEqual({ pairs: [], total: 0 });
    expect(solveMatching({ newcomers: ['n1'], buddies: [{ id: 'b1', capacity: 2 }], edges: [] })).toEqual({ pairs: [], total: 0 });
    expect(solveMatching({ newcomers: ['n1', 'n2'], buddies: [{ id: 'b1', capacity: 0 }, { id: 'b2', capacity: 1 }], edges: [['n1', 'b1', 5], ['n2', 'b1', 5], ['n2', 'b2', 1]] })).toEqual({
      pairs: [['n2', 'b2']],
      total: 1,
    });
  });

  it('keeps optimality with tiny and huge scores alike', () => {
    for (const factor of [1e-12, 1e12]) {
      const instance: MatchingInstance = {
        newcomers: ['n1', 'n2'],
        buddies: [{ id: 'b1', capacity: 1 }, { id: 'b2', capacity: 1 }],
        edges: [['n1', 'b1', 3 * factor], ['n1', 'b2', 2 * factor], ['n2', 'b1', 2 * factor]],
      };
      const result = solveMatching(instance);
      expect(result.pairs).toEqual([['n1', 'b2'], ['n2', 'b1']]);
      expect(result.total / factor).toBeCloseTo(4, 9);
    }
  });

  it('uses a buddy with a capacity beyond its candidates', () => {
    const result = solveMatching({ newcomers: ['n1', 'n2'], buddies: [{ id: 'b1', capacity: 1_000_000 }], edges: [['n1', 'b1', 1], ['n2', 'b1', 2]] });
    expect(result).toEqual({ pairs: [['n1', 'b1'], ['n2', 'b1']], total: 3 });
  });
});

describe('solveMatching: invalid instances', () => {
  const buddies = [{ id: 'b1', capacity: 1 }];
  const cases: [string, MatchingInstance, string][] = [
    ['duplicate newcomer', { newcomers: ['n1', 'n1'], buddies, edges: [] }, 'newcomers.1: Newcomer id "n1" is listed twice.'],
    ['duplicate buddy', { newcomers: [], buddies: [...buddies, ...buddies], edges: [] }, 'buddies.1.id: Buddy id "b1" is listed twice.'],
    ['negative capacity', { newcomers: [], buddies: [{ id: 'b1', capacity: -1 }], edges: [] }, 'buddies.0.capacity: Capacity of buddy "b1" must be a non-negative integer, got -1.'],
    ['fractional capacity', { newcomers: [], buddies: [{ id: 'b1', capacity: 1.5 }], edges: [] }, 'buddies.0.capacity: Capacity of buddy "b1" must be a non-negative integer, got 1.5.'],
    ['unknown newcomer', { newcomers: ['n1'], buddies, edges: [['n2', 'b1', 1]] }, 'edges.0.0: Unknown newcomer id "n2".'],
    ['unknown buddy', { newcomers: ['n1'], buddies, edges: [['n1', 'b2', 1]] }, 'edges.0.1: Unknown buddy id "b2".'],
    ['zero score', { newcomers: ['n1'], buddies, edges: [['n1', 'b1', 0]] }, 'edges.0.2: Score must be a finite number > 0, got 0.'],
    ['infinite score', { newcomers: ['n1'], buddies, edges: [['n1', 'b1', Infinity]] }, 'edges.0.2: Score must be a finite number > 0, got Infinity.'],
    ['NaN score', { newcomers: ['n1'], buddies, edges: [['n1', 'b1', NaN]] }, 'edges.0.2: Score must be a finite number > 0, got NaN.'],
    [
      'duplicate edge',
      { newcomers: ['n1', 'n2'], buddies, edges: [['n1', 'b1', 1], ['n2', 'b1', 1], ['n1', 'b1', 2]] },
      'edges.2: Duplicate edge: "n1"–"b1" is also edge 0.',
    ],
  ];
  it.each(cases)('rejects a %s', (_name, instance, message) => {
    expect(() => solveMatching(instance)).toThrow(ValidationError);
    expect(() => solveMatching(instance)).toThrow(message);
  });
});
