/** A small directory for the API's behaviour tests: four published, one pending, one gone. */
import { sampleActivity, sampleOrganisation, sampleVenue } from '../../directory/fixtures';
import { stableId } from '../../directory/ids';
import type { Activity } from '../../directory/model';
import { saveActivity } from '../db/activities';
import type { Database } from '../db/index';
import type { Listing } from '../db/schema';

export const ELSWICK = { lat: 54.966, lng: -1.643 };
export const SUNDERLAND = { lat: 54.906, lng: -1.383 };

export const TEST_ACTIVITIES: Array<[Listing, Partial<Activity>]> = [
	['published', { sourceId: 'knit' }],
	[
		'published',
		{
			sourceId: 'choir',
			name: 'Evening choir',
			summary: 'Sing together, no experience needed.',
			description: 'A community choir.',
			categories: ['music-singing'],
			keywords: [],
			minAge: 18,
			venues: [
				sampleVenue({ id: stableId('test', 'venue-2'), name: 'Chapel', ...SUNDERLAND, access: {} })
			],
			schedule: {
				sessions: [{ frequency: 'weekly', days: ['mon'], startTime: '18:30', endTime: '20:00' }]
			}
		}
	],
	[
		'published',
		{
			sourceId: 'football',
			name: 'Youth football',
			summary: 'Football for young people.',
			description: 'Kick about on the park.',
			categories: ['being-active'],
			keywords: [],
			minAge: 11,
			maxAge: 16,
			schedule: {
				sessions: [{ frequency: 'weekly', days: ['sat'], startTime: '10:00', endTime: '12:00' }]
			}
		}
	],
	[
		'published',
		{
			sourceId: 'chat',
			name: 'Online café chat',
			summary: 'A chat over video.',
			description: 'Talk with others from home.',
			categories: ['mental-wellbeing'],
			keywords: [],
			minAge: 50,
			venues: [],
			online: true,
			status: 'temporarily closed',
			schedule: {
				sessions: [
					{
						frequency: 'once',
						days: [],
						startTime: '14:00',
						endTime: '15:00',
						startDate: '2026-12-02'
					}
				]
			}
		}
	],
	['pending', { sourceId: 'pending-walk', name: 'Pending walk' }],
	['unpublished', { sourceId: 'gone', name: 'Gone group' }]
];

export async function saveTestDirectory(database: Database): Promise<void> {
	for (const [listing, overrides] of TEST_ACTIVITIES) {
		await saveActivity(database, {
			activity: sampleActivity(overrides),
			organisation: sampleOrganisation(),
			listing
		});
	}
}

export const testId = (sourceId: string) => stableId('test', sourceId);
