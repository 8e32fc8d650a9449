/**
 * The malformed-scene corpus: every file in tests/fixtures/invalid/ is the minimal scene
 * (tests/fixtures/valid/minimal.json) with exactly one defect, named for that defect. For each one
 * the table pins the first error a curator sees: its rule, its exact sentence and the line:column
 * it points at. The table records what the validator says today; rows marked "Known weak" say
 * something a curator would find unhelpful and are waiting for a validator fix (update the row
 * together with the fix).
 *
 * Files are read as bytes and checked with `parseSceneBytes`, as `npm run validate` and the app
 * read them, so the encoding rows mean what they say. The encoding fixtures are binary (GBK,
 * UTF-16, a stray 0xFF byte): they were written from minimal.json by a small node script (GBK by a
 * reverse lookup of `new TextDecoder('gbk')` over every two-byte code). To add a class, append a
 * row to the table below under its heading; `errors` pins the total when the list is capped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_DIAGNOSTICS, parseScene, parseSceneBytes } from '../../src/scene';

const INVALID_DIR = fileURLToPath(new URL('../fixtures/invalid/', import.meta.url));
const VALID_DIR = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));

interface MalformedScene {
  /** File name in tests/fixtures/invalid/. */
  file: string;
  /** The single defect, as a phrase for the test title. */
  defect: string;
  /** Rule, exact message and 1-based position of the first error. */
  rule: string;
  message: string;
  line: number;
  column: number;
  /** Errors found in all, for a file with more than the list keeps. */
  errors?: number;
}

const CORPUS: MalformedScene[] = [
  // Bad JSON: reported by the scanner at the offending character.
  { file: 'trailing-comma-in-object.json', defect: 'a trailing comma in an object', rule: 'json-syntax', message: "trailing comma: remove the \",\" before \"}\"", line: 9, column: 28 },
  { file: 'trailing-comma-in-array.json', defect: 'a trailing comma in an array', rule: 'json-syntax', message: "trailing comma: remove the \",\" before \"]\"", line: 52, column: 44 },
  { file: 'trailing-comma-with-crlf-line-endings.json', defect: 'a trailing comma in a file with CRLF line endings', rule: 'json-syntax', message: "trailing comma: remove the \",\" before \"}\"", line: 9, column: 28 },
  { file: 'missing-comma.json', defect: 'a missing comma between properties', rule: 'json-syntax', message: 'expected "," between items (a comma is missing)', line: 6, column: 5 },
  { file: 'missing-colon.json', defect: 'a missing colon after a property name', rule: 'json-syntax', message: 'expected ":" after the property name', line: 3, column: 13 },
  { file: 'line-comment.json', defect: 'a // comment', rule: 'json-syntax', message: 'comments are not allowed in JSON', line: 4, column: 3 },
  { file: 'block-comment.json', defect: 'a /* */ comment', rule: 'json-syntax', message: 'comments are not allowed in JSON', line: 37, column: 122 },
  { file: 'unclosed-string.json', defect: 'an unclosed string', rule: 'json-syntax', message: 'this string is never closed with a double quote', line: 8, column: 34 },
  { file: 'unclosed-object-at-end-of-file.json', defect: 'an object left unclosed at the end of the file', rule: 'json-syntax', message: "the file ends before the object opened at line 1, column 1 is closed with \"}\"", line: 70, column: 1 },
  { file: 'single-quoted-string.json', defect: 'a single-quoted string', rule: 'json-syntax', message: "strings need double quotes, not single quotes", line: 9, column: 20 },
  { file: 'nan-number.json', defect: 'NaN as a number', rule: 'json-syntax', message: "JSON has no NaN; write an ordinary number", line: 38, column: 103 },
  { file: 'leading-plus-number.json', defect: 'a number with a leading +', rule: 'json-syntax', message: "numbers may not start with \"+\"", line: 17, column: 53 },
  { file: 'leading-zero-number.json', defect: 'a number with a leading zero', rule: 'json-syntax', message: "numbers may not start with 0 unless they are 0 or 0.something (write 40, not 040)", line: 28, column: 27 },
  { file: 'trailing-dot-number.json', defect: 'a number with a trailing dot', rule: 'json-syntax', message: 'this number ends too early', line: 17, column: 53 },
  { file: 'capitalised-true.json', defect: 'True written with a capital T', rule: 'json-syntax', message: "unexpected word \"True\"; JSON writes true in lower case", line: 58, column: 86 },
  { file: 'tab-in-string.json', defect: 'a raw tab inside a string', rule: 'json-syntax', message: "control characters such as tabs and line breaks must be escaped inside strings (\\t, \\n)", line: 56, column: 42 },
  { file: 'backslash-in-path.json', defect: 'single backslashes in a path', rule: 'json-syntax', message: "invalid escape sequence in a string (write \\\\ for a backslash, \\\" for a quote)", line: 68, column: 52 },
  { file: 'bad-unicode-escape.json', defect: 'a \\u escape with three hex digits', rule: 'json-syntax', message: "invalid \\u escape: it needs four hexadecimal digits", line: 62, column: 94 },
  { file: 'text-after-document.json', defect: 'text after the end of the document', rule: 'json-syntax', message: 'unexpected text after the end of the JSON document', line: 71, column: 1 },
  { file: 'empty-file.json', defect: 'an empty file', rule: 'json-syntax', message: 'the file is empty; a scene file is a JSON object', line: 1, column: 1 },
  { file: 'whitespace-only-file.json', defect: 'a file of only blank lines', rule: 'json-syntax', message: 'the file is empty; a scene file is a JSON object', line: 1, column: 1 },
  { file: 'top-level-array.json', defect: 'an array instead of an object at the top level', rule: 'not-an-object', message: 'a scene file must be a JSON object { … } at the top level', line: 1, column: 1 },

  // Encodings: checked on the bytes before anything else, at the first byte that is not UTF-8.
  { file: 'encoding-gbk.json', defect: 'a file saved in GBK', rule: 'file-encoding', message: 'this file looks like GBK, not UTF-8: save it as UTF-8 (byte 0xB2 here is the first that is not UTF-8)', line: 6, column: 23 },
  { file: 'encoding-utf16le-with-bom.json', defect: 'a file saved in UTF-16 little endian with a byte order mark', rule: 'file-encoding', message: 'this file looks like UTF-16 (little endian), not UTF-8: save it as UTF-8', line: 1, column: 1 },
  { file: 'encoding-utf16be.json', defect: 'a file saved in UTF-16 big endian without a byte order mark', rule: 'file-encoding', message: 'this file looks like UTF-16 (big endian), not UTF-8: save it as UTF-8', line: 1, column: 1 },
  { file: 'encoding-stray-invalid-byte.json', defect: 'a stray 0xFF byte in a string', rule: 'file-encoding', message: 'this file is not valid UTF-8: save it as UTF-8 (byte 0xFF here is the first that is not UTF-8)', line: 56, column: 42 },

  // Nesting: refused before any recursive step runs, at the first bracket past the limit.
  { file: 'deep-nested-arrays.json', defect: 'arrays nested 70 deep (valid JSON)', rule: 'nesting-too-deep', message: 'nested too deeply: this "[" opens level 65 of objects and arrays inside each other; a scene file may nest at most 64 (a scene needs 6)', line: 61, column: 142 },
  { file: 'deep-nested-objects.json', defect: 'objects nested 70 deep (valid JSON)', rule: 'nesting-too-deep', message: 'nested too deeply: this "{" opens level 65 of objects and arrays inside each other; a scene file may nest at most 64 (a scene needs 6)', line: 58, column: 452 },
  { file: 'unclosed-brackets.json', defect: '3,000 brackets never closed', rule: 'nesting-too-deep', message: 'nested too deeply: this "[" opens level 65 of objects and arrays inside each other; a scene file may nest at most 64 (a scene needs 6)', line: 61, column: 142 },

  // Wrong types.
  { file: 'string-for-number.json', defect: 'a string where a number belongs', rule: 'schema-invalid-type', message: "hall 'hall-1': \"sizeM.width\" must be a number, found \"60\"", line: 15, column: 27 },
  { file: 'number-for-string.json', defect: 'a number where a string belongs', rule: 'schema-invalid-type', message: "booth 'booth-a-001': \"code\" must be a string, found 1", line: 37, column: 36 },
  { file: 'object-for-array.json', defect: 'an object where an array belongs', rule: 'schema-invalid-type', message: `hall 'hall-2': "doors" must be an array, found an object`, line: 30, column: 16 },
  { file: 'null-venue.json', defect: 'null where an object belongs', rule: 'schema-invalid-type', message: 'expo: "venue" must be an object, found null', line: 8, column: 14 },
  { file: 'string-for-boolean.json', defect: 'a string where true or false belongs', rule: 'schema-invalid-type', message: "exhibitor 'stone': \"sample\" must be true or false, found \"yes\"", line: 58, column: 86 },
  { file: 'fractional-grid-columns.json', defect: 'a fractional count of grid columns', rule: 'schema-invalid-type', message: "booth grid 'row-m': \"columns\" must be a whole number, found 4.5", line: 46, column: 18 },
  { file: 'overflowing-number.json', defect: 'a number too large for a double', rule: 'schema-invalid-type', message: "booth B-001: \"rotationDeg\" is a number too large to use", line: 38, column: 127 },
  { file: 'facing-wrong-type.json', defect: 'a number for the facing of a booth grid', rule: 'schema-invalid-union', message: "booth grid 'row-m': \"facing\" must be one of \"north\", \"east\", \"south\", \"west\" or an array, found 180", line: 51, column: 17 },
  { file: 'door-leads-to-number.json', defect: 'a number for where a door leads', rule: 'schema-invalid-union', message: "door 'to-hall-2': \"leadsTo\" must be \"outside\" or a string, found 2", line: 18, column: 72 },

  // Missing fields: reported at the object that lacks them.
  { file: 'missing-version.json', defect: 'a missing version', rule: 'missing-field', message: "\"version\" is required but missing", line: 1, column: 1 },
  { file: 'missing-expo-title.json', defect: 'a missing expo title', rule: 'missing-field', message: 'expo: "title" is required but missing', line: 4, column: 11 },
  { file: 'missing-halls.json', defect: 'missing halls', rule: 'missing-field', message: '"halls" is required but missing', line: 1, column: 1 },
  { file: 'empty-halls.json', defect: 'an empty list of halls', rule: 'schema-too-small', message: '"halls" needs at least one item', line: 11, column: 12 },
  { file: 'missing-booth-zone.json', defect: 'a booth without a zone', rule: 'missing-field', message: 'booth A-001: "zone" is required but missing', line: 37, column: 5 },
  { file: 'missing-exhibit-model.json', defect: 'an exhibit without a model', rule: 'missing-field', message: `exhibit 'robot': "model" is required but missing`, line: 61, column: 5 },
  { file: 'missing-exhibit-title.json', defect: 'an exhibit without a title', rule: 'missing-field', message: `exhibit 'satellite': "title" is required but missing`, line: 63, column: 5 },

  // Unknown fields, reported at the property name.
  { file: 'unknown-field-positon.json', defect: 'a misspelt required field "positon"', rule: 'unknown-field', message: "booth A-001: unknown field \"positon\"; did you mean \"positionM\"?", line: 37, column: 85 },
  { file: 'unknown-field-rotaton-deg.json', defect: 'a misspelt optional field "rotatonDeg" with a suggestion', rule: 'unknown-field', message: 'booth B-001: unknown field "rotatonDeg"; did you mean "rotationDeg"?', line: 38, column: 112 },
  { file: 'unknown-field-without-suggestion.json', defect: 'an unknown top-level field', rule: 'unknown-field', message: 'unknown field "author"', line: 4, column: 3 },

  // Values and formats.
  { file: 'version-2.json', defect: 'format version 2', rule: 'schema-invalid-value', message: '"version" must be 1, found 2', line: 3, column: 14 },
  { file: 'id-upper-case.json', defect: 'an id in upper case', rule: 'schema-invalid-format', message: `exhibit 'Robot': "id" must be a kebab-case id such as "hall-1" or "booth-a-017"`, line: 61, column: 13 },
  { file: 'id-with-space.json', defect: 'an id with a space', rule: 'schema-invalid-format', message: `door 'main entrance': "id" must be a kebab-case id such as "hall-1" or "booth-a-017"`, line: 17, column: 17 },
  { file: 'bad-colour.json', defect: 'a colour with five hex digits', rule: 'schema-invalid-format', message: `zone 'zone-ai': "color" must be a colour written #rrggbb`, line: 21, column: 61 },
  { file: 'bad-date-format.json', defect: 'a date written DD/MM/YYYY', rule: 'schema-invalid-format', message: 'expo: "dates.start" must be a date written YYYY-MM-DD', line: 7, column: 25 },
  { file: 'impossible-date.json', defect: 'the impossible date 2023-02-30', rule: 'bad-date', message: "expo date start '2023-02-30' is not a day of the calendar", line: 7, column: 25 },
  { file: 'end-before-start.json', defect: 'an expo ending before it starts', rule: 'bad-date', message: 'expo ends (2023-11-20) before it starts (2023-11-22)', line: 7, column: 46 },
  { file: 'empty-localized-text.json', defect: 'an empty localized text {}', rule: 'schema-custom', message: 'expo: "venue" needs a non-empty "zh" or "en" text', line: 8, column: 14 },
  { file: 'blank-localized-text.json', defect: 'a localized text of only spaces', rule: 'schema-custom', message: `hall 'hall-2': "name" needs a non-empty "zh" or "en" text`, line: 27, column: 15 },
  { file: 'over-long-title.json', defect: 'a title over 200 characters', rule: 'schema-too-big', message: 'expo: "title.en" is too long (at most 200 characters)', line: 6, column: 37 },
  { file: 'bad-country-code.json', defect: 'a three-letter country code', rule: 'schema-invalid-format', message: `exhibitor 'stone': "country" must be a two-letter ISO 3166 country code such as "CN"`, line: 58, column: 70 },
  { file: 'negative-booth-size.json', defect: 'a negative booth depth', rule: 'schema-too-small', message: 'booth A-001: "sizeM[1]" must be greater than 0', line: 37, column: 119 },
  { file: 'unknown-booth-template.json', defect: 'a misspelt booth template', rule: 'schema-invalid-value', message: 'booth B-001: "template" must be one of "inline", "corner", "peninsula", "island", "kiosk", "pavilion", found "islnd"', line: 38, column: 160 },
  { file: 'unknown-wall-direction.json', defect: 'a door in an unknown wall', rule: 'schema-invalid-value', message: `door 'to-hall-2': "wall" must be one of "north", "east", "south", "west", found "right"`, line: 18, column: 38 },
  { file: 'door-leads-to-bad-id.json', defect: 'a door leading to a malformed hall id', rule: 'schema-invalid-format', message: `door 'to-hall-2': "leadsTo" must be "outside" or the id of another hall, such as "hall-2"`, line: 18, column: 72 },
  { file: 'grid-exhibitor-bad-id.json', defect: 'a malformed exhibitor id in a booth grid', rule: 'schema-invalid-format', message: `booth grid 'row-m': "exhibitors[2]" must be a kebab-case id such as "hall-1" or "booth-a-017"`, line: 52, column: 37 },
  { file: 'hall-too-wide.json', defect: 'a hall wider than 500 m', rule: 'schema-too-big', message: `hall 'hall-1': "sizeM.width" must be at most 500`, line: 15, column: 27 },
  { file: 'over-long-id.json', defect: 'an id of 200 characters', rule: 'schema-too-big', message: `exhibit 'robot-${'x'.repeat(54)}… (200 characters)': "id" is too long (at most 64 characters)`, line: 61, column: 13 },
  { file: 'thousand-errors.json', defect: 'a booth grid listing 1,000 malformed exhibitor ids', rule: 'schema-invalid-format', message: `booth grid 'row-m': "exhibitors[0]" must be a kebab-case id such as "hall-1" or "booth-a-017"`, line: 52, column: 22, errors: 1000 },
  { file: 'too-many-lods.json', defect: 'a model with five LOD files', rule: 'schema-too-big', message: `model 'model-robot': "lods" has too many items (at most 4)`, line: 67, column: 36 },

  // Invisible and look-alike characters: escaped and named.
  { file: 'id-with-zero-width-space.json', defect: 'a zero-width space in an id', rule: 'schema-invalid-format', message: `exhibit 'ro\\u200Bbot': "id" must be a kebab-case id such as "hall-1" or "booth-a-017", found "ro\\u200Bbot"; it contains U+200B ZERO WIDTH SPACE, which is invisible`, line: 61, column: 13 },
  { file: 'reference-with-cyrillic-letter.json', defect: 'a Cyrillic а in a zone id referenced by a booth', rule: 'schema-invalid-format', message: `booth A-001: "zone" must be a kebab-case id such as "hall-1" or "booth-a-017", found "zone-\\u0430i"; it contains U+0430 CYRILLIC SMALL LETTER A, which looks like "a"`, line: 37, column: 53 },

  // Links and hostile strings.
  { file: 'link-javascript-url.json', defect: 'a javascript: link', rule: 'schema-invalid-format', message: `exhibitor 'acme': "links[0].url" must start with https://, http:// or mailto:`, line: 56, column: 92 },
  { file: 'link-mixed-case-javascript-url.json', defect: 'a JaVaScRiPt: link', rule: 'schema-invalid-format', message: `exhibitor 'acme': "links[0].url" must start with https://, http:// or mailto:`, line: 56, column: 92 },
  { file: 'link-data-url.json', defect: 'a data: link carrying a script', rule: 'schema-invalid-format', message: `exhibitor 'acme': "links[0].url" must start with https://, http:// or mailto:`, line: 56, column: 92 },
  { file: 'link-vbscript-url.json', defect: 'a vbscript: link', rule: 'schema-invalid-format', message: `exhibitor 'acme': "links[0].url" must start with https://, http:// or mailto:`, line: 56, column: 92 },
  { file: 'link-relative-url.json', defect: 'a relative link', rule: 'schema-invalid-format', message: `exhibitor 'acme': "links[0].url" must start with https://, http:// or mailto:`, line: 56, column: 92 },
  { file: 'media-url-parent-path.json', defect: 'a media url climbing out with ..', rule: 'schema-invalid-format', message: `exhibit 'rocket': "media[0].url" must be a relative path on this site or an https:// address`, line: 62, column: 137 },
  { file: 'media-url-protocol-relative.json', defect: 'a protocol-relative media url to another site', rule: 'schema-invalid-format', message: `exhibit 'rocket': "media[0].url" must be a relative path on this site or an https:// address`, line: 62, column: 137 },
  { file: 'model-lod-parent-path.json', defect: 'a model file path climbing out with ..', rule: 'schema-invalid-format', message: `model 'model-rocket': "lods[0]" must be a relative path under public/ ending in .glb or .gltf, e.g. "models/tokamak/lod0.glb"`, line: 68, column: 38 },
  { file: 'model-lod-absolute-path.json', defect: 'an absolute model file path', rule: 'schema-invalid-format', message: `model 'model-rocket': "lods[0]" must be a relative path under public/ ending in .glb or .gltf, e.g. "models/tokamak/lod0.glb"`, line: 68, column: 38 },
  { file: 'model-lod-wrong-extension.json', defect: 'a model file that is not glTF', rule: 'schema-invalid-format', message: `model 'model-rocket': "lods[0]" must be a relative path under public/ ending in .glb or .gltf, e.g. "models/tokamak/lod0.glb"`, line: 68, column: 38 },

  // Duplicate ids, reported at the second, naming the first.
  { file: 'duplicate-hall-id.json', defect: 'two halls with one id', rule: 'duplicate-id', message: "duplicate hall id 'hall-2'; it is first defined at halls[1].id", line: 35, column: 13 },
  { file: 'duplicate-zone-id.json', defect: 'two zones with one id', rule: 'duplicate-id', message: "duplicate zone id 'zone-ai'; it is first defined at halls[0].zones[0].id", line: 22, column: 17 },
  { file: 'duplicate-door-id.json', defect: 'two doors of a hall with one id', rule: 'duplicate-id', message: "hall 'hall-1' has two doors with id 'main'; it is first defined at halls[0].doors[0].id", line: 18, column: 17 },
  { file: 'duplicate-booth-id.json', defect: 'two booths with one id', rule: 'duplicate-id', message: "duplicate booth id 'booth-a-001'; it is first defined at booths[0].id", line: 38, column: 13 },
  { file: 'duplicate-booth-code.json', defect: 'two booths with one code', rule: 'duplicate-id', message: 'booth code A-001 is used twice; it is first defined at booths[0].code', line: 38, column: 36 },
  { file: 'duplicate-grid-booth-id.json', defect: 'a grid booth taking the id of an explicit booth', rule: 'duplicate-id', message: "duplicate booth id 'booth-m-001' (booth grid 'row-m' makes it for booth M-001); it is first defined at booths[2].id", line: 45, column: 21 },
  { file: 'duplicate-booth-grid-id.json', defect: 'two booth grids with one id', rule: 'duplicate-id', message: "duplicate booth grid id 'row-m'; it is first defined at boothGrids[0].id", line: 54, column: 13 },
  { file: 'duplicate-exhibitor-id.json', defect: 'two exhibitors with one id', rule: 'duplicate-id', message: "duplicate exhibitor id 'stone'; it is first defined at exhibitors[2].id", line: 59, column: 13 },
  { file: 'duplicate-exhibit-id.json', defect: 'two exhibits with one id', rule: 'duplicate-id', message: "duplicate exhibit id 'rocket'; it is first defined at exhibits[1].id", line: 63, column: 13 },
  { file: 'duplicate-json-key.json', defect: 'one field written twice in an object', rule: 'duplicate-field', message: 'booth A-009: field "code" is written twice in one object (first at 37:28); only one value can be kept', line: 37, column: 64 },
  { file: 'duplicate-model-id.json', defect: 'two models with one id', rule: 'duplicate-id', message: "duplicate model id 'model-robot'; it is first defined at models[0].id", line: 69, column: 13 },
  // The cause before its consequence: booth B-001 (line 38) names 'orbit', lost when the second
  // exhibitor was copied from the first; the duplicate (line 57) comes first all the same.
  { file: 'duplicate-id-breaks-reference.json', defect: 'a duplicate id that leaves an earlier reference dangling', rule: 'duplicate-id', message: "duplicate exhibitor id 'acme'; it is first defined at exhibitors[0].id", line: 57, column: 13, errors: 2 },

  // Unknown references.
  { file: 'unknown-default-hall.json', defect: 'an unknown default hall', rule: 'unknown-reference', message: "expo's default hall 'hall-9' is not one of the halls ('hall-1', 'hall-2')", line: 9, column: 20 },
  { file: 'booth-unknown-zone.json', defect: 'a booth in an unknown zone', rule: 'unknown-reference', message: "booth A-001 references unknown zone 'zone-robots'", line: 37, column: 53 },
  { file: 'booth-unknown-exhibitor.json', defect: 'a booth with an unknown exhibitor', rule: 'unknown-reference', message: "booth A-001 references unknown exhibitor 'acme-corp'", line: 37, column: 77 },
  { file: 'grid-unknown-zone.json', defect: 'a booth grid in an unknown zone', rule: 'unknown-reference', message: "booth grid 'row-m' references unknown zone 'zone-material'", line: 43, column: 15 },
  { file: 'grid-unknown-exhibitor.json', defect: 'an unknown exhibitor in a booth grid', rule: 'unknown-reference', message: "booth M-003 references unknown exhibitor 'stone-works'", line: 52, column: 37 },
  { file: 'exhibit-unknown-booth.json', defect: 'an exhibit on an unknown booth', rule: 'unknown-reference', message: "exhibit 'robot' references unknown booth 'booth-a-002'", line: 61, column: 31 },
  { file: 'exhibit-unknown-model.json', defect: 'an exhibit with an unknown model', rule: 'unknown-reference', message: "exhibit 'sample-slab' references unknown model 'model-robott'", line: 64, column: 61 },
  { file: 'door-unknown-hall.json', defect: 'a door to an unknown hall', rule: 'unknown-reference', message: "door 'to-hall-2' of hall 'hall-1' leads to unknown hall 'hall-3'", line: 18, column: 72 },
  { file: 'door-into-own-hall.json', defect: 'a door leading into its own hall', rule: 'door-to-itself', message: "door 'to-hall-2' of hall 'hall-1' leads back into the same hall", line: 18, column: 72 },

  // Geometry.
  { file: 'booth-overlap.json', defect: 'a booth overlapping another by 0.4 m', rule: 'overlap', message: 'booth A-001 overlaps booth A-002 by 0.4 m', line: 39, column: 77 },
  { file: 'rotated-booth-overlap.json', defect: 'a rotated booth overlapping another by 0.41 m', rule: 'overlap', message: 'booth B-001 overlaps booth B-002 by 0.41 m', line: 39, column: 80 },
  { file: 'grid-overlaps-booth.json', defect: 'a grid booth overlapping an explicit booth', rule: 'overlap', message: 'booth X-001 overlaps booth M-001 by 0.4 m', line: 46, column: 17 },
  { file: 'booth-outside-hall.json', defect: 'a booth reaching outside its hall', rule: 'outside-hall', message: "booth A-001 extends 1 m beyond hall 'hall-1'", line: 37, column: 98 },
  { file: 'zone-outside-hall.json', defect: 'a zone reaching outside its hall', rule: 'outside-hall', message: "zone 'zone-space' extends 2 m beyond hall 'hall-1'", line: 22, column: 115 },
  { file: 'exhibit-outside-hall.json', defect: 'an exhibit placed outside its hall by its offset', rule: 'outside-hall', message: "exhibit 'robot' lies outside hall 'hall-1' (2 m beyond its west wall)", line: 61, column: 81 },
  { file: 'overlapping-doors.json', defect: 'two doors overlapping on one wall', rule: 'overlap', message: "door 'side' of hall 'hall-1' overlaps door 'to-hall-2' on the east wall by 2 m", line: 19, column: 52 },
  { file: 'door-past-end-of-wall.json', defect: 'a door running past the end of its wall', rule: 'door-outside-wall', message: "door 'main' of hall 'hall-1' runs past the end of its 60 m south wall by 1 m", line: 17, column: 53 },
  { file: 'halls-overlap.json', defect: 'halls overlapping on the site plan', rule: 'overlap', message: "hall 'hall-2' overlaps hall 'hall-1' on the site plan by 2 m", line: 29, column: 20 },
  { file: 'far-halls.json', defect: 'a hall placed 100 km away by a mistyped position', rule: 'site-too-large', message: "hall 'hall-2' (Hall 2) at [100000, 100000] would stretch the site to 100,040 m × 100,040 m; all halls and the origin [0, 0] must fit within 5,000 m × 5,000 m", line: 29, column: 20 },
  { file: 'grid-directions-not-perpendicular.json', defect: 'a booth grid whose rows run along, not across', rule: 'grid-directions', message: `booth grid 'row-m' runs "east" along its rows, so its rows must lie to a side ("across" must be perpendicular, not "east")`, line: 45, column: 17 },
  { file: 'grid-too-many-exhibitors.json', defect: 'a booth grid listing more exhibitors than booths', rule: 'grid-exhibitors', message: "booth grid 'row-m' has 8 booths but lists 9 exhibitors", line: 52, column: 21 },

  // Guided tours and viewpoints: a stop leads to exactly one exhibit, booth or viewpoint that
  // exists; a viewpoint stands inside its hall and looks somewhere.
  { file: 'tour-stop-unknown-exhibit.json', defect: 'a tour stop naming an unknown exhibit', rule: 'unknown-reference', message: "stop 2 of tour 'highlights' references unknown exhibit 'rockets'", line: 79, column: 22 },
  { file: 'tour-stop-unknown-booth.json', defect: 'a tour stop naming an unknown booth', rule: 'unknown-reference', message: "stop 3 of tour 'highlights' references unknown booth 'booth-m-101'", line: 80, column: 20 },
  { file: 'tour-stop-unknown-viewpoint.json', defect: 'a tour stop naming an unknown viewpoint', rule: 'unknown-reference', message: "stop 1 of tour 'highlights' references unknown viewpoint 'entrence'", line: 78, column: 24 },
  { file: 'tour-stop-without-target.json', defect: 'a tour stop leading nowhere', rule: 'tour-stop-target', message: `stop 2 of tour 'highlights' leads nowhere; give exactly one of "exhibit", "booth" or "viewpoint"`, line: 79, column: 9 },
  { file: 'tour-stop-two-targets.json', defect: 'a tour stop naming both an exhibit and a booth', rule: 'tour-stop-target', message: `stop 2 of tour 'highlights' names both "exhibit" and "booth"; give exactly one of "exhibit", "booth" or "viewpoint"`, line: 79, column: 41 },
  { file: 'duplicate-tour-id.json', defect: 'two tours with one id', rule: 'duplicate-id', message: "duplicate tour id 'highlights'; it is first defined at tours[0].id", line: 84, column: 13 },
  { file: 'tour-without-stops.json', defect: 'a tour without stops', rule: 'schema-too-small', message: `tour 'highlights': "stops" needs at least one item`, line: 77, column: 16 },
  { file: 'tour-stop-missing-narration.json', defect: 'a tour stop without narration', rule: 'missing-field', message: `tour 'highlights': "stops[2].narration" is required but missing`, line: 80, column: 9 },
  { file: 'tour-narration-too-long.json', defect: 'a narration over 600 characters', rule: 'schema-too-big', message: `tour 'highlights': "stops[2].narration.en" is too long (at most 600 characters)`, line: 80, column: 56 },
  { file: 'tour-stop-dwell-too-long.json', defect: 'a dwell time of 6,000 seconds', rule: 'schema-too-big', message: `tour 'highlights': "stops[1].dwellS" must be at most 600`, line: 79, column: 91 },
  { file: 'viewpoint-unknown-hall.json', defect: 'a viewpoint in an unknown hall', rule: 'unknown-reference', message: "viewpoint 'entrance' references unknown hall 'hall-3'", line: 71, column: 68 },
  { file: 'viewpoint-outside-hall.json', defect: 'a viewpoint standing outside its hall', rule: 'outside-hall', message: "viewpoint 'entrance' stands outside hall 'hall-1' (3 m beyond its south wall)", line: 71, column: 91 },
  { file: 'viewpoint-looks-at-itself.json', defect: 'a viewpoint looking at the point it stands on', rule: 'viewpoint-direction', message: `viewpoint 'entrance' looks at the point it stands on; "lookAtM" must be at least 0.1 m from "positionM"`, line: 71, column: 117 },
  { file: 'duplicate-viewpoint-id.json', defect: 'two viewpoints with one id', rule: 'duplicate-id', message: "duplicate viewpoint id 'entrance'; it is first defined at viewpoints[0].id", line: 72, column: 13 },

  // A curator's view of one exhibit (`exhibit.view`).
  { file: 'exhibit-view-outside-hall.json', defect: 'an exhibit view standing outside its hall', rule: 'outside-hall', message: "exhibit 'robot': its view stands outside hall 'hall-1' (3 m beyond its south wall)", line: 61, column: 151 },
  { file: 'exhibit-view-inside-exhibit.json', defect: 'an exhibit view standing inside the exhibit', rule: 'view-inside-exhibit', message: `exhibit 'robot': its view stands inside the exhibit; move "positionM" out of its 0.8 × 1.8 × 0.6 m box`, line: 61, column: 151 },
  { file: 'exhibit-view-looks-at-itself.json', defect: 'an exhibit view looking at the point it stands on', rule: 'viewpoint-direction', message: `exhibit 'robot': its view looks at the point it stands on; "lookAtM" must be at least 0.1 m from "positionM"`, line: 61, column: 175 },
];

const MIN_CORPUS_SIZE = 50;
const MAX_MESSAGE_LENGTH = 300;

function readInvalid(file: string): Uint8Array {
  return readFileSync(`${INVALID_DIR}${file}`);
}

function corpusFiles(): string[] {
  return readdirSync(INVALID_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

describe('the malformed-scene corpus', () => {
  // %s keeps the phrases whole and unquoted, so each title reads as a sentence.
  const rows = CORPUS.map((row) => [row.defect, row.file, row] as const);
  it.each(rows)('reports %s at its line and column (%s)', (_defect, file, { rule, message, line, column }) => {
    const result = parseSceneBytes(readInvalid(file));

    expect(result.ok).toBe(false);
    const first = result.diagnostics[0];
    expect(first?.severity).toBe('error');
    expect({ rule: first?.rule, message: first?.message, line: first?.line, column: first?.column }).toEqual({ rule, message, line, column });
  });

  const counted = CORPUS.flatMap((row) => (row.errors === undefined ? [] : [[row.file, row.errors] as const]));
  it.each(counted)('counts every error of %s: %i', (file, errors) => {
    expect(parseSceneBytes(readInvalid(file)).totals.errors).toBe(errors);
  });

  it('keeps the first 200 of 1,000 errors and counts them all', () => {
    const result = parseSceneBytes(readInvalid('thousand-errors.json'));
    expect(result.totals).toEqual({ errors: 1000, warnings: 0 });
    expect(result.diagnostics).toHaveLength(MAX_DIAGNOSTICS);
    expect(result.diagnostics.map((diagnostic) => diagnostic.path[3])).toEqual(Array.from({ length: 200 }, (_, index) => index));
  });

  it('never throws, whatever a file holds', () => {
    for (const file of corpusFiles()) {
      expect(() => parseSceneBytes(readInvalid(file)), file).not.toThrow();
    }
  });

  it('keeps every message on a single line under 300 characters', () => {
    for (const file of corpusFiles()) {
      for (const diagnostic of parseSceneBytes(readInvalid(file)).diagnostics) {
        expect(diagnostic.message, `${file}: ${diagnostic.message}`).not.toMatch(/[\r\n\u2028\u2029]/);
        expect(diagnostic.message.length, `${file}: ${diagnostic.message}`).toBeLessThan(MAX_MESSAGE_LENGTH);
      }
    }
  });

  it('has a row for every file and a file for every row, so the corpus cannot silently shrink', () => {
    const rows = CORPUS.map((row) => row.file).sort();
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows).toEqual(corpusFiles());
  });

  it(`holds at least ${MIN_CORPUS_SIZE} malformed scenes`, () => {
    expect(corpusFiles().length).toBeGreaterThanOrEqual(MIN_CORPUS_SIZE);
  });
});

describe('a scene file starting with a UTF-8 byte order mark', () => {
  it('parses exactly like the same file without one', () => {
    const withMark = readFileSync(`${VALID_DIR}utf8-bom.json`, 'utf8');
    const plain = readFileSync(`${VALID_DIR}minimal.json`, 'utf8');
    expect(withMark.charCodeAt(0)).toBe(0xfeff);
    expect(withMark.slice(1)).toBe(plain);

    const result = parseScene(withMark);

    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([]);
    expect(result.layout?.scene).toEqual(parseScene(plain).layout?.scene);
  });
});
