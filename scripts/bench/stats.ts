/** Timing helpers for benchmarks. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function median(values: number[]): number {
	return percentile(values, 50);
}

export function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function time<T>(work: () => T): [T, number] {
	const start = performance.now();
	const result = work();
	return [result, performance.now() - start];
}

/** A full collection before measuring heap, when the flag can be set at run time. */
export function collectGarbage(): void {
	setFlagsFromString('--expose-gc');
	const gc = runInNewContext('gc') as (() => void) | undefined;
	gc?.();
}

export function heapMb(): number {
	return process.memoryUsage().heapUsed / 1024 / 1024;
}

export function table(headings: string[], rows: (string | number)[][]): string {
	const cells = [headings, ...rows.map((row) => row.map(String))];
	const widths = headings.map((_, c) => Math.max(...cells.map((row) => row[c].length)));
	const line = (row: string[]) => row.map((cell, c) => cell.padStart(widths[c])).join('  ');
	return [
		line(cells[0]),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...cells.slice(1).map(line)
	].join('\n');
}
