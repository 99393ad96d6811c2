/** One line of the bench's table: a figure, the floor it is compared with, and its target. */
export interface BenchRow {
  section: string;
  metric: string;
  value: string;
  floor?: string;
  ratio?: number;
  target: string;
  /** Undefined where the figure is informational. */
  met?: boolean;
}

export function renderTable(rows: readonly BenchRow[]): string {
  const lines = [
    '| section | metric | value | floor | ratio | target | met |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const met = row.met === undefined ? '' : row.met ? 'yes' : '**no**';
    const ratio = row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`;
    lines.push(`| ${row.section} | ${row.metric} | ${row.value} | ${row.floor ?? ''} | ${ratio} | ${row.target} | ${met} |`);
  }
  return lines.join('\n');
}
