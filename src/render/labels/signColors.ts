/**
 * Board colours for signs with white text, as plain `#rrggbb` arithmetic (no three) so the
 * placement core stays testable in Node.
 *
 * A board keeps its zone's hue but is darkened, in linear light, until its relative luminance is at
 * most a target. Scaling linear RGB by k scales luminance by exactly k, so one multiplication
 * reaches the target and hue and saturation are kept. The target leaves room for the scene's lights:
 * the boards are lit (hemisphere 1.6 + directional 1.8 in ExpoCanvas), which brightens a vertical
 * board up to roughly 2.2× its base colour (an estimate from the light intensities; ACES tone mapping
 * then compresses it), while the text is unlit pure white. At base luminance 0.045 a board lit ×2.2
 * is ~0.10, a contrast with white of ~7:1 (WCAG asks 3:1 for large text, 4.5:1 for body text); the
 * palest zone colour of the default expo (#f1c40f, luminance 0.60) becomes a dark olive.
 */

/** Relative luminance (WCAG 2) of a `#rrggbb` colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = linearRgb(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of white text on a `#rrggbb` background, 1 to 21. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (relativeLuminance(hex) + 0.05);
}

/** `hex` darkened (same hue) until its relative luminance is at most `maxLuminance`; unchanged if already darker. */
export function darkenToLuminance(hex: string, maxLuminance: number): string {
  const luminance = relativeLuminance(hex);
  if (luminance <= maxLuminance) return normalizeHex(hex);
  const scale = maxLuminance / luminance;
  const [r, g, b] = linearRgb(hex);
  return `#${[r, g, b].map((channel) => toHexByte(linearToSrgb(channel * scale))).join('')}`;
}

/** A `#rrggbb` colour's channels in linear light, 0 to 1; an unreadable colour is mid grey. */
function linearRgb(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return [0.2, 0.2, 0.2];
  return [match[1], match[2], match[3]].map((byte) => srgbToLinear(Number.parseInt(byte ?? '0', 16) / 255)) as [number, number, number];
}

function normalizeHex(hex: string): string {
  const [r, g, b] = linearRgb(hex);
  return `#${[r, g, b].map((channel) => toHexByte(linearToSrgb(channel))).join('')}`;
}

function srgbToLinear(value: number): number {
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

function linearToSrgb(value: number): number {
  return value <= 0.0031308 ? value * 12.92 : 1.055 * value ** (1 / 2.4) - 0.055;
}

function toHexByte(value: number): string {
  return Math.round(Math.min(1, Math.max(0, value)) * 255)
    .toString(16)
    .padStart(2, '0');
}
