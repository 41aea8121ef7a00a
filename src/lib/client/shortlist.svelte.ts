/** The shortlist as reactive state: saved activity ids, oldest first. */
import { database } from './db';
import { askForPersistentStorage } from './persistence';
import {
	clearShortlist,
	readShortlist,
	removeActivity,
	saveActivities,
	saveActivity
} from './shortlist-store';

class ShortlistState {
	ids = $state<string[]>([]);
	isLoaded = $state(false);
	#loading: Promise<void> | undefined;

	load(): Promise<void> {
		this.#loading ??= readShortlist(database()).then((ids) => {
			this.ids = ids;
			this.isLoaded = true;
		});
		return this.#loading;
	}

	has(id: string): boolean {
		return this.ids.includes(id);
	}

	async toggle(id: string): Promise<void> {
		await this.load();
		if (this.has(id)) {
			this.ids = this.ids.filter((saved) => saved !== id);
			await removeActivity(database(), id);
		} else {
			this.ids = [...this.ids, id];
			await saveActivity(database(), id);
			void askForPersistentStorage();
		}
	}

	/** Saves those of `ids` not saved yet (a shared list); returns how many it added. */
	async addAll(ids: readonly string[]): Promise<number> {
		await this.load();
		const added = await saveActivities(database(), ids);
		this.ids = [...this.ids, ...added];
		if (added.length > 0) void askForPersistentStorage();
		return added.length;
	}

	async clear(): Promise<void> {
		this.ids = [];
		await clearShortlist(database());
	}
}

export const shortlist = new ShortlistState();
