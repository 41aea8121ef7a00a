import { describe, expect, it } from 'vitest';
import { sampleActivity, sampleVenue } from './fixtures';
import { stableId } from './ids';
import { expandSnapshot, toSnapshot } from './snapshot';

describe('directory snapshot', () => {
	const shared = sampleVenue();
	const other = sampleVenue({ id: stableId('test', 'venue-2'), name: 'Benwell library' });
	const activities = [
		sampleActivity({ sourceId: 'a', venues: [shared, other] }),
		sampleActivity({ sourceId: 'b', venues: [shared] }),
		sampleActivity({ sourceId: 'c', venues: [], online: true })
	];

	it('lists each venue and organisation once', () => {
		const snapshot = toSnapshot(activities, 7, new Date('2026-11-21T10:00:00Z'));
		expect(snapshot).toMatchObject({
			version: 1,
			revision: 7,
			generatedAt: '2026-11-21T10:00:00.000Z'
		});
		expect(snapshot.venues.map((v) => v.name)).toEqual([
			'Elswick community hall',
			'Benwell library'
		]);
		expect(snapshot.organisations).toHaveLength(1);
		expect(snapshot.activities[0].venueIds).toEqual([shared.id, other.id]);
	});

	it('expands back to the same activities', () => {
		const snapshot = JSON.parse(JSON.stringify(toSnapshot(activities, 1, new Date())));
		expect(expandSnapshot(snapshot)).toEqual(activities);
	});
});
