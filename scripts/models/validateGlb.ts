/**
 * The Khronos glTF-Validator on a GLB. `maxIssues` keeps a broken file from exhausting memory with
 * millions of messages.
 */
import validator from 'gltf-validator';

export interface GlbValidation {
  errors: number;
  warnings: number;
  /** The first few error and warning messages, "CODE: message (pointer)". */
  messages: string[];
}

export async function validateGlb(glb: Uint8Array, uri = 'model.glb'): Promise<GlbValidation> {
  const report = await validator.validateBytes(glb, { maxIssues: 50, uri });
  const messages = report.issues.messages
    .filter((message) => message.severity <= 1)
    .slice(0, 10)
    .map((message) => `${message.code}: ${message.message}${message.pointer ? ` (${message.pointer})` : ''}`);
  return { errors: report.issues.numErrors, warnings: report.issues.numWarnings, messages };
}
