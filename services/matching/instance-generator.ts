// Synthetic matching instances for the solver's tests and the benchmark: seeded, so every run of a
// given size sees the same instance.
import type { MatchingBuddy, MatchingEdge, MatchingInstance } from './solver';

/** mulberry32: a small, fast, seeded PRNG; uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniformly random sparse instance: each pair is allowed with probability `density`. */
export function randomInstance(
  random: () => number,
  options: { newcomers: number; buddies: number; minCapacity?: number; maxCapacity: number; density: number; integerScores?: number },
): MatchingInstance {
  const { minCapacity = 0, maxCapacity, density, integerScores } = options;
  const newcomers = Array.from({ length: options.newcomers }, (_, i) => `n${i + 1}`);
  const buddies: MatchingBuddy[] = Array.from({ length: options.buddies }, (_, j) => ({
    id: `b${j + 1}`,
    capacity: minCapacity + Math.floor(random() * (maxCapacity - minCapacity + 1)),
  }));
  const edges: MatchingEdge[] = [];
  for (const newcomer of newcomers) {
    for (const buddy of buddies) {
      if (random() >= density) continue;
      // Small integer scores make ties (several optimal assignments) common; floats make them rare.
      const score = integerScores ? 1 + Math.floor(random() * integerScores) : Math.round((0.01 + random()) * 1e6) / 1e6;
      edges.push([newcomer, buddy.id, score]);
    }
  }
  return { newcomers, buddies, edges };
}

export interface RegionOptions {
  newcomers: number;
  /** Default: 2,500 buddies for 8,000 newcomers, Flanders' proportion. */
  buddies?: number;
  seed?: number;
  /** Round scores to this many decimals (coarse presets: many equally good choices). */
  scoreDecimals?: number;
}

/**
 * A region like Flanders (≈ 13,500 km², 300 municipalities of very different sizes) with newcomers and
 * buddies clustered around towns, newcomers more in the cities. Hard constraints as a preset would set
 * them: a maximum distance per newcomer (12–25 km), a gender preference for some, a common language;
 * ~50–200 buddies stay allowed per newcomer. Scores mix shared interests, distance, overlapping
 * availability and waiting time (0.01–1). Smaller instances keep the density: the area shrinks with them.
 */
export function regionInstance(options: RegionOptions): MatchingInstance & { degree: { mean: number; min: number; max: number } } {
  const random = seededRandom(options.seed ?? 2024);
  const newcomerCount = options.newcomers;
  const buddyCount = options.buddies ?? Math.round((newcomerCount * 2500) / 8000);
  const areaShare = newcomerCount / 8000;
  const width = 220 * Math.sqrt(areaShare);
  const height = 62 * Math.sqrt(areaShare);
  const towns = Array.from({ length: Math.max(3, Math.round(300 * areaShare)) }, (_, rank) => ({
    x: random() * width,
    y: random() * height,
    weight: 1 / (rank + 1) ** 0.9, // a few cities, many villages
  }));
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const pickTown = (exponent: number) => {
    const total = towns.reduce((sum, town) => sum + town.weight ** exponent, 0);
    let r = random() * total;
    for (const town of towns) {
      r -= town.weight ** exponent;
      if (r <= 0) return town;
    }
    return towns[towns.length - 1];
  };
  const INTERESTS = 30;
  const LANGUAGES = 6;
  const person = (exponent: number) => {
    const town = pickTown(exponent);
    let interests = 0;
    for (let k = 3 + Math.floor(random() * 4); k > 0; k--) interests |= 1 << Math.floor(random() * INTERESTS);
    // Language 0 is the local one, which most buddies and some newcomers speak.
    let languages = 0;
    for (let k = 1 + Math.floor(random() * 2); k > 0; k--) languages |= 1 << Math.floor(random() * LANGUAGES);
    return {
      x: town.x + gaussian() * 3,
      y: town.y + gaussian() * 3,
      interests,
      languages,
      availability: Math.floor(random() * 2 ** 14), // 7 days × afternoon/evening
      female: random() < 0.5,
    };
  };
  const newcomerPeople = Array.from({ length: newcomerCount }, () => ({
    ...person(1.3),
    maxKm: 12 + random() * 13,
    sameGender: random() < 0.2,
    waiting: random(),
  }));
  const buddyPeople = Array.from({ length: buddyCount }, () => {
    const p = person(1);
    return { ...p, languages: p.languages | (random() < 0.85 ? 1 : 0) };
  });

  // Buddies bucketed on a 5 km grid for the distance search.
  const cell = 5;
  const columns = Math.ceil(width / cell) + 1;
  const grid = new Map<number, number[]>();
  buddyPeople.forEach((b, j) => {
    const key = Math.floor(b.y / cell) * columns + Math.floor(b.x / cell);
    const list = grid.get(key);
    if (list) list.push(j);
    else grid.set(key, [j]);
  });
  const popcount = (x: number) => {
    let count = 0;
    for (; x; x &= x - 1) count++;
    return count;
  };

  const unit = 10 ** -(options.scoreDecimals ?? 0);
  const round = (score: number) => (options.scoreDecimals === undefined ? score : Math.max(unit, Math.round(score / unit) * unit));
  const newcomers = newcomerPeople.map((_, i) => `n${i + 1}`);
  const buddies: MatchingBuddy[] = buddyPeople.map((_, j) => ({ id: `b${j + 1}`, capacity: 1 + Math.floor(random() * 3) }));
  const edges: MatchingEdge[] = [];
  let min = Infinity;
  let max = 0;
  newcomerPeople.forEach((n, i) => {
    const before = edges.length;
    const reach = Math.ceil(n.maxKm / cell);
    const cx = Math.floor(n.x / cell);
    const cy = Math.floor(n.y / cell);
    const candidates: number[] = [];
    for (let gy = cy - reach; gy <= cy + reach; gy++) {
      for (let gx = cx - reach; gx <= cx + reach; gx++) {
        if (gx < 0 || gx >= columns) continue;
        for (const j of grid.get(gy * columns + gx) ?? []) candidates.push(j);
      }
    }
    candidates.sort((a, b) => a - b);
    for (const j of candidates) {
      const b = buddyPeople[j];
      const km = Math.hypot(n.x - b.x, n.y - b.y);
      if (km > n.maxKm) continue;
      if (n.sameGender && n.female !== b.female) continue;
      if (!(n.languages & b.languages)) continue;
      const interests = popcount(n.interests & b.interests) / popcount(n.interests | b.interests);
      const availability = popcount(n.availability & b.availability) / 14;
      const score = 0.01 + 0.3 * interests + 0.25 * (1 - km / n.maxKm) + 0.2 * availability + 0.24 * n.waiting;
      edges.push([newcomers[i], buddies[j].id, round(score)]);
    }
    const degree = edges.length - before;
    min = Math.min(min, degree);
    max = Math.max(max, degree);
  });
  return { newcomers, buddies, edges, degree: { mean: edges.length / newcomerCount, min, max } };
}
