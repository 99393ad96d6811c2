/**
 * The formats a users file comes in, read by batch-create and plan and written by export. Kept
 * apart from the reader so that the CLI's export flag and its shell completion know them without
 * loading a parser.
 */
export const USERS_FORMATS = ['yaml', 'json', 'csv'] as const;
export type UsersFormat = (typeof USERS_FORMATS)[number];
