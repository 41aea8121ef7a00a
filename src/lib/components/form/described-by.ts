/**
 * The ids a field's `aria-describedby` names: its hint and its error, each only when shown, so
 * a screen reader reads both with the field and never points at something missing.
 */
export function describedBy(
	id: string,
	{ hint, error }: { hint?: unknown; error?: unknown }
): string | undefined {
	return (
		[hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
		undefined
	);
}
