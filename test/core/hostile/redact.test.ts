import { describe, expect, it } from 'vitest';
import { Redactor, redactingLogger } from '../../../src/core/redact.ts';
import { capturingLogger } from '../../helpers/clients.ts';

describe('Redactor', () => {
  it('replaces every occurrence, not only the first', () => {
    const redactor = new Redactor(['s3cret-token']);
    expect(redactor.redact('a s3cret-token b s3cret-token c s3cret-tokens3cret-token')).toBe('a *** b *** c ******');
  });

  it('replaces the JSON-escaped and HTML-escaped forms of a secret', () => {
    const secret = `pa"ss\\w<o>r&d'`;
    const redactor = new Redactor([secret]);
    expect(redactor.redact(JSON.stringify({ name: `x ${secret} y` }))).toBe('{"name":"x *** y"}');
    expect(redactor.redact('<td>pa&quot;ss\\w&lt;o&gt;r&amp;d&#39;</td>')).toBe('<td>***</td>');
    expect(redactor.redact(`raw ${secret}`)).toBe('raw ***');
  });

  it('replaces the forms a terminal shows: control characters as U+FFFD, a table cell folding tabs and line breaks', () => {
    const redactor = new Redactor(['tab\tbed\u0007x']);
    expect(redactor.redact('name: tab bed\uFFFDx')).toBe('name: ***');
    expect(redactor.redact('stack: tab\tbed\uFFFDx')).toBe('stack: ***');
  });

  it('replaces a secret that contains another one whole', () => {
    const redactor = new Redactor(['abcd', 'xxabcdxx']);
    expect(redactor.redact('[xxabcdxx]')).toBe('[***]');
    expect(new Redactor(['xxabcdxx', 'abcd']).redact('[xxabcdxx]')).toBe('[***]');
  });

  it('replaces a secret that a replacement forms with the text around it', () => {
    // 'abcd' becomes '***', which joins the 'x' before it into the other secret, 'x***'.
    expect(new Redactor(['x***', 'abcd']).redact('[xabcd]')).toBe('[***]');
  });

  it('ignores values too short to be secrets, and empty ones', () => {
    const redactor = new Redactor(['abc', '', null, undefined]);
    expect(redactor.redact('abc abc')).toBe('abc abc');
  });

  it('redacts strings at any depth of a value, keys included, keeping the shape', () => {
    const redactor = new Redactor(['tok_1234']);
    const value = { list: [{ name: 'n tok_1234', n: 1, ok: true, none: null }], 'k-tok_1234': 'tok_1234' };
    expect(redactor.redactValue(value)).toEqual({ list: [{ name: 'n ***', n: 1, ok: true, none: null }], 'k-***': '***' });
  });

  it('with() adds secrets to a copy and leaves the original as it was', () => {
    const base = new Redactor(['tok_1234']);
    const more = base.with(['pass_5678']);
    expect(more.redact('tok_1234 pass_5678')).toBe('*** ***');
    expect(base.redact('tok_1234 pass_5678')).toBe('*** pass_5678');
  });

  it('learns a secret added after it has redacted once', () => {
    const redactor = new Redactor(['tok_1234']);
    expect(redactor.redact('pass_5678')).toBe('pass_5678');
    redactor.add('pass_5678');
    expect(redactor.redact('tok_1234 pass_5678')).toBe('*** ***');
  });

  it('a redacting logger scrubs every level with the redactor of the moment', () => {
    const lines = capturingLogger();
    let current: Redactor | undefined;
    const logger = redactingLogger(lines, () => current);
    logger.info('early tok_1234');
    current = new Redactor(['tok_1234']);
    logger.debug('d tok_1234');
    logger.info('i tok_1234 tok_1234');
    logger.warn('w tok_1234');
    logger.error('e tok_1234');
    expect(lines.lines.join('\n')).not.toMatch(/d tok_1234|i tok|w tok|e tok/);
    expect(lines.lines.filter((line) => line.includes('***'))).toHaveLength(4);
    expect(lines.lines.some((line) => line.includes('early tok_1234'))).toBe(true);
  });
});
