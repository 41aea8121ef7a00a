/**
 * Feeds are cleaned, not refused: the hidden characters forms refuse (`$lib/text/safe-text.ts`)
 * are taken out of every text a record was read into, and the import report says so. Entities
 * are decoded by then (`&#x202E;` is a direction override too), so this runs on the record read,
 * not on the feed's raw strings.
 */
import { stripUnsafeText } from '$lib/text/safe-text';

/** The fields that keep paragraphs (the schemas let them hold line breaks); all else is one line. */
const MULTILINE_FIELDS = new Set(['description', 'note', 'accessNotes']);

export const HIDDEN_CHARACTERS_REPAIR =
	'Removed hidden characters (control, text-direction or broken ones) from';

/**
 * A copy of the record with hidden characters stripped from every string in it. The dotted
 * paths it changed (after `prefix`) are noted in one line of `repairs` per record.
 */
export function withoutHiddenCharacters<T>(record: T, repairs: string[], prefix = ''): T {
	const changed = new Set<string>();
	const clean = (value: unknown, path: string[], field: string): unknown => {
		if (typeof value === 'string') {
			const stripped = stripUnsafeText(value, { multiline: MULTILINE_FIELDS.has(field) });
			if (stripped !== value) changed.add([prefix, ...path].filter(Boolean).join('.'));
			return stripped;
		}
		if (Array.isArray(value)) {
			return value.map((item, i) => clean(item, [...path, String(i)], field));
		}
		if (value && typeof value === 'object') {
			return Object.fromEntries(
				Object.entries(value).map(([key, item]) => [key, clean(item, [...path, key], key)])
			);
		}
		return value;
	};
	const cleaned = clean(record, [], '') as T;
	if (changed.size > 0) {
		const earlier = repairs.findIndex((r) => r.startsWith(HIDDEN_CHARACTERS_REPAIR));
		const noted =
			earlier < 0 ? [] : repairs[earlier].slice(HIDDEN_CHARACTERS_REPAIR.length + 1).split(', ');
		const fields = [...new Set([...noted, ...changed])];
		const line = `${HIDDEN_CHARACTERS_REPAIR} ${fields.join(', ')}`;
		if (earlier < 0) repairs.push(line);
		else repairs[earlier] = line;
	}
	return cleaned;
}
