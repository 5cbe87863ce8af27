/** Rows of the results table: each figure beside the peer or limit measured in the same run. */
export interface Row {
  readonly bench: string;
  readonly what: string;
  readonly figure: string;
  readonly beside: string;
  readonly ratio: string;
  readonly target: string;
  readonly verdict: 'met' | 'missed' | '—';
}

export class Report {
  readonly rows: Row[] = [];
  readonly notes: string[] = [];

  add(row: Row): void {
    this.rows.push(row);
    process.stdout.write(
      `  ${row.bench.padEnd(4)} ${row.what.padEnd(58)} ${row.figure.padEnd(20)} ${row.ratio.padEnd(9)} ${row.verdict}\n`,
    );
  }

  note(text: string): void {
    this.notes.push(text);
  }

  table(): string {
    const header =
      '| bench | what | figure (median of runs) | beside (same run) | ratio | target | verdict |\n| --- | --- | --- | --- | --- | --- | --- |';
    const lines = this.rows.map((r) => `| ${r.bench} | ${r.what} | ${r.figure} | ${r.beside} | ${r.ratio} | ${r.target} | ${r.verdict} |`);
    return [header, ...lines].join('\n');
  }
}

export const verdict = (met: boolean): Row['verdict'] => (met ? 'met' : 'missed');
