/** Reads and checks the request page's forms; errors are keyed by the field's id. */
import * as m from '$lib/paraglide/messages';
import { textError } from '$lib/components/form/forms';
import {
	ATTEMPT_RESULTS,
	CONTACT_METHODS,
	REQUEST_OUTCOMES,
	type ContactMethod,
	type RequestOutcome
} from '$lib/server/requests/model';

const MAX_NOTE = 2000;

type Read<T> =
	| { ok: true; value: T }
	| { ok: false; errors: Record<string, string>; values: Record<string, string> };

const text = (data: FormData, name: string) => {
	const value = data.get(name);
	return typeof value === 'string' ? value.trim() : '';
};
const optionalNote = (value: string) => (value === '' ? null : value);
const noteError = (note: string) => textError(note, 'the note', { multiline: true });

export function readNote(data: FormData): Read<string> {
	const note = text(data, 'note');
	if (note === '') return { ok: false, errors: { note: m.inbox_errors_note() }, values: { note } };
	const problem =
		noteError(note) ?? (note.length > MAX_NOTE ? m.inbox_errors_note_long() : undefined);
	if (problem) return { ok: false, errors: { note: problem }, values: { note } };
	return { ok: true, value: note };
}

export function readAttempt(
	data: FormData
): Read<{ method: ContactMethod; result: string; note: string | null }> {
	const values = {
		method: text(data, 'method'),
		result: text(data, 'result'),
		attemptNote: text(data, 'attemptNote')
	};
	const found: Record<string, string> = {};
	if (!CONTACT_METHODS.includes(values.method as ContactMethod))
		found.method = m.inbox_errors_method();
	if (!ATTEMPT_RESULTS.includes(values.result)) found.result = m.inbox_errors_result();
	const noteProblem =
		noteError(values.attemptNote) ??
		(values.attemptNote.length > MAX_NOTE ? m.inbox_errors_note_long() : undefined);
	if (noteProblem) found.attemptNote = noteProblem;
	if (Object.keys(found).length > 0) return { ok: false, errors: found, values };
	return {
		ok: true,
		value: {
			method: values.method as ContactMethod,
			result: values.result,
			note: optionalNote(values.attemptNote)
		}
	};
}

export function readClose(data: FormData): Read<{ outcome: RequestOutcome; note: string | null }> {
	const values = { outcome: text(data, 'outcome'), closeNote: text(data, 'closeNote') };
	const found: Record<string, string> = {};
	if (!REQUEST_OUTCOMES.includes(values.outcome as RequestOutcome))
		found.outcome = m.inbox_errors_outcome();
	const noteProblem =
		noteError(values.closeNote) ??
		(values.closeNote.length > MAX_NOTE ? m.inbox_errors_note_long() : undefined);
	if (noteProblem) found.closeNote = noteProblem;
	if (Object.keys(found).length > 0) return { ok: false, errors: found, values };
	return {
		ok: true,
		value: { outcome: values.outcome as RequestOutcome, note: optionalNote(values.closeNote) }
	};
}
