/** One line of the bench's table: a figure, the floor it is compared with, and its target. */
export interface BenchRow {
  section: string;
  metric: string;
  value: string;
  floor?: string;
  ratio?: number;
  target: string;
  /** The ratio to stay at or under; `met` then follows the ratio as printed, to two decimals. */
  goal?: number;
  /** Undefined where the figure is informational. */
  met?: boolean;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export function renderTable(rows: readonly BenchRow[]): string {
  const lines = ['| section | metric | value | floor | ratio | target | met |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    const metGoal = row.goal !== undefined && row.ratio !== undefined ? round2(row.ratio) <= row.goal : row.met;
    const met = metGoal === undefined ? '' : metGoal ? 'yes' : '**no**';
    const ratio = row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`;
    lines.push(`| ${row.section} | ${row.metric} | ${row.value} | ${row.floor ?? ''} | ${ratio} | ${row.target} | ${met} |`);
  }
  return lines.join('\n');
}
