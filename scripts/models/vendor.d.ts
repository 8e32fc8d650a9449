// Minimal types for two tools that ship none; only what the model pipeline calls.
declare module 'gltf-pipeline' {
  interface DracoOptions {
    compressionLevel?: number;
    quantizePositionBits?: number;
    quantizeNormalBits?: number;
    quantizeTexcoordBits?: number;
    quantizeColorBits?: number;
    quantizeGenericBits?: number;
    unifiedQuantization?: boolean;
  }
  interface ProcessOptions {
    dracoOptions?: DracoOptions;
  }
  const gltfPipeline: {
    processGlb(glb: Buffer | Uint8Array, options?: ProcessOptions): Promise<{ glb: Buffer }>;
  };
  export default gltfPipeline;
}

declare module 'gltf-validator' {
  interface ValidationMessage {
    code: string;
    message: string;
    severity: number;
    pointer?: string;
  }
  interface ValidationReport {
    issues: { numErrors: number; numWarnings: number; numInfos: number; numHints: number; messages: ValidationMessage[] };
  }
  const validator: {
    validateBytes(data: Uint8Array, options?: { maxIssues?: number; uri?: string; ignoredIssues?: string[] }): Promise<ValidationReport>;
  };
  export default validator;
}
