import stringWidth from 'string-width';
import { printable } from '../core/printable.ts';
import { paint } from './terminal.ts';

export interface Column<T> {
  header: string;
  value: (row: T) => string;
}

const GAP = '  ';

/**
 * A plain-text table printed as its rows arrive, for listings too long to hold before printing.
 * Column widths are fixed by the first batch of rows (a whole page: a fair sample), so that rows
 * line up across pages; a longer value later is printed whole and pushes its row out, because a
 * truncated email is worse than a ragged line.
 */
export class StreamingTable<T> {
  readonly #out: NodeJS.WritableStream;
  readonly #columns: readonly Column<T>[];
  readonly #color: boolean;
  #widths: number[] | undefined;
  #rows = 0;

  constructor(out: NodeJS.WritableStream, columns: readonly Column<T>[], options: { color: boolean }) {
    this.#out = out;
    this.#columns = columns;
    this.#color = options.color;
  }

  get rowCount(): number {
    return this.#rows;
  }

  write(rows: readonly T[]): void {
    if (rows.length === 0) return;
    const cells = rows.map((row) => this.#columns.map((column) => oneLine(column.value(row))));
    if (this.#widths === undefined) {
      // Display width, not length: a CJK character takes two columns, an emoji may be two code units in one.
      // A loop, not Math.max(...cells): a page of 100,000 rows would overflow the argument stack.
      this.#widths = this.#columns.map((column, i) =>
        cells.reduce((widest, line) => Math.max(widest, stringWidth(line[i]!)), stringWidth(column.header)),
      );
      const header = this.#format(this.#columns.map((column) => column.header));
      this.#out.write(`${paint(this.#color, 'bold', header)}\n`);
    }
    this.#out.write(cells.map((line) => `${this.#format(line)}\n`).join(''));
    this.#rows += rows.length;
  }

  #format(cells: readonly string[]): string {
    const last = cells.length - 1;
    return cells.map((cell, i) => (i === last ? cell : pad(cell, this.#widths![i]!))).join(GAP);
  }
}

function pad(cell: string, width: number): string {
  return cell + ' '.repeat(Math.max(0, width - stringWidth(cell)));
}

/** A value with a line break or tab would break the grid (and could fake a row). */
function oneLine(text: string): string {
  return printable(text.replace(/[\t\r\n]+/g, ' '));
}
