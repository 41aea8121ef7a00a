/**
 * The answers as reactive state for the pages. Each change is written straight away, so a
 * reload or a phone call mid-way loses nothing.
 */
import { emptyAnswers, toProfile, type Answers } from '$lib/questionnaire';
import { database } from './db';
import { deleteAnswers, readAnswers, writeAnswers } from './answers-store';

class AnswersState {
	value = $state<Answers>(emptyAnswers());
	isLoaded = $state(false);
	profile = $derived(toProfile(this.value));
	#loading: Promise<void> | undefined;

	/** Reads the stored answers once per page load; later calls wait for the same read. */
	load(): Promise<void> {
		this.#loading ??= readAnswers(database()).then((stored) => {
			this.value = stored;
			this.isLoaded = true;
		});
		return this.#loading;
	}

	async update(change: Partial<Answers>): Promise<void> {
		await this.load();
		this.value = { ...this.value, ...change };
		await writeAnswers(database(), this.value);
	}

	async markSeen(step: string): Promise<void> {
		if (this.value.seen.includes(step)) return;
		await this.update({ seen: [...this.value.seen, step] });
	}

	async replace(answers: Answers): Promise<void> {
		this.value = answers;
		this.isLoaded = true;
		await writeAnswers(database(), answers);
	}

	async clear(): Promise<void> {
		this.value = emptyAnswers();
		await deleteAnswers(database());
	}
}

export const answers = new AnswersState();
