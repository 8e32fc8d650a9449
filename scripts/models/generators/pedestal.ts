/** A display pedestal: a plinth with a rounded top slab and a thin glass-like cap. */
import { byLod, cylinder, roundedBox } from '../shapes';
import type { ModelGenerator } from '../types';

export const pedestal: ModelGenerator = {
  name: 'pedestal',
  title: 'Display pedestal',
  material: { metallic: 0.05, roughness: 0.6 },
  build(lod) {
    const parts = [
      { geometry: roundedBox(lod, 0.8, 0.08, 0.8, 0.02, { at: [0, 0.04, 0] }), color: '#9ca3af' },
      { geometry: roundedBox(lod, 0.7, 0.84, 0.7, 0.03, { at: [0, 0.5, 0] }), color: '#f8fafc' },
      { geometry: roundedBox(lod, 0.8, 0.08, 0.8, 0.02, { at: [0, 0.96, 0] }), color: '#e5e7eb' },
    ];
    // A small exhibit stand on top, only close up.
    if (lod < 2) parts.push({ geometry: cylinder(lod, 0.12, 0.15, byLod(lod, [0.04, 0.04, 0.04]), { at: [0, 1.02, 0] }), color: '#6b7280' });
    return parts;
  },
};
