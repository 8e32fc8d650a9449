/**
 * The site's extent (issue 11): every hall and the origin within 5,000 m × 5,000 m, so a mistyped
 * position is refused by the validator instead of blanking the page.
 */
import { describe, expect, it } from 'vitest';
import { minimalSceneDocument, parseDocument, type SceneDocument } from './sceneFixtures';

/** The minimal scene with hall-2 (40 × 40 m) placed at `positionM`. */
function withHall2At(positionM: [number, number]): SceneDocument {
  const document = minimalSceneDocument();
  document.halls[1].positionM = positionM;
  return document;
}

const siteErrors = (document: SceneDocument) => parseDocument(document).diagnostics.filter((diagnostic) => diagnostic.rule === 'site-too-large');

describe('the site-too-large rule', () => {
  it('refuses a hall placed 100 km away, naming the hall, its position, the site it would make and the limit', () => {
    const errors = siteErrors(withHall2At([100000, 100000]));
    expect(errors.map(({ severity, message, path }) => ({ severity, message, path }))).toEqual([
      {
        severity: 'error',
        message: "hall 'hall-2' (Hall 2) at [100000, 100000] would stretch the site to 100,040 m × 100,040 m; all halls and the origin [0, 0] must fit within 5,000 m × 5,000 m",
        path: ['halls', 1, 'positionM'],
      },
    ]);
  });

  it('accepts a site exactly 5,000 m across and refuses one a centimetre wider', () => {
    // hall-2 is 40 m wide: its east wall at 5,000 m, then at 5,000.01 m.
    expect(siteErrors(withHall2At([4960, 4960]))).toEqual([]);
    expect(parseDocument(withHall2At([4960, 4960])).ok).toBe(true);
    expect(siteErrors(withHall2At([4960.01, 0])).map((diagnostic) => diagnostic.message)).toEqual([
      "hall 'hall-2' (Hall 2) at [4960.01, 0] would stretch the site to 5,000.01 m × 40 m; all halls and the origin [0, 0] must fit within 5,000 m × 5,000 m",
    ]);
  });

  it('counts the origin in the site, so a compact site far from [0, 0] is refused too', () => {
    const document = minimalSceneDocument();
    document.halls[0].positionM = [20000, 0];
    document.halls[1].positionM = [20060, 0];
    expect(siteErrors(document).map((diagnostic) => diagnostic.path)).toEqual([
      ['halls', 0, 'positionM'],
      ['halls', 1, 'positionM'],
    ]);
  });

  it('measures west and north of the origin as well as east and south', () => {
    expect(siteErrors(withHall2At([-4940, -4940]))).toEqual([]);
    expect(siteErrors(withHall2At([-5000, 0])).map((diagnostic) => diagnostic.message)).toEqual([
      "hall 'hall-2' (Hall 2) at [-5000, 0] would stretch the site to 5,060 m × 40 m; all halls and the origin [0, 0] must fit within 5,000 m × 5,000 m",
    ]);
  });

  it('names only the stray hall when one of several is mistyped', () => {
    const document = minimalSceneDocument();
    const hall3 = structuredClone(document.halls[1]);
    hall3.id = 'hall-3';
    hall3.name = { zh: '三号馆' };
    hall3.positionM = [200, 0];
    hall3.doors = [];
    hall3.zones = [{ ...hall3.zones[0], id: 'zone-three' }];
    document.halls.push(hall3);
    document.halls[1].positionM = [60000, 0];
    const messages = siteErrors(document).map((diagnostic) => diagnostic.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^hall 'hall-2' \(Hall 2\) at \[60000, 0\]/);
  });

  it('names a hall by its Chinese name when it has no English one, cut to a readable length', () => {
    const document = withHall2At([9000, 0]);
    document.halls[1].name = { zh: '馆'.repeat(150) };
    const [message] = siteErrors(document).map((diagnostic) => diagnostic.message);
    expect(message).toContain(`(${'馆'.repeat(60)}… (150 characters)) at [9000, 0]`);
    expect(message?.length).toBeLessThan(300);
  });
});
