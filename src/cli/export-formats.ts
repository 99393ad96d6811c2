/** The formats `export --format` writes; shared with shell completion, which loads nothing else of export. */
export const EXPORT_FORMATS = ['yaml', 'json', 'csv'] as const;
