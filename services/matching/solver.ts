// The optimisation core of whole-pool matching: the assignment of newcomers to buddies that maximises
// the total score, each newcomer at most once and each buddy at most `capacity` times (a maximum-weight
// b-matching; leaving someone unmatched is allowed when that raises the total). Pure: no I/O.
//
// Algorithm: min-cost flow on newcomer → buddy (cost −score) → sink (capacity), plus newcomer → sink
// (cost 0, "unmatched"), solved by successive shortest paths with Johnson potentials, one newcomer at a
// time (the augmentation phase of Jonker–Volgenant for sparse graphs, with capacities):
// - After newcomers 0..k−1 are placed, the assignment is optimal for them. Newcomer k then takes the
//   shortest augmenting path in the residual graph: to a buddy with room, or ending by un-matching
//   someone (possibly k itself). Reduced costs stay non-negative, so each search is a Dijkstra.
// - The Dijkstra stops as soon as the sink is the closest node, and its heap holds full buddies only:
//   a buddy with room is a way to the sink the moment an arc reaches it, and a matched newcomer's one
//   incoming arc comes from its buddy, so it is scanned when that buddy is popped.
// - Each newcomer's edges are kept by weight, highest first: a scan stops at the first edge that can no
//   longer beat the best way to the sink found so far.
// - Matched arcs stay tight (reduced cost 0), which bounds every potential by the largest weight.
//
// Exactness: scores are multiplied by `scale`, the largest power of ten that keeps the largest score
// ≤ 2^50 (10^15 for scores ≤ 1, at least 10^6 for scores below 10^9), and rounded to integers; all path
// arithmetic is then exact in doubles (potentials stay within ±max weight, labels within 3 × it). The
// result is exactly optimal for those integers: for scores that are decimals with at most log10(scale)
// places, exactly optimal for the scores given; otherwise two assignments whose totals differ by less
// than (pairs / scale) may be told apart wrongly. The total reported is the compensated sum of the
// original scores of the pairs.
//
// Deterministic: newcomers are placed in input order, each one's edges relaxed by weight then input
// order, heap ties go to the earlier buddy, and among equal paths the search keeps the first it finds.
import { ValidationError } from '../shared/errors';

export interface MatchingBuddy {
  id: string;
  /** How many newcomers this buddy can take on; a non-negative integer. */
  capacity: number;
}

/** [newcomerId, buddyId, score]: the pair is allowed and worth `score` (finite, > 0). */
export type MatchingEdge = readonly [newcomerId: string, buddyId: string, score: number];

export interface MatchingInstance {
  newcomers: readonly string[];
  buddies: readonly MatchingBuddy[];
  edges: readonly MatchingEdge[];
}

export interface MatchingResult {
  /** [newcomerId, buddyId], in the newcomers' input order. */
  pairs: [newcomerId: string, buddyId: string][];
  total: number;
}

export interface SolveOptions {
  /** Called now and then with the number of newcomers placed so far (for long runs). */
  onProgress?: (placed: number, newcomers: number) => void;
}

/** The instance as typed arrays: edges grouped by newcomer (CSR); edges to buddies without capacity left out. */
export interface IndexedInstance {
  newcomerCount: number;
  buddyCount: number;
  capacity: Float64Array;
  /** Edges of newcomer i are rowStart[i] .. rowStart[i + 1] − 1, by weight (highest first), then input order. */
  rowStart: Int32Array;
  edgeBuddy: Int32Array;
  /** Integer weight: round(score × scale), at least 1. */
  weight: Float64Array;
  score: Float64Array;
  scale: number;
}

/** The assignment plus the final potentials, an optimality certificate (see solver.test.ts). */
export interface IndexedSolution {
  /** Per newcomer: the index of its matched edge, or −1. */
  matchedEdge: Int32Array;
  newcomerPotential: Float64Array;
  /** ≤ 0; minus the buddy's dual price. */
  buddyPotential: Float64Array;
}

const MAX_WEIGHT = 2 ** 50;

export function solveMatching(instance: MatchingInstance, options: SolveOptions = {}): MatchingResult {
  const indexed = indexInstance(instance);
  const { matchedEdge } = solveIndexed(indexed, options);
  const pairs: MatchingResult['pairs'] = [];
  // Neumaier's compensated sum: the total does not depend on rounding luck for thousands of pairs.
  let total = 0;
  let compensation = 0;
  for (let i = 0; i < indexed.newcomerCount; i++) {
    const e = matchedEdge[i];
    if (e < 0) continue;
    pairs.push([instance.newcomers[i], instance.buddies[indexed.edgeBuddy[e]].id]);
    const x = indexed.score[e];
    const t = total + x;
    compensation += Math.abs(total) >= Math.abs(x) ? total - t + x : x - t + total;
    total = t;
  }
  return { pairs, total: total + compensation };
}

/** Checks the references and values the solver relies on; throws a ValidationError naming the first problem. */
export function indexInstance(instance: MatchingInstance): IndexedInstance {
  const { newcomers, buddies, edges } = instance;
  const newcomerIndex = new Map<string, number>();
  newcomers.forEach((id, i) => {
    if (newcomerIndex.has(id)) throw ValidationError.of(['newcomers', String(i)], 'INVALID', `Newcomer id "${id}" is listed twice.`);
    newcomerIndex.set(id, i);
  });
  const buddyIndex = new Map<string, number>();
  const capacity = new Float64Array(buddies.length);
  buddies.forEach(({ id, capacity: cap }, j) => {
    if (buddyIndex.has(id)) throw ValidationError.of(['buddies', String(j), 'id'], 'INVALID', `Buddy id "${id}" is listed twice.`);
    if (!Number.isSafeInteger(cap) || cap < 0) {
      throw ValidationError.of(['buddies', String(j), 'capacity'], 'INVALID', `Capacity of buddy "${id}" must be a non-negative integer, got ${cap}.`);
    }
    buddyIndex.set(id, j);
    capacity[j] = cap;
  });

  // Each edge's newcomer and buddy; then a stable counting sort groups the edges by newcomer.
  const edgeRow = new Int32Array(edges.length);
  const edgeCol = new Int32Array(edges.length);
  const allStart = new Int32Array(newcomers.length + 1);
  let maxScore = 0;
  for (let k = 0; k < edges.length; k++) {
    const [newcomerId, buddyId, score] = edges[k];
    const i = newcomerIndex.get(newcomerId);
    if (i === undefined) throw ValidationError.of(['edges', String(k), '0'], 'INVALID', `Unknown newcomer id "${newcomerId}".`);
    const j = buddyIndex.get(buddyId);
    if (j === undefined) throw ValidationError.of(['edges', String(k), '1'], 'INVALID', `Unknown buddy id "${buddyId}".`);
    if (typeof score !== 'number' || !Number.isFinite(score) || score <= 0) {
      throw ValidationError.of(['edges', String(k), '2'], 'INVALID', `Score must be a finite number > 0, got ${score}.`);
    }
    edgeRow[k] = i;
    edgeCol[k] = j;
    allStart[i + 1]++;
    if (score > maxScore) maxScore = score;
  }
  for (let i = 0; i < newcomers.length; i++) allStart[i + 1] += allStart[i];
  const byRow = new Int32Array(edges.length);
  const fillAll = allStart.slice(0, newcomers.length);
  for (let k = 0; k < edges.length; k++) byRow[fillAll[edgeRow[k]]++] = k;

  // Duplicate pairs (one newcomer's edges are adjacent now, in input order), and the edges worth keeping:
  // a buddy without capacity can take no one.
  const lastRow = new Int32Array(buddies.length).fill(-1);
  const lastEdge = new Int32Array(buddies.length);
  const rowStart = new Int32Array(newcomers.length + 1);
  let kept = 0;
  for (let i = 0; i < newcomers.length; i++) {
    for (let t = allStart[i]; t < allStart[i + 1]; t++) {
      const k = byRow[t];
      const j = edgeCol[k];
      if (lastRow[j] === i) {
        throw ValidationError.of(['edges', String(k)], 'INVALID', `Duplicate edge: "${newcomers[i]}"–"${buddies[j].id}" is also edge ${lastEdge[j]}.`);
      }
      lastRow[j] = i;
      lastEdge[j] = k;
      if (capacity[j] > 0) byRow[kept++] = k;
    }
    rowStart[i + 1] = kept;
  }

  let scale = 10 ** Math.floor(Math.log10(MAX_WEIGHT / (maxScore || 1)));
  if (maxScore * scale > MAX_WEIGHT) scale /= 10; // log10 rounding
  const edgeBuddy = new Int32Array(kept);
  const weight = new Float64Array(kept);
  const score = new Float64Array(kept);
  for (let e = 0; e < kept; e++) {
    const k = byRow[e];
    edgeBuddy[e] = edgeCol[k];
    score[e] = edges[k][2];
    weight[e] = Math.max(1, Math.round(score[e] * scale));
  }
  sortRowsByWeight(rowStart, edgeBuddy, weight, score);

  return {
    newcomerCount: newcomers.length,
    buddyCount: buddies.length,
    capacity,
    rowStart,
    edgeBuddy,
    weight,
    score,
    scale,
  };
}

// How a search reached the sink: through a buddy with room, or by leaving a newcomer unmatched.
const VIA_BUDDY = 0;
const VIA_DROP = 1;

export function solveIndexed(instance: IndexedInstance, options: SolveOptions = {}): IndexedSolution {
  const { newcomerCount: n, buddyCount: m, capacity, rowStart, edgeBuddy, weight } = instance;
  const { onProgress } = options;

  // Potentials π. Reduced costs: newcomer i → buddy j: −w + π(i) − π(j); back along a match: w + π(j) − π(i);
  // buddy j → sink (it has room): π(j); newcomer i → sink (leave i unmatched): π(i). The sink's π is 0.
  // All stay ≥ 0; π(i) ≥ 0 and π(j) ≤ 0 only ever decrease once set.
  const potN = new Float64Array(n);
  const potB = new Float64Array(m);
  const matchedEdge = new Int32Array(n).fill(-1);

  // Each buddy's matched newcomers, in a slice of `slots` as long as it can ever need.
  const degree = new Int32Array(m);
  for (let e = 0; e < edgeBuddy.length; e++) degree[edgeBuddy[e]]++;
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = slotStart[j] + Math.min(capacity[j], degree[j]);
  const slots = new Int32Array(slotStart[m]);
  const load = new Int32Array(m);
  const slotOf = new Int32Array(n); // where a matched newcomer sits in `slots`

  // Search state, invalidated per search by an epoch stamp instead of clearing.
  const distB = new Float64Array(m);
  const stampB = new Int32Array(m);
  const predEdge = new Int32Array(m);
  const predRow = new Int32Array(m);
  const settled = new Int32Array(m);
  const distN = new Float64Array(n);
  const scanned = new Int32Array(n);
  const heap = new BuddyHeap(distB);

  const progressStep = Math.max(1, Math.ceil(n / 100));
  for (let source = 0; source < n; source++) {
    if (onProgress && source % progressStep === 0) onProgress(source, n);
    if (rowStart[source] === rowStart[source + 1]) continue;

    // The least potential that keeps the source's arcs non-negative: its best option costs 0.
    let best = 0;
    for (let e = rowStart[source], stop = rowStart[source + 1]; e < stop; e++) {
      const value = weight[e] + potB[edgeBuddy[e]];
      if (value > best) best = value;
    }
    potN[source] = best;

    // Dijkstra from the source until the sink is the closest node. The first bound: leaving the source
    // unmatched, at distance π(source).
    const epoch = source + 1;
    let distT = best;
    let via = VIA_DROP;
    let end = source;
    let settledCount = 0;
    let scannedCount = 1;
    let relaxed = 0;
    scanned[0] = source;
    distN[source] = 0;
    heap.clear();
    for (;;) {
      // Relax the arcs of the newcomers reached but not yet scanned.
      while (relaxed < scannedCount) {
        const i = scanned[relaxed++];
        if (distN[i] >= distT) continue;
        const base = distN[i] + potN[i];
        const skip = matchedEdge[i];
        // Edges come by weight, highest first, and π(j) ≤ 0: from the first w ≤ cut on, d ≥ distT.
        let cut = base - distT;
        for (let e = rowStart[i], stop = rowStart[i + 1]; e < stop; e++) {
          if (weight[e] <= cut) break;
          if (e === skip) continue;
          const j = edgeBuddy[e];
          const d = base - weight[e] - potB[j];
          if (d >= distT) continue;
          if (load[j] < capacity[j]) {
            // A buddy with room reaches the sink at once (π(j) = 0 while it has room) and no path through it
            // does better: a new bound, and the buddy needs no expanding. Found at relaxation rather than when
            // popped, so that ties (equal scores) end the search early.
            distT = d;
            cut = base - distT;
            via = VIA_BUDDY;
            end = j;
            predEdge[j] = e;
            predRow[j] = i;
            continue;
          }
          if (stampB[j] !== epoch) {
            stampB[j] = epoch;
            distB[j] = d;
            predEdge[j] = e;
            predRow[j] = i;
            heap.push(j);
          } else if (d < distB[j] && heap.has(j)) {
            distB[j] = d;
            predEdge[j] = e;
            predRow[j] = i;
            heap.decrease(j);
          }
        }
      }
      if (heap.size === 0) break;
      const j = heap.peek();
      const dj = distB[j];
      if (dj >= distT) break;
      heap.pop();
      settled[settledCount++] = j;
      // A full buddy (only those enter the heap) leads on to each newcomer it holds, that newcomer's only
      // incoming arc.
      for (let s = slotStart[j], stop = s + load[j]; s < stop; s++) {
        const i = slots[s];
        const di = dj + weight[matchedEdge[i]] + potB[j] - potN[i];
        if (di >= distT) continue;
        distN[i] = di;
        scanned[scannedCount++] = i;
        if (di + potN[i] < distT) {
          distT = di + potN[i];
          via = VIA_DROP;
          end = i;
        }
      }
    }

    // Johnson's update with the search cut off at the sink: π += min(d, d_T) − d_T for every node reached
    // (unreached nodes have d ≥ d_T: no change). The path's arcs get reduced cost 0, the rest stay ≥ 0.
    for (let t = 0; t < settledCount; t++) {
      const j = settled[t];
      potB[j] += Math.min(distB[j], distT) - distT;
    }
    for (let t = 0; t < scannedCount; t++) {
      const i = scanned[t];
      potN[i] += Math.min(distN[i], distT) - distT;
    }

    // Augment along the path, from its end back to the source. Every newcomer on it moves to the buddy
    // it was reached from and takes the slot its successor left.
    let j: number;
    let position: number;
    if (via === VIA_BUDDY) {
      j = end;
      position = slotStart[j] + load[j]++;
    } else if (end === source) {
      continue; // the source is best left unmatched
    } else {
      j = edgeBuddy[matchedEdge[end]];
      position = slotOf[end];
      matchedEdge[end] = -1;
    }
    for (;;) {
      const i = predRow[j];
      const previous = matchedEdge[i];
      const previousPosition = slotOf[i];
      slots[position] = i;
      slotOf[i] = position;
      matchedEdge[i] = predEdge[j];
      if (i === source) break;
      j = edgeBuddy[previous];
      position = previousPosition;
    }
  }
  onProgress?.(n, n);
  return { matchedEdge, newcomerPotential: potN, buddyPotential: potB };
}

/** Orders each newcomer's edges by weight, highest first (stable: equal weights keep input order). */
function sortRowsByWeight(rowStart: Int32Array, edgeBuddy: Int32Array, weight: Float64Array, score: Float64Array): void {
  const order: number[] = [];
  for (let i = 0; i + 1 < rowStart.length; i++) {
    const first = rowStart[i];
    const count = rowStart[i + 1] - first;
    if (count < 2) continue;
    order.length = count;
    for (let k = 0; k < count; k++) order[k] = first + k;
    order.sort((a, b) => weight[b] - weight[a] || a - b);
    const buddies = order.map((e) => edgeBuddy[e]);
    const weights = order.map((e) => weight[e]);
    const scores = order.map((e) => score[e]);
    edgeBuddy.set(buddies, first);
    weight.set(weights, first);
    score.set(scores, first);
  }
}

/** A binary min-heap of buddy indices keyed by `dist`, ties to the lower index, with decrease-key. */
class BuddyHeap {
  private readonly items: Int32Array;
  private readonly position: Int32Array; // −1: not in the heap
  size = 0;

  constructor(private readonly dist: Float64Array) {
    this.items = new Int32Array(dist.length);
    this.position = new Int32Array(dist.length).fill(-1);
  }

  clear(): void {
    for (let k = 0; k < this.size; k++) this.position[this.items[k]] = -1;
    this.size = 0;
  }

  has(j: number): boolean {
    return this.position[j] >= 0;
  }

  peek(): number {
    return this.items[0];
  }

  push(j: number): void {
    this.siftUp(j, this.size++);
  }

  decrease(j: number): void {
    this.siftUp(j, this.position[j]);
  }

  pop(): number {
    const top = this.items[0];
    this.position[top] = -1;
    const lastItem = this.items[--this.size];
    if (this.size > 0) this.siftDown(lastItem, 0);
    return top;
  }

  private before(a: number, b: number): boolean {
    const da = this.dist[a];
    const db = this.dist[b];
    return da < db || (da === db && a < b);
  }

  private siftUp(j: number, k: number): void {
    const { items, position } = this;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      const p = items[parent];
      if (!this.before(j, p)) break;
      items[k] = p;
      position[p] = k;
      k = parent;
    }
    items[k] = j;
    position[j] = k;
  }

  private siftDown(j: number, k: number): void {
    const { items, position, size } = this;
    for (;;) {
      let child = 2 * k + 1;
      if (child >= size) break;
      if (child + 1 < size && this.before(items[child + 1], items[child])) child++;
      const c = items[child];
      if (!this.before(c, j)) break;
      items[k] = c;
      position[c] = k;
      k = child;
    }
    items[k] = j;
    position[j] = k;
  }
}
