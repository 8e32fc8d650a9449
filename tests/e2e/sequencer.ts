/** Runs the WebGL canary before every other browser test file, then the rest by name. */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export class CanaryFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number => (file.moduleId.endsWith('canary.test.ts') ? 0 : 1);
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}
