import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Exhibit } from '../../src/scene';
import { WarningsPanel } from '../../src/ui/WarningsPanel';

const EXHIBITS = [{ id: 'e1', booth: 'b', model: 'model-rocket', title: { en: 'Long March 5', zh: '长征五号' }, role: 'exhibit' }] as Exhibit[];
const CAUSE = "model 'model-rocket': models/rocket/lod0.glb is damaged (RangeError: Invalid typed array length: 4000000000)";

function panel(showCauses: boolean): string {
  return renderToStaticMarkup(createElement(WarningsPanel, { file: 'scenes/x.json', warnings: [], modelWarnings: [{ modelId: 'model-rocket', causes: [CAUSE] }], exhibits: EXHIBITS, showCauses }));
}

describe('the warnings panel', () => {
  it('tells a visitor which exhibit shows a stand-in, without the technical cause', () => {
    const html = panel(false);
    expect(html).toContain('“Long March 5”: the 3D model could not be loaded, so a stand-in is shown in its place.');
    expect(html).not.toContain('RangeError');
    expect(html).not.toContain('lod0.glb');
  });

  it('adds the technical cause for curators on the dev server', () => {
    const html = panel(true);
    expect(html).toContain('“Long March 5”: the 3D model could not be loaded');
    expect(html).toContain('models/rocket/lod0.glb is damaged (RangeError: Invalid typed array length: 4000000000)');
  });

  it('counts every warning in its heading and says how many it shows when the validator cut the list', () => {
    const warning = { severity: 'warning', rule: 'r', message: 'booth A-001 faces a wall', path: ['booths', 0], line: 3, column: 5 } as const;
    const html = renderToStaticMarkup(createElement(WarningsPanel, { file: 'scenes/x.json', warnings: Array.from({ length: 200 }, () => warning), warningTotal: 1_000 }));
    expect(html).toContain('1,000 warnings in this scene');
    expect(html).toContain('showing 200 of 1,000 warnings');
  });
});
