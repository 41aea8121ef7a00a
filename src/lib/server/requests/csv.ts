/** A request as CSV: one header row and one data row, safe to open in a spreadsheet. */
import { CATEGORY_LABELS } from '$lib/directory/categories';
import type { RequestRecord } from './record';

const COLUMNS: [string, (r: RequestRecord) => string | null][] = [
	['Reference', (r) => r.reference],
	['Received', (r) => r.receivedAt],
	['Status', (r) => r.status],
	['Outcome', (r) => r.outcome],
	['Closed', (r) => r.closedAt],
	['PCN', (r) => r.pcnId],
	['GP practice', (r) => r.practice],
	['Name', (r) => r.name],
	['Contact by', (r) => r.contact.method],
	['Phone', (r) => r.contact.phone],
	['Email', (r) => r.contact.email],
	['Best times', (r) => r.bestTimes],
	['Would like help with', (r) => r.needs],
	[
		'Interests shared',
		(r) => r.profile?.categories.map((c) => CATEGORY_LABELS[c]).join('; ') ?? null
	],
	['Language', (r) => r.language],
	['Postcode district', (r) => r.area],
	['Assigned to', (r) => r.assignedTo?.name ?? null]
];

/**
 * Quotes every cell, and defuses cells a spreadsheet would run as a formula (=, +, -, @, tab,
 * carriage return) with a leading apostrophe; phone numbers starting + stay readable.
 */
export function csvCell(value: string | null): string {
	const text = value ?? '';
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return `"${safe.replace(/"/g, '""')}"`;
}

export function requestCsv(request: RequestRecord): string {
	const header = COLUMNS.map(([name]) => csvCell(name)).join(',');
	const row = COLUMNS.map(([, read]) => csvCell(read(request))).join(',');
	return `${header}\r\n${row}\r\n`;
}
