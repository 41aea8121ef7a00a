import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '$lib/directory/categories';
import { activityMode, WEEKDAYS, type Activity, type Session } from '$lib/directory/model';
import { validateActivity, validateOrganisation } from '$lib/directory/validation';
import { loadAreaConfig } from '../area';
import { buildDemoDirectory } from './demo-directory';

const TODAY = '2026-11-23';
const { organisations, activities } = buildDemoDirectory(TODAY);
const sessions = activities.flatMap((a) => a.schedule.sessions);

const daysBefore = (date: string, earlier: string) =>
	(Date.parse(`${date}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / 86_400_000;
const weekdayOf = (date: string) => WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7];

function kmBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
	const rad = Math.PI / 180;
	const h =
		Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
		Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
	return 12_742 * Math.asin(Math.sqrt(h));
}

/** Free, donation, or paid at most £5 a session: "low cost" in the matcher's terms. */
function isFreeOrLowCost({ cost }: Activity): boolean {
	if (cost.kind === 'free' || cost.kind === 'donation') return true;
	return cost.kind === 'paid' && cost.per === 'session' && cost.amount <= 5;
}

describe('buildDemoDirectory', () => {
	it('has at least 180 activities from at least 60 organisations', () => {
		expect(activities.length).toBeGreaterThanOrEqual(180);
		expect(organisations.length).toBeGreaterThanOrEqual(60);
		const organisationIds = new Set(organisations.map((o) => o.id));
		for (const activity of activities) expect(organisationIds).toContain(activity.organisation.id);
	});

	it('puts at least 6 activities in every category', () => {
		const counts = Object.fromEntries(
			CATEGORY_IDS.map((id) => [id, activities.filter((a) => a.categories.includes(id)).length])
		);
		for (const id of CATEGORY_IDS) expect(counts[id], id).toBeGreaterThanOrEqual(6);
		expect(activities.filter((a) => a.categories.length > 1).length).toBeGreaterThan(100);
	});

	it('is mostly free or under £5 a session, with some of each kind of cost', () => {
		expect(activities.filter(isFreeOrLowCost).length / activities.length).toBeGreaterThan(0.7);
		for (const kind of ['free', 'donation', 'paid', 'unknown']) {
			expect(
				activities.some((a) => a.cost.kind === kind),
				kind
			).toBe(true);
		}
		expect(activities.some((a) => !isFreeOrLowCost(a) && a.cost.kind === 'paid')).toBe(true);
	});

	it.each<[string, (a: Activity) => boolean]>([
		['full', (a) => a.capacity === 'full'],
		['waitlist', (a) => a.capacity === 'waitlist'],
		['online-only', (a) => activityMode(a) === 'online'],
		['area-wide', (a) => activityMode(a) === 'area-wide'],
		['temporarily closed', (a) => a.status === 'temporarily closed'],
		[
			'reviewed over a year ago',
			(a) => !!a.lastReviewed && daysBefore(TODAY, a.lastReviewed) > 365
		],
		['never reviewed', (a) => a.lastReviewed === null],
		['in a language besides English', (a) => a.languages.some((l) => l !== 'en')],
		['with an age range', (a) => a.minAge !== undefined || a.maxAge !== undefined],
		['joined through a link worker', (a) => a.howToJoin === 'via-link-worker'],
		['at a venue without step-free access', (a) => a.venues.some((v) => !v.access['step-free'])]
	])('includes activities %s', (_, test) => {
		expect(activities.filter(test).length).toBeGreaterThanOrEqual(2);
	});

	it.each<[string, (s: Session) => boolean]>([
		['monthly', (s) => s.frequency === 'monthly'],
		['fortnightly', (s) => s.frequency === 'fortnightly'],
		['one-off in the future', (s) => s.frequency === 'once' && s.startDate! > TODAY],
		['one-off in the past', (s) => s.frequency === 'once' && s.startDate! < TODAY],
		['in the evening', (s) => s.startTime >= '17:00'],
		['at the weekend', (s) => s.days.includes('sat') || s.days.includes('sun')],
		['as a dated course', (s) => s.frequency === 'weekly' && !!s.endDate]
	])('includes sessions %s', (_, test) => {
		expect(sessions.filter(test).length).toBeGreaterThanOrEqual(2);
	});

	it('dates sessions on their own weekdays', () => {
		for (const session of sessions.filter((s) => s.frequency !== 'once' && s.startDate)) {
			expect(session.days).toContain(weekdayOf(session.startDate!));
			if (session.endDate) expect(session.days).toContain(weekdayOf(session.endDate));
		}
		const fortnightly = sessions.filter((s) => s.frequency === 'fortnightly');
		for (const session of fortnightly) expect(session.startDate! <= TODAY).toBe(true);
	});

	it('produces only valid organisations and activities', () => {
		const invalid = [
			...organisations.map((o) => [o.sourceId, validateOrganisation(o)] as const),
			...activities.map((a) => [a.sourceId, validateActivity(a)] as const)
		].filter(([, result]) => !result.ok);
		expect(invalid).toEqual([]);
	});

	it('marks every record as demo data from the demo source', () => {
		for (const record of [...organisations, ...activities]) {
			expect(record).toMatchObject({ demo: true, source: 'waymark-demo' });
			expect(record.sourceId).toMatch(/^[a-z0-9-]+$/);
		}
	});

	it('is the same for the same day and moves its dates with the day', () => {
		expect(buildDemoDirectory(TODAY)).toEqual(buildDemoDirectory(TODAY));
		const later = buildDemoDirectory('2027-03-01');
		expect(later.activities.map((a) => a.id)).toEqual(activities.map((a) => a.id));
		expect(later.activities.map((a) => a.lastReviewed)).not.toEqual(
			activities.map((a) => a.lastReviewed)
		);
		// Fortnightly groups keep to the same weeks whichever day the directory is built.
		const fortnightly = (directory: typeof later) =>
			directory.activities.flatMap((a) =>
				a.schedule.sessions.filter((s) => s.frequency === 'fortnightly')
			);
		const pairs = fortnightly(later).map((s, i) => [
			s.startDate!,
			fortnightly({ organisations, activities })[i].startDate!
		]);
		for (const [laterDate, date] of pairs) expect(daysBefore(laterDate, date) % 14).toBe(0);
	});

	it('gives every record its own id, and each venue one id', () => {
		const ids = [...organisations, ...activities].map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		const venueNames = new Map<string, string>();
		for (const venue of activities.flatMap((a) => a.venues)) {
			expect(ids).not.toContain(venue.id);
			expect(venueNames.get(venue.id) ?? venue.name).toBe(venue.name);
			venueNames.set(venue.id, venue.name);
		}
	});

	it('shares venues between activities, as community centres host many groups', () => {
		const uses = new Map<string, number>();
		for (const venue of activities.flatMap((a) => a.venues)) {
			uses.set(venue.id, (uses.get(venue.id) ?? 0) + 1);
		}
		expect(Math.max(...uses.values())).toBeGreaterThanOrEqual(8);
	});

	it('places every venue within 6 km of the area centre, at an NE postcode', () => {
		const { centre } = loadAreaConfig('config/demo-area.json');
		for (const venue of activities.flatMap((a) => a.venues)) {
			expect(kmBetween(centre, venue), venue.name).toBeLessThan(6);
			expect(venue.address.postcode).toMatch(/^NE\d{1,2} \d[A-Z]{2}$/);
		}
	});

	it('uses only phone numbers and emails that reach nobody', () => {
		const contacts = [...organisations, ...activities.map((a) => a.contact)];
		for (const { phone, email } of contacts) {
			expect(phone).toMatch(/^(0191 496 0\d{3}|07700 900\d{3})$/);
			expect(email).toMatch(/@example\.org$/);
		}
	});

	it('keeps each activity small enough for the app snapshot', () => {
		for (const activity of activities) {
			expect(activity.description.length, activity.sourceId).toBeLessThanOrEqual(400);
			expect(activity.summary, activity.sourceId).not.toContain('\n');
		}
		const gzipped = gzipSync(JSON.stringify(activities)).length;
		expect(gzipped / activities.length).toBeLessThan(600);
	});

	it('refuses a day that is not a date', () => {
		expect(() => buildDemoDirectory('23/11/2026')).toThrow(/2026-11-23/);
	});
});
