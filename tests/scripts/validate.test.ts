import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSceneContent, sceneFilesIn, validateSceneFiles } from '../../scripts/validateScenes';

const read = (path: string) => readFileSync(path, 'utf8');

describe('npm run validate', () => {
  it('prints a one-line summary with the counts after layout expansion for a valid file', () => {
    const report = validateSceneFiles(['tests/fixtures/valid/minimal.json'], read);
    expect(report).toEqual({
      lines: ['tests/fixtures/valid/minimal.json: 2 halls, 3 zones, 10 booths, 4 exhibits, 0 furniture items, 3 exhibitors, 0 warnings'],
      exitCode: 0,
    });
  });

  it('counts furniture apart from exhibits', () => {
    const furnished = read('tests/fixtures/valid/minimal.json').replace('"title": { "en": "Satellite" }', '"title": { "en": "Satellite" }, "role": "furniture"');
    expect(validateSceneFiles(['scenes/furnished.json'], () => furnished).lines).toEqual([
      'scenes/furnished.json: 2 halls, 3 zones, 10 booths, 3 exhibits, 1 furniture item, 3 exhibitors, 0 warnings',
    ]);
  });

  it('prints each problem as file:line:column and fails on an error', () => {
    const broken = read('tests/fixtures/valid/minimal.json').replace('"exhibitor": "acme"', '"exhibitor": "huawei-x"');
    const report = validateSceneFiles(['scenes/broken.json'], () => broken);
    expect(report.exitCode).toBe(1);
    expect(report.lines).toEqual([
      "scenes/broken.json:37:77: error: booth A-001 references unknown exhibitor 'huawei-x' (at booths[0].exhibitor)",
      "scenes/broken.json:56:13: warning: exhibitor 'acme' has no booth (at exhibitors[0].id)",
      'scenes/broken.json: 1 error, 1 warning',
    ]);
  });

  it('reports a missing file and carries on with the rest', () => {
    const report = validateSceneFiles(['nope.json', 'tests/fixtures/valid/minimal.json'], read);
    expect(report.exitCode).toBe(1);
    expect(report.lines[0]).toBe('nope.json: error: cannot read the file (no such file)');
    expect(report.lines[1]).toMatch(/^tests\/fixtures\/valid\/minimal\.json: 2 halls/);
  });

  it('says how many problems it shows of how many when the list is cut', () => {
    const report = validateSceneFiles(['tests/fixtures/invalid/thousand-errors.json'], (path) => readFileSync(path));
    expect(report.lines).toHaveLength(202);
    expect(report.lines.slice(-2)).toEqual(['tests/fixtures/invalid/thousand-errors.json: showing 200 of 1,000 errors', 'tests/fixtures/invalid/thousand-errors.json: 1,000 errors, 0 warnings']);
  });

  it('turns an exception inside the checker into one line for that file and checks the next file', () => {
    const files: Record<string, string> = { 'a.json': 'crash', 'b.json': read('tests/fixtures/valid/minimal.json') };
    const parse = (content: Uint8Array | string) => {
      if (content === 'crash') throw new RangeError('Maximum call stack size exceeded\n    at visit (scanner.js:1:1)');
      return parseSceneContent(content);
    };
    const report = validateSceneFiles(['a.json', 'b.json'], (path) => files[path] ?? '', parse);
    expect(report.exitCode).toBe(1);
    expect(report.lines).toEqual([
      'a.json: error: internal error while checking this file: RangeError: Maximum call stack size exceeded',
      'b.json: 2 halls, 3 zones, 10 booths, 4 exhibits, 0 furniture items, 3 exhibitors, 0 warnings',
    ]);
  });

  it('checks the bytes of each file, so a GBK file is named as such', () => {
    const report = validateSceneFiles(['tests/fixtures/invalid/encoding-gbk.json'], (path) => readFileSync(path));
    expect(report.lines).toEqual([
      'tests/fixtures/invalid/encoding-gbk.json:6:23: error: this file looks like GBK, not UTF-8: save it as UTF-8 (byte 0xB2 here is the first that is not UTF-8) (at (root))',
      'tests/fixtures/invalid/encoding-gbk.json: 1 error, 0 warnings',
    ]);
  });

  it('reads files as bytes from the command line', () => {
    let stdout = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/validate.ts', 'tests/fixtures/invalid/encoding-utf16le-with-bom.json'], { stdio: 'pipe' });
    } catch (error) {
      stdout = String((error as { stdout: Buffer }).stdout);
    }
    expect(stdout).toContain('encoding-utf16le-with-bom.json:1:1: error: this file looks like UTF-16 (little endian), not UTF-8: save it as UTF-8');
  });

  it('checks every scene in scenes/ but not the JSON Schema', () => {
    expect(sceneFilesIn('scenes', ['b.json', 'scene.schema.json', 'a.json', 'notes.md'])).toEqual(['scenes/a.json', 'scenes/b.json']);
  });

  it('exits non-zero from the command line on an invalid file', () => {
    let status = 0;
    try {
      execFileSync('npx', ['tsx', 'scripts/validate.ts', 'tests/fixtures/invalid/does-not-exist.json'], { stdio: 'pipe' });
    } catch (error) {
      status = (error as { status: number }).status;
    }
    expect(status).toBe(1);
  });
});
