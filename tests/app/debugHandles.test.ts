import { describe, expect, it } from 'vitest';
import { debugHandlesRequested } from '../../src/app/debugHandles';

describe('debugHandlesRequested', () => {
  it('is false for an ordinary visitor’s address in a production build', () => {
    expect(debugHandlesRequested('', 'production')).toBe(false);
    expect(debugHandlesRequested('?scene=scenes/x.json', 'production')).toBe(false);
    expect(debugHandlesRequested('?scene=debug.json&debugger=1', 'production')).toBe(false);
  });

  it('is true with the debug query flag, with or without a value, beside other parameters', () => {
    expect(debugHandlesRequested('?debug', 'production')).toBe(true);
    expect(debugHandlesRequested('?scene=scenes/x.json&debug', 'production')).toBe(true);
    expect(debugHandlesRequested('?debug=1', 'development')).toBe(true);
  });

  it('is true in a test build without any flag', () => {
    expect(debugHandlesRequested('', 'test')).toBe(true);
  });
});
