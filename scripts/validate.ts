/** `npm run validate [files…]`: checks the given scene files, or every scene in scenes/. */
import { readFileSync, readdirSync } from 'node:fs';
import { sceneFilesIn, validateSceneFiles } from './validateScenes';

const args = process.argv.slice(2);
const files = args.length > 0 ? args : sceneFilesIn('scenes', readdirSync('scenes'));
const report = validateSceneFiles(files, (path) => readFileSync(path, 'utf8'));
for (const line of report.lines) console.log(line);
process.exitCode = report.exitCode;
