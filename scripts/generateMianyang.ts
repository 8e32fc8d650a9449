/**
 * Generates the default scene, scenes/mianyang-2023.json: the 11th China (Mianyang) Sci-Tech City
 * International Expo at its real scale (4 halls, 40,000 m², 240+ exhibitors, thousands of exhibits).
 *
 * Real content (zones, named exhibitors, headline exhibits) comes from the tables in
 * scripts/content/, each fact from the content brief. The rest of the 240+ exhibitors the articles
 * do not name are filled with clearly labelled sample data ("sample": true, "Sample exhibitor
 * A-117") placed with boothGrids, so the scene has the real scale without invented claims.
 *
 * Two guided tours (scripts/content/tours.ts) visit the headline exhibits and the energy exhibits,
 * with narration drawn from the same facts; the headline tour opens at a viewpoint in Hall 1.
 *
 * Stand fittings (counters, plants, banners, partitions, posters, screens, chairs, information
 * plinths) are written with `"role": "furniture"`, taken from the tables rather than guessed from
 * the model, so they are drawn but not counted, searched or listed as exhibits; exhibits leave the
 * default out to keep the file small.
 *
 * The output is deterministic (a seeded PRNG, no clock), so the committed file can be checked
 * against a fresh run: `npm run gen:default` rewrites it.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { boothIdForCode, countBySeverity, countScene, formatDiagnostic, formatSceneSummary, parseScene, serializeScene } from '../src/scene';
import type { SceneInput } from '../src/scene/schema';
import { EXPO, hallShells } from './content/expo';
import { GENERIC_EXHIBITORS, NAMED_EXHIBITORS } from './content/exhibitors';
import type { FeaturedBooth } from './content/featured';
import { HEADLINE_BOOTHS } from './content/headlineBooths';
import { EXHIBIT_MEDIA } from './content/media';
import { writeMediaImages } from './content/mediaImages';
import { MODEL_SPECS, modelEntries, modelId } from './content/models';
import { COMPANY_BOOTHS, DISPLAY_BOOTHS, MIANYANG_BOOTHS } from './content/namedBooths';
import { createRandom, type Random } from './content/random';
import { SAMPLE_PALETTES, type SampleKind } from './content/samplePalettes';
import { TOURS, VIEWPOINTS } from './content/tours';
import { planZone, type SampleDoubleRow } from './content/zoneLayout';
import { ZONES, type ZoneSpec } from './content/zones';

type BoothInput = NonNullable<SceneInput['booths']>[number];
type BoothGridInput = NonNullable<SceneInput['boothGrids']>[number];
type ExhibitorInput = NonNullable<SceneInput['exhibitors']>[number];
type ExhibitInput = NonNullable<SceneInput['exhibits']>[number];

/** The opening day; any fixed number would do, this one is easy to recognise. */
const SEED = 20231122;
/** Sample booths are numbered from 101 in each zone, leaving 001–099 to featured booths. */
const FIRST_SAMPLE_NUMBER = 101;
const SAMPLE_EXHIBITS_PER_BOOTH = { min: 6, max: 12 } as const;

export const MIANYANG_SCENE_PATH = fileURLToPath(new URL('../scenes/mianyang-2023.json', import.meta.url));

const FEATURED_BOOTHS: readonly FeaturedBooth[] = [...HEADLINE_BOOTHS, ...COMPANY_BOOTHS, ...MIANYANG_BOOTHS, ...DISPLAY_BOOTHS];

export function buildMianyangScene(): SceneInput {
  const random = createRandom(SEED);
  const halls = hallShells();
  const booths: BoothInput[] = [];
  const boothGrids: BoothGridInput[] = [];
  const sampleExhibitors: ExhibitorInput[] = [];
  const sampleExhibits: ExhibitInput[] = [];

  for (const zone of ZONES) {
    halls[zone.hall]?.zones?.push({
      id: zone.id,
      name: zone.name,
      color: zone.color,
      category: zone.category,
      rect: zone.rect,
      description: zone.description,
    });

    const featured = FEATURED_BOOTHS.filter((booth) => booth.zone === zone.id);
    const plan = planZone(zone.rect, featured, zone.sampleBoothM);
    for (const booth of featured) {
      const centre = plan.featuredCentres.get(booth.code);
      if (!centre) throw new Error(`no place planned for featured booth ${booth.code}`);
      booths.push({
        id: boothIdForCode(booth.code),
        code: booth.code,
        zone: booth.zone,
        exhibitor: booth.exhibitor,
        positionM: centre,
        rotationDeg: 0,
        sizeM: booth.sizeM,
        template: booth.template,
      });
    }

    let nextNumber = FIRST_SAMPLE_NUMBER;
    plan.sampleRows.forEach((row, index) => {
      const grid = sampleGrid(zone, row, index, nextNumber);
      nextNumber += row.columns * 2;
      for (const code of gridCodes(grid)) {
        sampleExhibitors.push(sampleExhibitor(zone, code, random));
        sampleExhibits.push(...sampleExhibitsFor(zone, code, random));
      }
      boothGrids.push(grid);
    });
  }

  return {
    $schema: './scene.schema.json',
    version: 1,
    expo: EXPO,
    halls,
    booths,
    boothGrids,
    exhibitors: [...NAMED_EXHIBITORS, ...GENERIC_EXHIBITORS, ...sampleExhibitors],
    exhibits: [...FEATURED_BOOTHS.flatMap(featuredExhibits), ...sampleExhibits],
    models: modelEntries(),
    viewpoints: [...VIEWPOINTS],
    tours: [...TOURS],
  };
}

/** One back-to-back double row of sample booths; its exhibitors are named after the booth codes. */
function sampleGrid(zone: ZoneSpec, row: SampleDoubleRow, index: number, firstNumber: number): BoothGridInput {
  const grid: BoothGridInput = {
    id: `grid-${zone.codePrefix.replace(/-$/, '').toLowerCase()}-${index + 1}`,
    zone: zone.id,
    codePrefix: zone.codePrefix,
    firstNumber,
    startM: row.startM,
    columns: row.columns,
    rows: 2,
    along: 'east',
    across: 'south',
    sizeM: zone.sampleBoothM,
    facing: ['north', 'south'],
    template: 'inline',
  };
  grid.exhibitors = gridCodes(grid).map(sampleExhibitorId);
  return grid;
}

/** Codes of a grid's booths in slot order, as the layout helper numbers them. */
function gridCodes(grid: BoothGridInput): string[] {
  const count = grid.columns * (grid.rows ?? 1);
  const first = grid.firstNumber ?? 1;
  return Array.from({ length: count }, (_, slot) => `${grid.codePrefix}${String(first + slot).padStart(grid.digits ?? 3, '0')}`);
}

function sampleExhibitorId(code: string): string {
  return `sample-${code.toLowerCase()}`;
}

function sampleExhibitor(zone: ZoneSpec, code: string, random: Random): ExhibitorInput {
  return {
    id: sampleExhibitorId(code),
    name: { zh: `示例展商 ${code}`, en: `Sample exhibitor ${code}` },
    country: random.pick(zone.sampleCountries),
    // Written for visitors (issue 12): the panel tags the exhibitor "illustrative" (`sample`).
    description: {
      zh: `“${zone.name.zh}”展区的示例展位，参展单位信息待公布。`,
      en: `An example stand in “${zone.name.en}”; exhibitor details to be announced.`,
    },
    sample: true,
  };
}

/** Height of a sample kind as it stands on the booth, metres. */
const standingHeightM = (kind: SampleKind): number => MODEL_SPECS[kind.model].sizeM[1] * kind.scale;

/**
 * 6–12 sample exhibits, without offsets: the layout arranges them over the booth, filling from the
 * back row forward, so they are listed tallest first. A low exhibit behind a 1.8 m VR station
 * could not be seen from anywhere on the floor (the walk-up ray test over every exhibit).
 */
function sampleExhibitsFor(zone: ZoneSpec, code: string, random: Random): ExhibitInput[] {
  const palette = SAMPLE_PALETTES[zone.id];
  if (!palette) throw new Error(`no sample palette for zone ${zone.id}`);
  const count = random.int(SAMPLE_EXHIBITS_PER_BOOTH.min, SAMPLE_EXHIBITS_PER_BOOTH.max);
  const kinds = Array.from({ length: count }, () => random.pick(palette));
  // A stable sort: kinds of equal height keep the order they were drawn in.
  kinds.sort((a, b) => standingHeightM(b) - standingHeightM(a));
  return kinds.map((kind, index) => {
    const label = `${code}-${index + 1}`;
    return {
      id: `sample-${label.toLowerCase()}`,
      booth: boothIdForCode(code),
      model: modelId(kind.model),
      ...(kind.scale === 1 ? {} : { scale: kind.scale }),
      title: { zh: `示例展品 ${label}`, en: `Sample exhibit ${label}` },
      description: { zh: `示意展品：${kind.zh}。`, en: `Illustrative exhibit: ${kind.en}.` },
      ...(kind.role === undefined ? {} : { role: kind.role }),
    };
  });
}

function featuredExhibits(booth: FeaturedBooth): ExhibitInput[] {
  return booth.exhibits.map((exhibit) => ({
    id: exhibit.id,
    booth: boothIdForCode(booth.code),
    model: modelId(exhibit.model),
    offsetM: exhibit.offsetM,
    ...(exhibit.elevationM === undefined ? {} : { elevationM: exhibit.elevationM }),
    ...(exhibit.rotationDeg === undefined ? {} : { rotationDeg: exhibit.rotationDeg }),
    ...(exhibit.scale === undefined ? {} : { scale: exhibit.scale }),
    title: exhibit.title,
    ...(exhibit.description === undefined ? {} : { description: exhibit.description }),
    ...(exhibit.role === undefined ? {} : { role: exhibit.role }),
    ...(EXHIBIT_MEDIA[exhibit.id] === undefined ? {} : { media: [...(EXHIBIT_MEDIA[exhibit.id] ?? [])] }),
  }));
}

/** Writes the scene, then reads it back through the validator so a bad table fails here. */
function main(): void {
  writeMediaImages(fileURLToPath(new URL('../public/media/', import.meta.url)));
  const text = serializeScene(buildMianyangScene());
  writeFileSync(MIANYANG_SCENE_PATH, text);
  const result = parseScene(text);
  for (const diagnostic of result.diagnostics) console.log(formatDiagnostic('scenes/mianyang-2023.json', diagnostic));
  if (!result.layout) throw new Error('generated scene does not parse');
  const { warnings } = countBySeverity(result.diagnostics);
  console.log(`scenes/mianyang-2023.json: ${formatSceneSummary(countScene(result.layout), warnings)}, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`);
  if (!result.ok) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
