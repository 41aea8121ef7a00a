/**
 * The directory for the pages: synced once per page load, expanded once, and its matcher
 * and search index built once per directory revision (never per query).
 */
import type { Activity } from '$lib/directory/model';
import { expandSnapshot } from '$lib/directory/snapshot';
import { createMatcher, type Matcher } from '$lib/matching';
import { database } from './db';
import { syncDirectory, type DirectoryCopy } from './directory-sync';

interface Ready {
	revision: number;
	activities: Activity[];
	byId: Map<string, Activity>;
	matcher: Matcher;
	checkedAt: Date;
	isFresh: boolean;
}

class DirectoryState {
	current = $state.raw<Ready | null>(null);
	failed = $state(false);
	#loading: Promise<void> | undefined;

	load(): Promise<void> {
		this.#loading ??= syncDirectory(database())
			.then((copy) => this.#accept(copy))
			.catch(() => {
				this.failed = true;
				this.#loading = undefined;
			});
		return this.#loading;
	}

	async #accept(copy: DirectoryCopy) {
		const previous = this.current;
		if (previous && previous.revision === copy.snapshot.revision) {
			this.current = { ...previous, checkedAt: copy.checkedAt, isFresh: copy.isFresh };
			return;
		}
		// Each step in its own task, so a slow phone stays responsive while the directory loads.
		await yieldToMain();
		const activities = expandSnapshot(copy.snapshot);
		await yieldToMain();
		const matcher = createMatcher(activities);
		await yieldToMain();
		this.current = {
			revision: copy.snapshot.revision,
			activities,
			byId: new Map(activities.map((a) => [a.id, a])),
			matcher,
			checkedAt: copy.checkedAt,
			isFresh: copy.isFresh
		};
		this.failed = false;
	}
}

const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export const directory = new DirectoryState();
