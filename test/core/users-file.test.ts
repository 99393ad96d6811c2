import { describe, expect, it } from 'vitest';
import { AnyscaleValidationError, describeIssue } from '../../src/core/errors.ts';
import { parseUsersDocument } from '../../src/core/users-file.ts';
import { formatFromFileName } from '../../src/core/users-format.ts';

function problems(text: string, file?: string): string[] {
  try {
    parseUsersDocument(text, { file });
  } catch (error) {
    expect(error).toBeInstanceOf(AnyscaleValidationError);
    return (error as AnyscaleValidationError).issues.map(describeIssue);
  }
  throw new Error('expected the document to be rejected');
}

// The Anyscale CLI's own users.yaml example.
const cliYaml = `create_users:
  - name: name1
    email: test1@anyscale.com
    password: ''
    is_sso_user: false
    lastname: lastname1
    title: title1
`;

describe('parseUsersDocument', () => {
  it("reads the Anyscale CLI's users.yaml as is", () => {
    expect(parseUsersDocument(cliYaml, { file: 'users.yaml' })).toEqual([
      { name: 'name1', email: 'test1@anyscale.com', password: '', is_sso_user: false, lastname: 'lastname1', title: 'title1' },
    ]);
  });

  it('reads a bare YAML list and a JSON list', () => {
    const yaml = '- {name: A, email: a@x.io, is_sso_user: true}\n';
    const json = JSON.stringify([{ name: 'A', email: 'a@x.io', is_sso_user: true }]);
    expect(parseUsersDocument(yaml)).toEqual(parseUsersDocument(json, { file: 'users.json' }));
  });

  it('reads CSV with a header row, mapping HR-style headers and booleans', () => {
    const csv =
      '\uFEFFName,Email,Is SSO User,Last Name,Title\nAda,ada@x.io,TRUE,Lovelace,\n"Grace ""Amazing""",grace@x.io,no,Hopper,Admiral\n';
    expect(parseUsersDocument(csv, { file: 'hr.csv' })).toEqual([
      { name: 'Ada', email: 'ada@x.io', is_sso_user: true, lastname: 'Lovelace' },
      { name: 'Grace "Amazing"', email: 'grace@x.io', is_sso_user: false, lastname: 'Hopper', title: 'Admiral' },
    ]);
  });

  it('points an unknown field at its line, with a suggestion', () => {
    const text = `${cliYaml}  - name: name2\n    email: test2@anyscale.com\n    is_sso_user: true\n    lastName: x\n`;
    expect(problems(text, 'users.yaml')).toEqual(['users.yaml:11: unknown field "lastName" (did you mean "lastname"?)']);
  });

  it('points an invalid email at its line, and reports every problem', () => {
    const text =
      'create_users:\n  - name: a\n    email: nope\n    is_sso_user: false\n  - name: ""\n    email: b@x.io\n    is_sso_user: false\n';
    expect(problems(text, 'users.yaml')).toEqual([
      'users.yaml:3: "email" is not a valid email address',
      'users.yaml:5: "name" must not be empty',
    ]);
  });

  it('points a missing field at the item', () => {
    expect(problems('- name: a\n  email: a@x.io\n', 'u.yaml')).toEqual(['u.yaml:1: "is_sso_user" is required']);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(problems('create_users:\n  - name: a\n   email: [oops\n', 'users.yaml')[0]).toMatch(/^users\.yaml:3: not valid YAML or JSON: /);
  });

  it('reports a bad CSV row with its line', () => {
    expect(problems('name,email,is_sso_user\na,a@x.io,false\nb,b@x.io,false,extra\n', 'u.csv')[0]).toMatch(/^u\.csv:3: not valid CSV: /);
  });

  it('reports the CSV line of an invalid value', () => {
    expect(problems('name,email,is_sso_user\na,a@x.io,false\nb,bad,maybe\n', 'u.csv')).toEqual([
      'u.csv:3: "email" is not a valid email address',
      'u.csv:3: "is_sso_user" must be true or false',
    ]);
  });

  it('refuses documents of the wrong shape', () => {
    expect(problems('users:\n  - a\n', 'u.yaml')).toEqual(['u.yaml:1: unknown top-level key "users"; expected "create_users"']);
    expect(problems('just text', 'u.yaml')).toEqual([
      'u.yaml:1: expected a list of users, or a "create_users:" list as the Anyscale CLI writes it',
    ]);
    expect(problems('', 'u.yaml')).toEqual(['u.yaml:1: expected a list of users, or a "create_users:" list as the Anyscale CLI writes it']);
  });

  it('picks the format from the file name', () => {
    expect(formatFromFileName('a/B.CSV')).toBe('csv');
    expect(formatFromFileName('x.json')).toBe('json');
    expect(formatFromFileName('x.yml')).toBe('yaml');
    expect(formatFromFileName(undefined)).toBe('yaml');
  });
});

describe('is_sso_user as the Anyscale CLI reads it (PyYAML, YAML 1.1)', () => {
  const yamlWith = (value: string) => `create_users:\n  - name: Ada\n    email: ada@example.com\n    is_sso_user: ${value}\n`;

  it.each([
    ['yes', true],
    ['Yes', true],
    ['YES', true],
    ['on', true],
    ['ON', true],
    ['y', true],
    ['True', true],
    ['TRUE', true],
    ['no', false],
    ['No', false],
    ['off', false],
    ['Off', false],
    ['n', false],
    ['False', false],
    ['FALSE', false],
  ])('reads an unquoted %s as %s', (value, expected) => {
    expect(parseUsersDocument(yamlWith(value), { file: 'users.yaml' })[0]!.is_sso_user).toBe(expected);
  });

  it('refuses anything else with the line number, a quoted "yes" included', () => {
    for (const value of ['maybe', '"yes"', '2']) {
      expect(problems(yamlWith(value), 'users.yaml').join('\n'), value).toMatch(/users\.yaml:4: .*is_sso_user/);
    }
  });

  it('leaves a first name "No" a string, and JSON keeps its own rules', () => {
    const users = parseUsersDocument('create_users:\n  - name: No\n    email: no@example.com\n    is_sso_user: off\n', {
      file: 'users.yaml',
    });
    expect(users[0]).toMatchObject({ name: 'No', is_sso_user: false });
    expect(problems('[{"name": "Ada", "email": "ada@example.com", "is_sso_user": "yes"}]', 'users.json').join('\n')).toMatch(/is_sso_user/);
  });
});
