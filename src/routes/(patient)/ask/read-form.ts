/** The no-JavaScript form as the JSON body of POST /api/requests, so both meet one validator. */
import { getLocale } from '$lib/paraglide/runtime';
export interface RequestForm {
	key: string | null;
	body: Record<string, unknown>;
	/** What the person typed, to put back in the form beside any errors. */
	values: Record<string, string>;
}

const FIELDS = ['name', 'method', 'phone', 'email', 'bestTimes', 'practice', 'needs', 'source'];

export function readRequestForm(data: FormData): RequestForm {
	const text = (name: string) => {
		const value = data.get(name);
		return typeof value === 'string' ? value : '';
	};
	const values = Object.fromEntries(FIELDS.map((name) => [name, text(name)]));
	values.consent = text('consent');
	values.shareAnswers = text('shareAnswers');
	const profile = values.shareAnswers === 'yes' ? parseProfile(text('profile')) : null;
	return {
		key: text('key') || null,
		values,
		body: {
			name: values.name,
			contact: {
				method: values.method || undefined,
				phone: values.phone || null,
				email: values.email || null
			},
			bestTimes: values.bestTimes || null,
			practice: values.practice || null,
			needs: values.needs || null,
			profile,
			consent: values.consent === 'yes',
			language: getLocale(),
			source: values.source || null,
			area: text('area') || null
		}
	};
}

function parseProfile(json: string): unknown {
	try {
		return json ? JSON.parse(json) : null;
	} catch {
		return 'not JSON';
	}
}

/** The form field that an error's dotted path belongs to, for the error summary's links. */
export function fieldIdOf(path: string): string {
	if (path.startsWith('contact.')) return path.slice('contact.'.length);
	if (path === 'contact') return 'method';
	if (path.startsWith('profile')) return 'shareAnswers';
	return path || 'name';
}
