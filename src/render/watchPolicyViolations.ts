/**
 * Collects the Content-Security-Policy violations the document reports while a decoder starts, so
 * the failure can be blamed on the directive the browser named (`classifyPolicyBlock`).
 */
import type { PolicyViolation } from './decoderPolicy';

export interface ViolationWatch {
  /** Violations reported so far. */
  readonly violations: readonly PolicyViolation[];
  /**
   * Waits one task (the browser queues the event after the blocked call returns), stops listening
   * and returns what was reported.
   */
  stop: () => Promise<readonly PolicyViolation[]>;
}

/** Starts listening on `document`; without a document (Node) it reports nothing. */
export function watchPolicyViolations(): ViolationWatch {
  const violations: PolicyViolation[] = [];
  const target = typeof document === 'undefined' ? undefined : document;
  const onViolation = (event: SecurityPolicyViolationEvent): void => {
    violations.push({ effectiveDirective: event.effectiveDirective, blockedURI: event.blockedURI });
  };
  target?.addEventListener('securitypolicyviolation', onViolation);
  return {
    violations,
    async stop() {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      target?.removeEventListener('securitypolicyviolation', onViolation);
      return violations;
    },
  };
}
