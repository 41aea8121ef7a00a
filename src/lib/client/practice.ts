/** The GP practice that sent the person (from `/r/{ods}` or `?practice=`), kept on the device. */
import { database } from './db';
import { readPractice, rememberPractice } from './answers-store';

export function rememberPracticeCode(code: string): Promise<boolean> {
	return rememberPractice(database(), code);
}

export function rememberedPractice(): Promise<string | null> {
	return readPractice(database());
}
