// The `munkres` package (dense Hungarian algorithm, a devDependency) solving a matching instance: the
// independent reference for the solver's tests and the benchmark. Not for production: O(n²·(n + slots))
// time and a dense n × (slots + n) matrix.
import { munkres } from 'munkres';
import type { MatchingInstance, MatchingResult } from './solver';

/**
 * Rows: newcomers. Columns: one per unit of buddy capacity (a buddy with capacity 3 is three identical
 * slots), then one "unmatched" column per newcomer. Cost: −score for an allowed pair, Infinity for a
 * forbidden one, 0 for unmatched. Every row gets a column, so the minimum cost is minus the maximum total.
 */
export function expandToCostMatrix(instance: MatchingInstance): { matrix: Float64Array[]; slotBuddy: Int32Array } {
  const buddyIndex = new Map(instance.buddies.map((buddy, j) => [buddy.id, j]));
  const slotsOf: number[][] = instance.buddies.map(() => []);
  const slotBuddyList: number[] = [];
  instance.buddies.forEach((buddy, j) => {
    for (let k = 0; k < buddy.capacity; k++) {
      slotsOf[j].push(slotBuddyList.length);
      slotBuddyList.push(j);
    }
  });
  const slotCount = slotBuddyList.length;
  const newcomerIndex = new Map(instance.newcomers.map((id, i) => [id, i]));
  const matrix = instance.newcomers.map(() => {
    const row = new Float64Array(slotCount + instance.newcomers.length);
    row.fill(Infinity, 0, slotCount); // the unmatched columns stay 0
    return row;
  });
  for (const [newcomerId, buddyId, score] of instance.edges) {
    const row = matrix[newcomerIndex.get(newcomerId)!];
    for (const slot of slotsOf[buddyIndex.get(buddyId)!]) row[slot] = -score;
  }
  return { matrix, slotBuddy: Int32Array.from(slotBuddyList) };
}

/** Runs munkres on the expanded matrix; `pairs` in newcomer order like the solver's, total summed the same way. */
export function solveWithMunkres(instance: MatchingInstance, expanded = expandToCostMatrix(instance)): MatchingResult {
  const { matrix, slotBuddy } = expanded;
  const scoreOf = new Map(instance.edges.map(([newcomerId, buddyId, score]) => [`${newcomerId}\u0000${buddyId}`, score]));
  const chosen = new Int32Array(instance.newcomers.length).fill(-1);
  for (const [row, column] of munkres(matrix)) {
    if (column < slotBuddy.length && matrix[row][column] !== Infinity) chosen[row] = slotBuddy[column];
  }
  const pairs: MatchingResult['pairs'] = [];
  let total = 0;
  chosen.forEach((j, i) => {
    if (j < 0) return;
    const pair: [string, string] = [instance.newcomers[i], instance.buddies[j].id];
    pairs.push(pair);
    total += scoreOf.get(`${pair[0]}\u0000${pair[1]}`)!;
  });
  return { pairs, total };
}
