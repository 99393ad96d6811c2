import { describe, expect, it } from 'vitest';
import { checkHost, isLoopbackHostname } from '../../../src/core/config.ts';
import { type AnyscaleValidationError, describeIssue } from '../../../src/core/errors.ts';
import { parseUsersDocument } from '../../../src/core/users-file.ts';

/*
 * Each test here kills one small bug that was planted in the code and passed every other test
 * (issue #16): a loopback check without its anchors, and CSV line numbers after a multi-line quoted
 * field. (The others: redact.test.ts for a secret redacted only once, test/mcp/confirmation.test.ts
 * for an unticked confirmation, test/action/masking.test.ts for the action's masking, paging.test.ts
 * for an empty paging token.)
 */
describe('the loopback check is anchored at both ends', () => {
  it.each(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'])('%s is loopback', (host) => {
    expect(isLoopbackHostname(host)).toBe(true);
  });

  it.each([
    '127.0.0.1.evil.example',
    '127.0.0.1evil',
    'x127.0.0.1',
    'evil.127.0.0.1',
    'localhost.evil.example',
    'mylocalhost',
    '::1.evil',
    '127.0.0.1.',
  ])('%s is not loopback', (host) => {
    expect(isLoopbackHostname(host)).toBe(false);
  });

  it('never sends the token over plain http to a name that only starts like loopback', () => {
    for (const host of ['http://127.0.0.1.evil.example', 'http://127.0.0.1.evil.example:8080', 'http://localhost.evil.example']) {
      expect(() => checkHost(host), host).toThrow(/Refusing to send the Anyscale token over plain http/);
    }
    expect(checkHost('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
  });
});

describe('CSV line numbers count the lines inside quoted fields', () => {
  function problems(text: string): string[] {
    try {
      parseUsersDocument(text, { file: 'u.csv' });
    } catch (error) {
      return (error as AnyscaleValidationError).issues.map(describeIssue);
    }
    throw new Error('expected the file to be rejected');
  }

  it('points at the right line after a title that spans three lines', () => {
    const csv = [
      'name,email,is_sso_user,title',
      'Ada,ada@x.io,false,"Head of',
      'Analytical',
      'Engines"',
      'Bob,not-an-email,false,',
      'Cy,cy@x.io,maybe,',
      '',
    ].join('\n');
    expect(problems(csv)).toEqual(['u.csv:5: "email" is not a valid email address', 'u.csv:6: "is_sso_user" must be true or false']);
  });

  it('points at the line a multi-line record starts on, for a problem in that record', () => {
    const csv = ['name,email,is_sso_user,title', 'Ok,ok@x.io,false,', 'Dee,dee@x,false,"a', 'b"', ''].join('\n');
    expect(problems(csv)).toEqual(['u.csv:3: "email" is not a valid email address']);
  });
});
