/**
 * The pictures the default expo ships under `public/media/`: schematic illustrations of the
 * headline exhibits, drawn here as SVG so that they are small (a few KiB each), crisp at any size,
 * made without downloading anything, and rebuilt by `npm run gen:default`.
 *
 * They carry no words, only numbers and units, so one file serves both languages: what a picture
 * shows is said in the scene's `alt` and `caption` texts (scripts/content/media.ts), in Chinese and
 * English. Each is a drawing of the principle (labelled "schematic" in its caption), never passed
 * off as a photograph. Numbers drawn are the ones the captions state.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WIDTH = 640;
const HEIGHT = 400;

/** An SVG document of the common size; `width`/`height` give the picture its natural size. */
function svg(body: string, background = '#f4f7fb'): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${background}"/>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}

/** A dimension line with arrow ends and a centred number above it. */
function dimension(x1: number, x2: number, y: number, label: string, color = '#1c3d5a'): string {
  const mid = (x1 + x2) / 2;
  return [
    `<g stroke="${color}" stroke-width="2" fill="${color}">`,
    `<line x1="${x1}" y1="${y}" x2="${x2}" y2="${y}"/>`,
    `<path d="M${x1} ${y} l10 -5 v10 z M${x2} ${y} l-10 -5 v10 z" stroke="none"/>`,
    '</g>',
    `<text x="${mid}" y="${y - 10}" font-family="sans-serif" font-size="22" font-weight="bold" text-anchor="middle" fill="${color}">${label}</text>`,
  ].join('\n');
}

/** FAST in cross-section: the 500 m spherical dish in its karst hollow, the feed cabin on six cables. */
function fastSection(): string {
  const dish = 'M70 170 Q320 400 570 170';
  const cables = [40, 120, 200, 440, 520, 600].map((x) => `<line x1="${x}" y1="60" x2="320" y2="118" stroke="#5c6b7a" stroke-width="1.5"/>`).join('\n');
  const towers = [40, 120, 200, 440, 520, 600].map((x) => `<rect x="${x - 4}" y="60" width="8" height="130" fill="#8a97a4"/>`).join('\n');
  return svg(
    [
      '<path d="M0 400 L0 210 Q60 150 70 170 L570 170 Q590 140 640 200 L640 400 Z" fill="#7d9a6a"/>',
      `<path d="${dish} L570 170 Z" fill="#dfe7ef"/>`,
      `<path d="${dish}" fill="none" stroke="#2b5d8a" stroke-width="7"/>`,
      towers,
      cables,
      '<rect x="305" y="112" width="30" height="18" rx="3" fill="#f08c00"/>',
      '<g stroke="#f08c00" stroke-width="1.5" stroke-dasharray="6 6" opacity="0.8"><line x1="320" y1="130" x2="200" y2="262"/><line x1="320" y1="130" x2="320" y2="286"/><line x1="320" y1="130" x2="440" y2="262"/></g>',
      dimension(70, 570, 360, '500 m', '#ffffff'),
    ].join('\n'),
    '#cfe3f5',
  );
}

/** FAST seen from above: the round reflector of triangular panels inside its ring beam. */
function fastPlan(): string {
  const cx = 320;
  const cy = 200;
  const rings = [170, 136, 102, 68, 34].map((r) => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="#9fb6cc" stroke-width="1.5"/>`).join('\n');
  const spokes = Array.from({ length: 18 }, (_, index) => {
    const angle = (index * Math.PI) / 9;
    return `<line x1="${cx}" y1="${cy}" x2="${(cx + 170 * Math.cos(angle)).toFixed(1)}" y2="${(cy + 170 * Math.sin(angle)).toFixed(1)}" stroke="#9fb6cc" stroke-width="1.5"/>`;
  }).join('\n');
  return svg(
    [
      '<rect width="640" height="400" fill="#6f8f5c"/>',
      `<circle cx="${cx}" cy="${cy}" r="178" fill="#8a97a4"/>`,
      `<circle cx="${cx}" cy="${cy}" r="170" fill="#e8eef4"/>`,
      rings,
      spokes,
      `<circle cx="${cx}" cy="${cy}" r="102" fill="#f08c00" opacity="0.18"/>`,
      `<rect x="${cx - 10}" y="${cy - 10}" width="20" height="20" rx="3" fill="#f08c00"/>`,
    ].join('\n'),
  );
}

/** A tokamak in cross-section: the D-shaped plasma inside the vessel, field coils around it. */
function tokamakSection(): string {
  const coil = (x: number) => `<rect x="${x - 16}" y="60" width="32" height="280" rx="14" fill="none" stroke="#5c6b7a" stroke-width="10"/>`;
  const plasma = (x: number, flip: number) =>
    `<path d="M${x - 40 * flip} 110 C${x + 60 * flip} 110 ${x + 75 * flip} 200 ${x + 60 * flip} 240 C${x + 45 * flip} 290 ${x - 40 * flip} 290 ${x - 40 * flip} 290 Q${x - 60 * flip} 200 ${x - 40 * flip} 110 Z" fill="url(#glow)" stroke="#c2255c" stroke-width="3"/>`;
  return svg(
    [
      '<defs><radialGradient id="glow"><stop offset="0" stop-color="#ffe3f1"/><stop offset="1" stop-color="#e64980"/></radialGradient></defs>',
      '<rect x="300" y="40" width="40" height="320" fill="#8a97a4"/>',
      '<rect x="110" y="80" width="420" height="240" rx="120" fill="none" stroke="#adb5bd" stroke-width="14"/>',
      coil(130),
      coil(510),
      plasma(215, 1),
      plasma(425, -1),
      '<text x="320" y="385" font-family="sans-serif" font-size="26" font-weight="bold" text-anchor="middle" fill="#c2255c">&gt; 1 MA</text>',
    ].join('\n'),
  );
}

/** A pressurised-water reactor unit in section: double containment, reactor, steam generators, water tank on top. */
function nuclearUnit(accent: string): string {
  return svg(
    [
      '<rect x="0" y="340" width="640" height="60" fill="#9aa59a"/>',
      '<path d="M140 340 V170 A180 150 0 0 1 500 170 V340 Z" fill="#dee2e6" stroke="#868e96" stroke-width="10"/>',
      '<path d="M170 340 V185 A150 125 0 0 1 470 185 V340 Z" fill="#f8f9fa" stroke="#adb5bd" stroke-width="8"/>',
      `<path d="M260 80 h120 v26 h-120 z" fill="${accent}" opacity="0.85"/>`,
      '<rect x="292" y="220" width="56" height="110" rx="26" fill="#5c7cfa"/>',
      '<rect x="306" y="250" width="28" height="60" fill="#ffd43b"/>',
      '<rect x="205" y="200" width="40" height="130" rx="18" fill="#74c0fc"/>',
      '<rect x="395" y="200" width="40" height="130" rx="18" fill="#74c0fc"/>',
      '<path d="M245 300 H292 M348 300 H395" stroke="#1c7ed6" stroke-width="8"/>',
      `<path d="M320 106 V200" stroke="${accent}" stroke-width="5" stroke-dasharray="10 8"/>`,
    ].join('\n'),
    '#e7f5ff',
  );
}

/** LHAASO: a grid of ground detectors and the water Cherenkov ponds on a mountain plateau. */
function lhaasoArray(): string {
  const detectors: string[] = [];
  for (let row = 0; row < 9; row += 1) {
    for (let column = 0; column < 15; column += 1) {
      const x = 40 + column * 26 + (row % 2) * 13;
      const y = 200 + row * 20;
      detectors.push(`<rect x="${x}" y="${y}" width="9" height="6" fill="#495057"/>`);
    }
  }
  return svg(
    [
      '<path d="M0 190 L120 90 L200 150 L300 60 L420 160 L520 100 L640 180 V400 H0 Z" fill="#ced4da"/>',
      '<path d="M300 60 L340 95 L318 92 L300 110 L282 90 L262 94 Z" fill="#ffffff"/>',
      '<rect x="0" y="185" width="640" height="215" fill="#a9bf8f"/>',
      detectors.join('\n'),
      '<rect x="450" y="215" width="160" height="110" fill="#4dabf7" stroke="#1c7ed6" stroke-width="4"/>',
      '<path d="M450 270 H610 M530 215 V325" stroke="#1c7ed6" stroke-width="3"/>',
      '<g stroke="#f08c00" stroke-width="3"><line x1="140" y1="0" x2="230" y2="190"/><line x1="180" y1="0" x2="250" y2="190"/><line x1="100" y1="0" x2="210" y2="190"/></g>',
    ].join('\n'),
    '#1b2a41',
  );
}

/** A lunar lander and rover on the Moon's surface, the Earth over the horizon. */
function lunarLanding(): string {
  return svg(
    [
      '<circle cx="540" cy="80" r="36" fill="#4dabf7"/>',
      '<path d="M520 70 q14 -18 30 -6 q10 14 -8 22 z" fill="#69db7c"/>',
      '<path d="M0 290 Q160 260 320 285 T640 280 V400 H0 Z" fill="#adb5bd"/>',
      '<ellipse cx="120" cy="340" rx="40" ry="9" fill="#868e96"/><ellipse cx="520" cy="350" rx="55" ry="11" fill="#868e96"/>',
      '<g fill="#ffd43b" stroke="#e67700" stroke-width="3"><rect x="200" y="190" width="120" height="60"/></g>',
      '<g stroke="#868e96" stroke-width="6"><line x1="205" y1="250" x2="175" y2="300"/><line x1="315" y1="250" x2="345" y2="300"/><line x1="260" y1="250" x2="260" y2="300"/></g>',
      '<rect x="150" y="160" width="50" height="24" fill="#364fc7"/><rect x="320" y="160" width="50" height="24" fill="#364fc7"/>',
      '<rect x="400" y="270" width="80" height="26" fill="#e9ecef" stroke="#495057" stroke-width="3"/>',
      '<rect x="390" y="255" width="100" height="10" fill="#364fc7"/>',
      '<g fill="#495057"><circle cx="410" cy="302" r="9"/><circle cx="440" cy="302" r="9"/><circle cx="470" cy="302" r="9"/></g>',
      '<g stroke="#495057" stroke-width="4"><line x1="470" y1="270" x2="470" y2="240"/></g><rect x="460" y="228" width="22" height="14" fill="#495057"/>',
    ].join('\n'),
    '#0b1221',
  );
}

/** A heavy-duty gas turbine in section: compressor stages, combustors, turbine stages, 50 MW. */
function gasTurbine(): string {
  const stages = (x0: number, count: number, from: number, to: number, color: string) =>
    Array.from({ length: count }, (_, index) => {
      const half = from + ((to - from) * index) / Math.max(1, count - 1);
      const x = x0 + index * 14;
      return `<rect x="${x}" y="${(200 - half).toFixed(1)}" width="8" height="${(2 * half).toFixed(1)}" fill="${color}"/>`;
    }).join('\n');
  return svg(
    [
      '<rect x="40" y="192" width="560" height="16" fill="#495057"/>',
      '<path d="M80 110 L300 150 L300 250 L80 290 Z" fill="#dee2e6" stroke="#868e96" stroke-width="4"/>',
      stages(90, 15, 86, 46, '#4dabf7'),
      '<rect x="305" y="140" width="90" height="120" fill="#ffe8cc" stroke="#e8590c" stroke-width="4"/>',
      '<path d="M320 200 q15 -30 30 0 q15 30 30 0" fill="none" stroke="#e8590c" stroke-width="5"/>',
      '<path d="M400 150 L560 110 L560 290 L400 250 Z" fill="#dee2e6" stroke="#868e96" stroke-width="4"/>',
      stages(410, 4, 50, 86, '#f08c00'),
      '<text x="320" y="360" font-family="sans-serif" font-size="30" font-weight="bold" text-anchor="middle" fill="#1c3d5a">50 MW</text>',
    ].join('\n'),
  );
}

/** Every picture by its file name under `public/media/`. */
export const MEDIA_IMAGES: Readonly<Record<string, () => string>> = {
  'fast-section.svg': fastSection,
  'fast-plan.svg': fastPlan,
  'hl-2m-section.svg': tokamakSection,
  'hualong-one-unit.svg': () => nuclearUnit('#c92a2a'),
  'guohe-one-unit.svg': () => nuclearUnit('#2b8a3e'),
  'lhaaso-array.svg': lhaasoArray,
  'lunar-landing.svg': lunarLanding,
  'gas-turbine-section.svg': gasTurbine,
};

/** Writes every picture into `directory` (created if missing); returns the file names written. */
export function writeMediaImages(directory: string): string[] {
  mkdirSync(directory, { recursive: true });
  return Object.entries(MEDIA_IMAGES).map(([name, draw]) => {
    writeFileSync(join(directory, name), draw());
    return name;
  });
}
