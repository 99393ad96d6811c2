/**
 * The formats a users file comes in, read by batch-create and plan and written by export. Kept
 * apart from the reader so that the CLI's export flag and its shell completion, and every action
 * run, know them without loading a parser (yaml, js-yaml and csv-parse are most of a bundle).
 */
export declare const USERS_FORMATS: readonly ['yaml', 'json', 'csv'];
export type UsersFormat = (typeof USERS_FORMATS)[number];
/** The format a file's name says: .csv, .json, else YAML (users.yaml, users.yml, or no name). */
export declare function formatFromFileName(file: string | undefined): UsersFormat;
