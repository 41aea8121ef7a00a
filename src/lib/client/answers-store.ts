/** Reading and writing the answers and the practice in the device's database. */
import { reviveAnswers, type Answers } from '$lib/questionnaire';
import type { WaymarkDatabase } from './db';

const ANSWERS = 'answers';
const PRACTICE = 'practice';
const ODS_PRACTICE = /^[A-Z]\d{5}$/;

export async function readAnswers(db: WaymarkDatabase): Promise<Answers> {
	return reviveAnswers((await db.settings.get(ANSWERS))?.value);
}

export async function writeAnswers(db: WaymarkDatabase, answers: Answers): Promise<void> {
	// A plain copy: IndexedDB cannot store Svelte's reactive proxies.
	await db.settings.put({ key: ANSWERS, value: JSON.parse(JSON.stringify(answers)) });
}

export async function deleteAnswers(db: WaymarkDatabase): Promise<void> {
	await db.settings.delete(ANSWERS);
}

export function isPracticeCode(code: string): boolean {
	return ODS_PRACTICE.test(code);
}

export async function rememberPractice(db: WaymarkDatabase, code: string): Promise<boolean> {
	const upper = code.trim().toUpperCase();
	if (!isPracticeCode(upper)) return false;
	await db.settings.put({ key: PRACTICE, value: upper });
	return true;
}

export async function readPractice(db: WaymarkDatabase): Promise<string | null> {
	const value = (await db.settings.get(PRACTICE))?.value;
	return typeof value === 'string' ? value : null;
}
