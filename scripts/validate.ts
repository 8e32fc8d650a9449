/** `npm run validate [files…]`: checks the given scene files, or every scene in scenes/. */
import { readFileSync, readdirSync } from 'node:fs';
import { sceneFilesIn, validateSceneFiles } from './validateScenes';

const args = process.argv.slice(2);
const files = args.length > 0 ? args : sceneFilesIn('scenes', readdirSync('scenes'));
// Bytes, not 'utf8': decoding here would turn a GBK file into mojibake before the encoding check.
const report = validateSceneFiles(files, (path) => readFileSync(path));
for (const line of report.lines) console.log(line);
process.exitCode = report.exitCode;
