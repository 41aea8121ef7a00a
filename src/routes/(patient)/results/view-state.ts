/**
 * Where the person was in their results (how many shown, their search, how far down), kept
 * for the tab while they look at an activity, so coming back by its link or the browser's Back
 * puts them where they were rather than at the top of a shorter list.
 */
const KEY = 'waymark-results-view';
/** Older than this, the list may well have changed: start at the top. */
const MAX_AGE_MS = 30 * 60_000;

export interface ResultsView {
	limit: number;
	query: string;
	scrollY: number;
}

export function keepView(view: ResultsView): void {
	try {
		sessionStorage.setItem(KEY, JSON.stringify({ ...view, at: Date.now() }));
	} catch {
		// Private browsing can refuse storage; the person then starts at the top.
	}
}

export function takeView(): ResultsView | null {
	try {
		const stored = sessionStorage.getItem(KEY);
		sessionStorage.removeItem(KEY);
		if (!stored) return null;
		const view = JSON.parse(stored) as Partial<ResultsView> & { at?: number };
		if (typeof view.at !== 'number' || Date.now() - view.at > MAX_AGE_MS) return null;
		if (typeof view.limit !== 'number' || typeof view.scrollY !== 'number') return null;
		return {
			limit: view.limit,
			query: typeof view.query === 'string' ? view.query : '',
			scrollY: view.scrollY
		};
	} catch {
		return null;
	}
}
