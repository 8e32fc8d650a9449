import { describe, expect, it } from 'vitest';
import { TextLocator } from '../../src/scene/textLocation';

describe('text locations', () => {
  const text = '{\n  "a": {\n    "b": [1, 2]\n  },\r\n  "c": "x"\n}';
  const locator = new TextLocator(text);

  it('counts lines and columns from 1, across LF and CRLF line ends', () => {
    expect(locator.positionOf(0)).toEqual({ line: 1, column: 1 });
    expect(locator.positionOf(text.indexOf('"c"'))).toEqual({ line: 5, column: 3 });
  });

  it('finds the value at a JSON path', () => {
    expect(locator.positionOf(locator.offsetOf(['a', 'b', 1]))).toEqual({ line: 3, column: 14 });
  });

  it('falls back to the closest existing parent for a missing field', () => {
    expect(locator.positionOf(locator.offsetOf(['a', 'missing', 3]))).toEqual({ line: 2, column: 8 });
  });

  it('points at the property name when the name itself is the problem', () => {
    expect(locator.positionOf(locator.offsetOf(['c'], true))).toEqual({ line: 5, column: 3 });
    expect(locator.positionOf(locator.offsetOf(['a', 'b'], true))).toEqual({ line: 3, column: 5 });
  });
});
