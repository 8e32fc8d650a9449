/**
 * Scene format v1: the public API between curators and the app.
 *
 * One zod schema is the single source of truth: the TypeScript types, the runtime validation and
 * the committed JSON Schema (`scenes/scene.schema.json`, which gives VS Code autocompletion and
 * red underlines) all come from it. Every field carries a `.describe()` text, which VS Code shows
 * on hover. Cross-references, geometry and layout are checked after parsing by `checkScene`,
 * because JSON Schema cannot express them.
 *
 * Conventions: lengths in metres, angles in degrees; each hall has its own floor frame with the
 * origin at its north-west corner, `x` running east and `z` running south (the floor plan read
 * like a page); heights are `y`, up.
 */
import { z } from 'zod';

export const SCENE_FORMAT_VERSION = 1;

const MAX_ID_LENGTH = 64;
const MAX_TITLE_LENGTH = 200;
const MAX_DESCRIPTION_LENGTH = 4000;
const MAX_URL_LENGTH = 2048;

/** kebab-case: lower-case letters and digits in groups joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** Link schemes a curator may use, in lower case (JSON Schema patterns have no flags); everything else (javascript:, data:, file: …) is refused. */
export const LINK_PATTERN = /^(?:https?:\/\/[^\s]+|mailto:[^\s]+)$/;
/** Model files: a relative path under `public/`, no parent hops, ending in .glb or .gltf. */
export const MODEL_PATH_PATTERN = /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9._\-/]+\.(?:glb|gltf)$/;
/** Media: a same-origin relative path or an https address. */
export const MEDIA_URL_PATTERN = /^(?:https:\/\/[^\s]+|(?!\/\/)(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9._\-/]+)$/;

export const id = z
  .string()
  .min(1)
  .max(MAX_ID_LENGTH)
  .regex(ID_PATTERN, { error: 'must be a kebab-case id such as "hall-1" or "booth-a-017"' });

const idRef = (what: string) => id.describe(`Id of ${what}.`);

export const localizedText = (maxLength: number) =>
  z
    .strictObject({
      zh: z.string().max(maxLength).optional().describe('Chinese text (简体中文).'),
      en: z.string().max(maxLength).optional().describe('English text.'),
    })
    .refine((text) => (text.zh ?? '').trim() !== '' || (text.en ?? '').trim() !== '', {
      error: 'needs a non-empty "zh" or "en" text',
    })
    .describe('Text in Chinese and English: { "zh": "…", "en": "…" }; at least one is required.');

const title = localizedText(MAX_TITLE_LENGTH);
const description = localizedText(MAX_DESCRIPTION_LENGTH);

const metres = z.number().finite();
const positiveMetres = z.number().finite().positive();
const nonNegativeMetres = z.number().finite().nonnegative();

/**
 * A hall's largest side. The largest exhibition halls built are about 500 m long; the walk grid
 * (0.5 m cells) and its path-finding buffers grow with a hall's floor area, and a 2,000 m square
 * hall, the earlier limit, took 305 MB and 3 s to plan (issue 11), enough to end a tablet's page.
 * At 500 m the worst hall costs about a sixteenth of that.
 */
export const MAX_HALL_SIDE_M = 500;

export const link = z
  .strictObject({
    label: title.optional().describe('What the visitor sees; defaults to the address.'),
    url: z
      .string()
      .max(MAX_URL_LENGTH)
      .regex(LINK_PATTERN, { error: 'must start with https://, http:// or mailto:' })
      .describe('An https:, http: or mailto: address.'),
  })
  .describe('A link shown as text; only https:, http: and mailto: addresses are allowed.');

const links = z.array(link).max(20).describe('Links shown as text, at most 20.');

export const point2 = z
  .tuple([metres, metres])
  .describe('[x, z] in metres: x runs east, z runs south.');

export const size2 = z
  .tuple([positiveMetres, positiveMetres])
  .describe('[width, depth] in metres.');

export const compassDirection = z
  .enum(['north', 'east', 'south', 'west'])
  .describe('A compass direction on the floor plan: north is -z, east is +x, south is +z, west is -x.');

export const expo = z
  .strictObject({
    id: id.describe('Id of the expo, e.g. "mianyang-2023".'),
    title: title.describe('Full name of the expo.'),
    shortTitle: title.optional().describe('Short name for headers, e.g. 科博会 / "Sci-Tech Expo".'),
    dates: z
      .strictObject({
        start: z.string().regex(DATE_PATTERN, { error: 'must be a date written YYYY-MM-DD' }).describe('First day, YYYY-MM-DD.'),
        end: z.string().regex(DATE_PATTERN, { error: 'must be a date written YYYY-MM-DD' }).describe('Last day, YYYY-MM-DD.'),
      })
      .describe('First and last day, YYYY-MM-DD.'),
    venue: title.describe('City and venue.'),
    theme: title.optional().describe('The expo theme or slogan.'),
    description: description.optional(),
    defaultHall: idRef('the hall visitors enter first'),
    links: links.optional(),
  })
  .describe('The event itself.');

export const door = z
  .strictObject({
    id: id.describe('Id of the door, unique within its hall.'),
    wall: compassDirection.describe('The wall the door is in.'),
    offsetM: nonNegativeMetres.describe(
      'Distance in metres from the west end (north and south walls) or north end (east and west walls) of the wall to the door centre.',
    ),
    widthM: positiveMetres.default(4).describe('Clear width of the opening in metres (default 4).'),
    leadsTo: z
      .union([
        z.literal('outside'),
        z.string().regex(ID_PATTERN, { error: 'must be "outside" or the id of another hall, such as "hall-2"' }),
      ])
      .describe('"outside" for an entrance from the street, or the id of the hall behind the door.'),
    label: title.optional().describe('Sign above the door.'),
  })
  .describe('An opening in a hall wall: an entrance from outside or a door to another hall.');

export const rect = z
  .strictObject({
    x: metres.describe('West edge, metres from the hall origin.'),
    z: metres.describe('North edge, metres from the hall origin.'),
    width: positiveMetres.describe('Extent east, metres.'),
    depth: positiveMetres.describe('Extent south, metres.'),
  })
  .describe('An axis-aligned rectangle on the hall floor.');

export const zone = z
  .strictObject({
    id: id.describe('Id of the zone, unique in the scene.'),
    name: title,
    color: z
      .string()
      .regex(COLOR_PATTERN, { error: 'must be a colour written #rrggbb' })
      .describe('Floor colour, #rrggbb.'),
    category: id.describe(
      'What the zone shows, kebab-case, e.g. "aerospace", "artificial-intelligence", "guest-country", "popular-science".',
    ),
    rect: rect.describe('The zone\'s area on the hall floor.'),
    description: description.optional(),
  })
  .describe('A coloured area of a hall floor grouping related booths.');

export const hall = z
  .strictObject({
    id: id.describe('Id of the hall, unique in the scene.'),
    name: title,
    sizeM: z
      .strictObject({
        width: positiveMetres.max(MAX_HALL_SIDE_M).describe('Extent east, metres.'),
        depth: positiveMetres.max(MAX_HALL_SIDE_M).describe('Extent south, metres.'),
        height: positiveMetres.max(100).default(12).describe('Ceiling height, metres (default 12).'),
      })
      .describe('Inside dimensions of the hall in metres.'),
    positionM: point2
      .default([0, 0])
      .describe('Where the hall\'s north-west corner sits on the site plan, [x, z] metres.'),
    doors: z.array(door).default([]).describe('Entrances and doors to other halls.'),
    zones: z.array(zone).default([]).describe('Zones on the hall floor.'),
  })
  .describe('An exhibition hall: a rectangular floor with walls, doors and zones.');

export const boothTemplate = z
  .enum(['inline', 'corner', 'peninsula', 'island', 'kiosk', 'pavilion'])
  .describe(
    'Booth build: "inline" (walls back and sides), "corner" (back and one side), "peninsula" (back wall only), "island" (open on all sides), "kiosk" (small counter), "pavilion" (large open area).',
  );

export const booth = z
  .strictObject({
    id: id.describe('Id of the booth, unique in the scene.'),
    code: z
      .string()
      .max(16)
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, { error: 'must be letters, digits and hyphens, e.g. "A-017"' })
      .describe('The number on the floor plan, e.g. "A-017".'),
    zone: idRef('the zone the booth stands in (its hall follows from the zone)'),
    exhibitor: idRef('the exhibitor; leave out for a vacant booth').optional(),
    positionM: point2.describe('Centre of the booth, [x, z] metres in its hall.'),
    rotationDeg: z
      .number()
      .finite()
      .default(0)
      .describe('Turn about the vertical axis, degrees counter-clockwise seen from above; 0 faces south, 90 east, 180 north, 270 west.'),
    sizeM: size2.describe('[width, depth] of the booth in metres; width runs along its front.'),
    template: boothTemplate.default('inline'),
  })
  .describe('One booth placed by explicit coordinates.');

export const boothGrid = z
  .strictObject({
    id: id.describe('Id of this grid (used in messages only).'),
    zone: idRef('the zone the booths stand in'),
    codePrefix: z
      .string()
      .max(8)
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, { error: 'must be letters, digits and hyphens, e.g. "A-"' })
      .describe('Booth codes are this prefix and a number, e.g. "A-" gives A-001, A-002 …; booth ids are "booth-" and the code in lower case.'),
    firstNumber: z.number().int().min(0).max(99999).default(1).describe('Number of the first booth (default 1).'),
    digits: z.number().int().min(1).max(5).default(3).describe('Digits in the number, zero-padded (default 3).'),
    startM: point2.describe('Centre of the first booth, [x, z] metres in the hall.'),
    columns: z.number().int().min(1).max(1000).describe('Booths in each row.'),
    rows: z.number().int().min(1).max(1000).default(1).describe('Number of rows (default 1).'),
    along: compassDirection.default('east').describe('Direction in which a row runs from the first booth (default east).'),
    across: compassDirection.default('south').describe('Direction in which the next row lies (default south); must be perpendicular to "along".'),
    sizeM: size2.describe('[width, depth] of each booth in metres; width runs along the row.'),
    gapM: nonNegativeMetres.default(0).describe('Space between neighbouring booths in a row (default 0).'),
    aisleM: nonNegativeMetres.default(0).describe('Space between rows, i.e. the aisle width (default 0: back to back).'),
    facing: z
      .union([compassDirection, z.array(compassDirection).min(1).max(1000)])
      .default('south')
      .describe('Where the booth fronts face: one direction for all rows, or a list used row by row in turn, e.g. ["north", "south"] for back-to-back pairs.'),
    template: boothTemplate.default('inline'),
    exhibitors: z
      .array(z.union([id, z.null()]))
      .max(100000)
      .default([])
      .describe('Exhibitor ids for the booths in order (row by row); null or a short list leaves booths vacant.'),
  })
  .describe('A layout helper: a row or grid of equal booths along an aisle, numbered in order.');

export const exhibitor = z
  .strictObject({
    id: id.describe('Id of the exhibitor, unique in the scene.'),
    name: title,
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { error: 'must be a two-letter ISO 3166 country code such as "CN"' })
      .describe('Two-letter ISO 3166 country code, e.g. "CN", "ID", "US".'),
    description: description.optional(),
    links: links.optional(),
    sample: z
      .boolean()
      .default(false)
      .describe('true marks illustrative sample data, not a real organisation.'),
  })
  .describe('A company or institution that exhibits.');

/** Captions files: a relative path on this site ending in .vtt (a track from another site needs CORS). */
export const CAPTIONS_PATH_PATTERN = /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9._\-/]+\.vtt$/;

const captionsPath = z
  .string()
  .max(MAX_URL_LENGTH)
  .regex(CAPTIONS_PATH_PATTERN, { error: 'must be a relative path on this site ending in .vtt, e.g. "media/fast.en.vtt"' });

export const media = z
  .strictObject({
    kind: z.enum(['image', 'video']).describe('"image" or "video".'),
    url: z
      .string()
      .max(MAX_URL_LENGTH)
      .regex(MEDIA_URL_PATTERN, { error: 'must be a relative path on this site or an https:// address' })
      .describe('A relative path on this site (e.g. "media/fast.jpg") or an https:// address.'),
    caption: title.optional().describe('Shown under the picture or video.'),
    alt: title
      .optional()
      .describe('What a picture shows, for visitors who cannot see it (screen readers); defaults to the caption, then the exhibit title.'),
    captions: z
      .strictObject({
        zh: captionsPath.optional().describe('Chinese captions.'),
        en: captionsPath.optional().describe('English captions.'),
      })
      .optional()
      .describe('Captions of a video: a WebVTT file on this site per language, e.g. { "en": "media/fast.en.vtt" }.'),
  })
  .describe('A picture or video shown with the exhibit.');

export const exhibitRole = z
  .enum(['exhibit', 'furniture'])
  .describe(
    '"exhibit" (default) for something shown to visitors; "furniture" for the stand\'s own fittings (counters, plants, roll-up banners, partitions, posters, screens, chairs): drawn and walked around, but not listed in search or the booth list.',
  );

export const point3 = z
  .tuple([metres, metres, metres])
  .describe('[x, y, z] in metres in the hall: x runs east, y is the height above the floor, z runs south.');

/**
 * A curator's own view of one exhibit: the same two points as a named viewpoint, written on the
 * exhibit (its hall is the exhibit's), so walking up to it, a search result, a link or a tour stop
 * shows the picture the curator chose instead of the one worked out from the exhibit's box.
 */
export const exhibitView = z
  .strictObject({
    positionM: point3.describe('Where the eye is, [x, y, z] metres in the exhibit\'s hall; y is the eye height (1.6 for a standing visitor).'),
    lookAtM: point3.describe('The point the view is turned to, [x, y, z] metres in the hall, usually the middle of the exhibit.'),
  })
  .describe('Where visitors stand to see this exhibit, instead of the walk-up point worked out from its size and booth.');

export const exhibit = z
  .strictObject({
    id: id.describe('Id of the exhibit, unique in the scene.'),
    booth: idRef('the booth showing the exhibit'),
    model: idRef('the 3D model'),
    offsetM: point2
      .optional()
      .describe('Position relative to the booth centre in the booth\'s own frame ([x, z]: x along the front, z towards the front). Leave out to arrange exhibits automatically.'),
    elevationM: z.number().finite().min(0).max(50).default(0).describe('Height above the floor, metres (default 0).'),
    rotationDeg: z.number().finite().default(0).describe('Turn relative to the booth, degrees counter-clockwise seen from above (default 0: facing the booth front).'),
    scale: z.number().finite().positive().max(100).default(1).describe('Uniform scale of the model (default 1).'),
    title,
    description: description.optional(),
    links: links.optional(),
    media: z.array(media).max(20).optional().describe('Pictures and videos shown with the exhibit, at most 20.'),
    role: exhibitRole.default('exhibit'),
    view: exhibitView.optional(),
  })
  .describe('An exhibit placed on a booth.');

export const model = z
  .strictObject({
    id: id.describe('Id of the model, unique in the scene, e.g. "model-tokamak".'),
    lods: z
      .array(
        z
          .string()
          .regex(MODEL_PATH_PATTERN, { error: 'must be a relative path under public/ ending in .glb or .gltf, e.g. "models/tokamak/lod0.glb"' }),
      )
      .min(1)
      .max(4)
      .describe('glTF files from most to least detailed (LOD0 first), relative to public/.'),
    sizeM: z
      .tuple([positiveMetres, positiveMetres, positiveMetres])
      .default([1, 1, 1])
      .describe('[width, height, depth] of the model in metres at scale 1; used for the placeholder box until the file has loaded.'),
    color: z
      .string()
      .regex(COLOR_PATTERN, { error: 'must be a colour written #rrggbb' })
      .default('#9aa4b1')
      .describe('Colour of the placeholder box, #rrggbb.'),
  })
  .describe('A 3D model with its level-of-detail files.');

/** Narration at one stop: about a minute read aloud, short enough to read on a phone. */
export const MAX_NARRATION_LENGTH = 600;
export const MAX_TOUR_STOPS = 100;
export const MAX_TOURS = 50;
export const MAX_VIEWPOINTS = 1000;
/** Longest pause a curator may ask for at one stop, seconds: ten minutes. */
export const MAX_DWELL_S = 600;

export const viewpoint = z
  .strictObject({
    id: id.describe('Id of the viewpoint, unique among viewpoints; tour stops name it.'),
    name: title.describe('What the place is called; the heading of a tour stop that leads here.'),
    hall: idRef('the hall the viewpoint is in'),
    positionM: point3.describe('Where the eye is, [x, y, z] metres in the hall; y is the eye height (1.6 for a standing visitor).'),
    lookAtM: point3.describe('The point the view is turned to, [x, y, z] metres in the hall.'),
  })
  .describe('A named place to look from, such as a view across a hall or down an aisle; tour stops lead to it by id.');

export const tourStop = z
  .strictObject({
    exhibit: idRef('the exhibit shown at this stop').optional(),
    booth: idRef('the booth shown at this stop (grid booths have ids "booth-" and the code in lower case)').optional(),
    viewpoint: idRef('the viewpoint (in "viewpoints") the stop looks from').optional(),
    narration: localizedText(MAX_NARRATION_LENGTH).describe(
      `What is said at this stop, shown as text and read aloud when the visitor turns speech on; at most ${MAX_NARRATION_LENGTH} characters in each language.`,
    ),
    dwellS: z
      .number()
      .finite()
      .min(1)
      .max(MAX_DWELL_S)
      .optional()
      .describe(`Seconds the tour stays here once arrived, 1–${MAX_DWELL_S}; left out, long enough to read the narration (at least 8).`),
  })
  .describe('One stop of a tour: exactly one of "exhibit", "booth" or "viewpoint", and the narration said there.');

export const tour = z
  .strictObject({
    id: id.describe('Id of the tour, unique among tours; links to the tour use it.'),
    title,
    description: description.optional(),
    stops: z
      .array(tourStop)
      .min(1)
      .max(MAX_TOUR_STOPS)
      .describe(`The stops in the order visited, 1–${MAX_TOUR_STOPS}.`),
  })
  .describe('A guided tour: stops visited in order, each with narration in Chinese and English.');

export const sceneSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path to scene.schema.json, for editor support.'),
    version: z.literal(SCENE_FORMAT_VERSION).describe('Scene format version; must be 1.'),
    expo,
    halls: z.array(hall).min(1).describe('The halls; at least one.'),
    booths: z.array(booth).default([]).describe('Booths placed one by one.'),
    boothGrids: z.array(boothGrid).default([]).describe('Rows and grids of booths placed by a layout helper.'),
    exhibitors: z.array(exhibitor).default([]).describe('Companies and institutions that exhibit.'),
    exhibits: z.array(exhibit).default([]).describe('Exhibits, each placed on a booth.'),
    models: z.array(model).default([]).describe('3D models that exhibits use, by id.'),
    // These two are optional without a default, unlike the lists above: scenes built in code
    // (benches, tests) stay valid `Scene` values without naming them, and a file without them
    // reads back as written.
    viewpoints: z.array(viewpoint).max(MAX_VIEWPOINTS).optional().describe(`Named places to look from, at most ${MAX_VIEWPOINTS}.`),
    tours: z.array(tour).max(MAX_TOURS).optional().describe(`Guided tours, at most ${MAX_TOURS}.`),
  })
  .describe('A cloud-expo scene file, format version 1.');

/** A scene as written in the file, after defaults are filled in. */
export type Scene = z.output<typeof sceneSchema>;
/** A scene as a curator may write it (defaults optional). */
export type SceneInput = z.input<typeof sceneSchema>;
export type Hall = z.output<typeof hall>;
export type Zone = z.output<typeof zone>;
export type Door = z.output<typeof door>;
export type Booth = z.output<typeof booth>;
export type BoothGrid = z.output<typeof boothGrid>;
export type BoothTemplate = z.output<typeof boothTemplate>;
export type Exhibitor = z.output<typeof exhibitor>;
export type Exhibit = z.output<typeof exhibit>;
export type ExhibitRole = z.output<typeof exhibitRole>;
export type SceneExhibitView = z.output<typeof exhibitView>;
export type Model = z.output<typeof model>;
export type LocalizedText = z.output<ReturnType<typeof localizedText>>;
export type Link = z.output<typeof link>;
export type CompassDirection = z.output<typeof compassDirection>;
export type Rect = z.output<typeof rect>;
export type Tour = z.output<typeof tour>;
export type TourStop = z.output<typeof tourStop>;
/** Named `SceneViewpoint` because the navigation layer's `Viewpoint` is where a visitor stands. */
export type SceneViewpoint = z.output<typeof viewpoint>;
