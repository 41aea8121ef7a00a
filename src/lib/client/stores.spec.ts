import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyAnswers } from '$lib/questionnaire';
import { openDatabase, type WaymarkDatabase } from './db';
import {
	deleteAnswers,
	readAnswers,
	readPractice,
	rememberPractice,
	writeAnswers
} from './answers-store';
import {
	clearShortlist,
	readShortlist,
	removeActivity,
	saveActivities,
	saveActivity
} from './shortlist-store';

let name = 0;
const opened: WaymarkDatabase[] = [];
/** A fresh database name per test; `reopen` is what a reload does. */
function fresh() {
	const dbName = `waymark-test-${++name}`;
	const open = () => {
		const db = openDatabase(dbName);
		opened.push(db);
		return db;
	};
	return { db: open(), reopen: open };
}

afterEach(() => {
	for (const db of opened.splice(0)) db.close();
});

describe('answers on the device', () => {
	it('start empty', async () => {
		const { db } = fresh();
		expect(await readAnswers(db)).toEqual(emptyAnswers());
	});

	it('survive a reload', async () => {
		const { db, reopen } = fresh();
		await writeAnswers(db, {
			...emptyAnswers(),
			categories: ['arts-crafts', 'meeting-people'],
			text: 'knitting',
			place: { kind: 'postcode', postcode: 'NE4 6SH', district: 'NE4', lat: 54.97, lng: -1.64 },
			seen: ['feeling', 'interests', 'words', 'where']
		});
		db.close();
		const after = await readAnswers(reopen());
		expect(after.categories).toEqual(['arts-crafts', 'meeting-people']);
		expect(after.place).toMatchObject({ postcode: 'NE4 6SH' });
		expect(after.seen).toHaveLength(4);
	});

	it('are gone after "delete my answers", and the shortlist stays unless asked', async () => {
		const { db, reopen } = fresh();
		await writeAnswers(db, { ...emptyAnswers(), age: 70 });
		await saveActivity(db, 'a1');
		await deleteAnswers(db);
		const again = reopen();
		expect(await readAnswers(again)).toEqual(emptyAnswers());
		expect(await readShortlist(again)).toEqual(['a1']);
		await clearShortlist(again);
		expect(await readShortlist(again)).toEqual([]);
	});
});

describe('the practice', () => {
	it('is remembered when it looks like an ODS practice code', async () => {
		const { db, reopen } = fresh();
		expect(await rememberPractice(db, 'a00001')).toBe(true);
		expect(await readPractice(reopen())).toBe('A00001');
	});
	it('is not remembered when it does not', async () => {
		const { db } = fresh();
		expect(await rememberPractice(db, 'nonsense')).toBe(false);
		expect(await readPractice(db)).toBeNull();
	});
});

describe('the shortlist', () => {
	it('keeps saved activities in the order saved, across a reload', async () => {
		const { db, reopen } = fresh();
		await saveActivity(db, 'b', new Date('2026-01-02'));
		await saveActivity(db, 'a', new Date('2026-01-03'));
		await saveActivity(db, 'c', new Date('2026-01-04'));
		await removeActivity(db, 'a');
		expect(await readShortlist(reopen())).toEqual(['b', 'c']);
	});

	it('adds a shared list after what is saved, without duplicates, in the order shared', async () => {
		const { db, reopen } = fresh();
		await saveActivity(db, 'b', new Date('2026-01-02'));
		const added = await saveActivities(db, ['c', 'b', 'a', 'c'], new Date('2026-01-03'));
		expect(added).toEqual(['c', 'a']);
		expect(await readShortlist(reopen())).toEqual(['b', 'c', 'a']);
		expect(await saveActivities(db, ['a', 'b'])).toEqual([]);
	});
});
