import { describe, expect, it } from 'vitest';
import { prefixWithin } from '../../src/core/prefix-within.ts';

describe('prefixWithin', () => {
  const length = (text: string) => text.length;

  it('keeps items while their sizes add up to the budget, the last one included when it fits exactly', () => {
    expect(prefixWithin(['ab', 'cd', 'ef'], 4, length)).toEqual(['ab', 'cd']);
    expect(prefixWithin(['ab', 'cd', 'ef'], 5, length)).toEqual(['ab', 'cd']);
    expect(prefixWithin(['ab', 'cd', 'ef'], 6, length)).toEqual(['ab', 'cd', 'ef']);
  });

  it('stops at the first item that does not fit, never skipping to a smaller one after it', () => {
    expect(prefixWithin(['a', 'long one', 'b'], 5, length)).toEqual(['a']);
    expect(prefixWithin(['too long'], 3, length)).toEqual([]);
  });
});
