import { describe, expect, it } from 'vitest';
import { describeShown, MAX_DIAGNOSTICS, parseSceneOrThrow, sortDiagnostics, type Diagnostic } from '../../src/scene';
import { minimalSceneDocument, parseDocument } from './sceneFixtures';

const at = (rule: string, line: number, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({ severity, rule, message: rule, path: [], line, column: 1 });

describe('the order of diagnostics', () => {
  it('puts errors before warnings, causes (duplicate ids and fields) before other errors, then file order', () => {
    const sorted = sortDiagnostics([
      at('exhibitor-without-booth', 2, 'warning'),
      at('unknown-reference', 10),
      at('duplicate-id', 57),
      at('schema-invalid-type', 5),
      at('duplicate-field', 40),
    ]);
    expect(sorted.map((diagnostic) => `${diagnostic.rule}@${diagnostic.line}`)).toEqual([
      'duplicate-field@40',
      'duplicate-id@57',
      'schema-invalid-type@5',
      'unknown-reference@10',
      'exhibitor-without-booth@2',
    ]);
  });

  it('reports a duplicated id before the reference it broke, although the reference comes first in the file', () => {
    const document = minimalSceneDocument();
    document.exhibitors[1].id = 'acme'; // copied from the first exhibitor; booth B-001 still names 'orbit'
    const errors = parseDocument(document).diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    expect(errors.map((diagnostic) => diagnostic.message)).toEqual([
      "duplicate exhibitor id 'acme'; it is first defined at exhibitors[0].id",
      "booth B-001 references unknown exhibitor 'orbit'",
    ]);
    const [cause, consequence] = errors;
    expect(consequence?.line).toBeLessThan(cause?.line ?? 0);
  });
});

describe('the cap on diagnostics', () => {
  /** 250 exhibits with an unknown model (late in the file, found first) and one overlapping booth (early, found last). */
  function floodedScene() {
    const document = minimalSceneDocument();
    document.booths.push({ ...document.booths[0], id: 'booth-a-002', code: 'A-002', positionM: [7, 6] });
    for (let index = 0; index < 250; index += 1) {
      document.exhibits.push({ id: `extra-${index}`, booth: 'booth-b-001', model: 'model-none', title: { en: 'Extra' } });
    }
    return parseDocument(document);
  }

  it(`keeps the first ${MAX_DIAGNOSTICS} in file order, sorting before cutting, and counts them all`, () => {
    const result = floodedScene();
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    expect(result.diagnostics).toHaveLength(MAX_DIAGNOSTICS);
    expect(result.totals.errors).toBe(251);
    expect(errors[0]?.rule).toBe('overlap');
    expect(errors[1]?.message).toBe("exhibit 'extra-0' references unknown model 'model-none'");
    expect(errors.at(-1)?.message).toBe("exhibit 'extra-198' references unknown model 'model-none'");
  });

  it('says how many it shows of how many, with thousands separators', () => {
    expect(describeShown(200, { errors: 1000, warnings: 0 })).toBe('showing 200 of 1,000 errors');
    expect(describeShown(200, { errors: 1234, warnings: 5 })).toBe('showing 200 of 1,234 errors and 5 warnings');
    expect(describeShown(200, { errors: 0, warnings: 201 })).toBe('showing 200 of 201 warnings');
    expect(describeShown(3, { errors: 2, warnings: 1 })).toBe('');
  });

  it('counts every error in the thrown message, not only those kept', () => {
    const document = minimalSceneDocument();
    for (let index = 0; index < 250; index += 1) document.exhibits.push({ id: `extra-${index}`, booth: 'booth-b-001', model: 'model-none', title: { en: 'Extra' } });
    expect(() => parseSceneOrThrow(JSON.stringify(document, null, 2), 'x.json')).toThrow(/\(and 249 more errors\)$/);
  });
});
