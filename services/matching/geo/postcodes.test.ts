import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import table from './be-postcodes.json' with { type: 'json' };
import { distanceKm, postcodeLocation } from './postcodes';

const entries = Object.entries(table as Record<string, number[]>);

describe('distanceKm', () => {
  it('gives distances a coordinator would recognise', () => {
    expect(distanceKm('2800', '1000')).toBeGreaterThan(20); // Mechelen ↔ Brussel
    expect(distanceKm('2800', '1000')).toBeLessThan(30);
    expect(distanceKm('3960', '3990')).toBeLessThan(15); // Bree ↔ Peer
    expect(distanceKm('3930', '3960')).toBeLessThan(15); // Hamont-Achel ↔ Bree
    expect(distanceKm('9000', '2000')).toBeGreaterThan(45); // Gent ↔ Antwerpen
    expect(distanceKm('9000', '2000')).toBeLessThan(60);
    expect(distanceKm('8400', '6700')).toBeGreaterThan(200); // Oostende ↔ Arlon
  });

  it('is 0 for the same code, symmetric, and rounded to 0.1 km', () => {
    expect(distanceKm('2800', 'B-2800')).toBe(0);
    const km = distanceKm('9000', '2000')!;
    expect(distanceKm('2000', '9000')).toBe(km);
    expect(Math.round(km * 10) / 10).toBe(km);
  });

  it('is null when either postcode is unknown', () => {
    expect(distanceKm('2800', null)).toBeNull();
    expect(distanceKm(undefined, '2800')).toBeNull();
    expect(distanceKm('2800', '1012AB')).toBeNull();
  });
});

describe('postcodeLocation', () => {
  it('accepts the ways people write a Belgian postcode', () => {
    const mechelen = postcodeLocation('2800');
    expect(mechelen).not.toBeNull();
    for (const written of [' 2800 ', 'B-2800', 'BE-2800', 'B2800']) expect(postcodeLocation(written)).toEqual(mechelen);
  });

  it('returns null for unknown codes and anything that is not a Belgian postcode', () => {
    for (const input of ['0000', 'abc', '1012AB', 'NL-2800', '28000', '', null, undefined]) expect(postcodeLocation(input)).toBeNull();
  });
});

describe('be-postcodes.json', () => {
  it('covers at least 1,000 codes, every one in the compiled list', () => {
    expect(entries.length).toBeGreaterThanOrEqual(1000);
    const listed = readFileSync(join(import.meta.dirname, 'be-postcodes.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t')[0]);
    expect(entries.map(([code]) => code).sort()).toEqual([...listed].sort());
  });

  it('places every code inside Belgium', () => {
    const outside = entries.filter(([, [lat, lng]]) => !(lat >= 49.4 && lat <= 51.6 && lng >= 2.5 && lng <= 6.5));
    expect(outside).toEqual([]);
  });

  // Each bpost range belongs to one province; the boxes are drawn generously around it.
  const provinces = [
    { name: 'Brussels', from: 1000, to: 1299, lat: [50.76, 50.92], lng: [4.24, 4.49] },
    { name: 'Walloon Brabant', from: 1300, to: 1499, lat: [50.52, 50.81], lng: [4.05, 5.1] },
    { name: 'Flemish Brabant', from: 1500, to: 1999, lat: [50.67, 51.06], lng: [3.9, 5.2] },
    { name: 'Antwerp', from: 2000, to: 2999, lat: [50.97, 51.51], lng: [4.1, 5.26] },
    { name: 'Flemish Brabant', from: 3000, to: 3499, lat: [50.67, 51.06], lng: [3.9, 5.2] },
    { name: 'Limburg', from: 3500, to: 3999, lat: [50.68, 51.27], lng: [4.9, 5.95] },
    { name: 'Liège', from: 4000, to: 4999, lat: [50.12, 50.83], lng: [5.0, 6.42] },
    { name: 'Namur', from: 5000, to: 5999, lat: [49.78, 50.66], lng: [4.28, 5.42] },
    { name: 'Hainaut', from: 6000, to: 6599, lat: [49.96, 50.82], lng: [2.84, 5.1] },
    { name: 'Luxembourg', from: 6600, to: 6999, lat: [49.49, 50.44], lng: [4.95, 6.05] },
    { name: 'Hainaut', from: 7000, to: 7999, lat: [49.96, 50.82], lng: [2.84, 5.1] },
    { name: 'West Flanders', from: 8000, to: 8999, lat: [50.68, 51.38], lng: [2.54, 3.62] },
    { name: 'East Flanders', from: 9000, to: 9999, lat: [50.7, 51.36], lng: [3.33, 4.35] },
  ];
  it.each(provinces)('places $from–$to inside $name', ({ from, to, lat, lng }) => {
    const codes = entries.filter(([code]) => Number(code) >= from && Number(code) <= to);
    expect(codes.length).toBeGreaterThan(0);
    const misplaced = codes.filter(([, [la, ln]]) => !(la >= lat[0] && la <= lat[1] && ln >= lng[0] && ln <= lng[1]));
    expect(misplaced).toEqual([]);
  });
});
