/**
 * The directory's repository: activities with their organisations and venues. Writes are
 * upserts keyed by (source, source id), so saving the same listing twice changes nothing;
 * every real change bumps the directory revision that the snapshot's ETag is built on.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Activity, Organisation, Venue } from '../../directory/model';
import {
	activityToRow,
	organisationToRow,
	rowToActivity,
	rowToOrganisation,
	rowToVenue,
	venueToRow
} from './activity-rows';
import type { Database } from './index';
import type { Listing, Tables } from './schema';

export type SaveOutcome = 'created' | 'updated' | 'unchanged';

export interface SaveActivityInput {
	activity: Activity;
	organisation: Organisation;
	listing: Listing;
}

export async function saveActivity(
	{ db }: Database,
	input: SaveActivityInput,
	now = new Date()
): Promise<{ outcome: SaveOutcome; id: string }> {
	return db.transaction().execute(async (trx) => {
		const saved = await saveIn(trx, input, now.toISOString());
		if (saved.outcome !== 'unchanged') await bumpRevision(trx);
		return saved;
	});
}

/**
 * Saves many activities in transactions of up to `SAVE_BATCH` each: one disk sync per batch
 * rather than per activity keeps a large import fast. Outcomes are in input order.
 */
export async function saveActivities(
	{ db }: Database,
	inputs: SaveActivityInput[],
	now = new Date()
): Promise<{ outcome: SaveOutcome; id: string }[]> {
	const results: { outcome: SaveOutcome; id: string }[] = [];
	for (let i = 0; i < inputs.length; i += SAVE_BATCH) {
		const batch = inputs.slice(i, i + SAVE_BATCH);
		await db.transaction().execute(async (trx) => {
			let changed = false;
			for (const input of batch) {
				const saved = await saveIn(trx, input, now.toISOString());
				changed ||= saved.outcome !== 'unchanged';
				results.push(saved);
			}
			if (changed) await bumpRevision(trx);
		});
	}
	return results;
}

const SAVE_BATCH = 250;

/** What saving would do, without writing: for dry runs. */
export async function previewSave(
	{ db }: Database,
	{ activity, organisation, listing }: SaveActivityInput
): Promise<SaveOutcome> {
	const existing = await findBySource(db, activity);
	if (!existing) return 'created';
	const unchanged =
		existing.content_hash === contentHash(activity, organisation) && existing.listing === listing;
	return unchanged ? 'unchanged' : 'updated';
}

function findBySource(db: Kysely<Tables>, activity: Activity) {
	return db
		.selectFrom('activities')
		.select(['id', 'content_hash', 'listing'])
		.where('source', '=', activity.source)
		.where('source_id', '=', activity.sourceId)
		.executeTakeFirst();
}

async function saveIn(
	trx: Transaction<Tables>,
	{ activity, organisation, listing }: SaveActivityInput,
	at: string
): Promise<{ outcome: SaveOutcome; id: string }> {
	const hash = contentHash(activity, organisation);
	const existing = await findBySource(trx, activity);
	if (existing && existing.content_hash === hash && existing.listing === listing) {
		return { outcome: 'unchanged', id: existing.id };
	}
	const id = existing?.id ?? activity.id;
	await upsertOrganisation(trx, organisation, at);
	for (const venue of activity.venues) await upsertVenue(trx, venue, at);

	const row = {
		...activityToRow({ ...activity, id }),
		listing,
		content_hash: hash,
		updated_at: at
	};
	if (existing) {
		await trx.updateTable('activities').set(row).where('id', '=', id).execute();
		await trx.deleteFrom('activity_venues').where('activity_id', '=', id).execute();
	} else {
		await trx
			.insertInto('activities')
			.values({ ...row, created_at: at })
			.execute();
	}
	if (activity.venues.length > 0) {
		await trx
			.insertInto('activity_venues')
			.values(activity.venues.map((v, position) => ({ activity_id: id, venue_id: v.id, position })))
			.execute();
	}
	return { outcome: existing ? 'updated' : 'created', id };
}

async function upsertOrganisation(trx: Transaction<Tables>, org: Organisation, at: string) {
	const row = organisationToRow(org, at);
	await trx
		.insertInto('organisations')
		.values(row)
		.onConflict((oc) => oc.column('id').doUpdateSet(row))
		.execute();
}

async function upsertVenue(trx: Transaction<Tables>, venue: Venue, at: string) {
	const row = venueToRow(venue, at);
	await trx
		.insertInto('venues')
		.values(row)
		.onConflict((oc) => oc.column('id').doUpdateSet(row))
		.execute();
}

async function bumpRevision(db: Kysely<Tables>) {
	await db
		.updateTable('meta')
		.set({ value: sql<string>`cast(cast(value as integer) + 1 as text)` })
		.where('key', '=', 'directory_revision')
		.execute();
}

/** What a save compares: everything published about the activity, its venues and its group. */
function contentHash(activity: Activity, organisation: Organisation): string {
	return createHash('sha256')
		.update(JSON.stringify([activity, organisation]))
		.digest('base64url');
}

/** A number that changes whenever anything in the directory does. */
export async function directoryRevision({ db }: Database): Promise<number> {
	const row = await db
		.selectFrom('meta')
		.select('value')
		.where('key', '=', 'directory_revision')
		.executeTakeFirstOrThrow();
	return Number(row.value);
}

export interface ListOptions {
	listing?: Listing;
	/** Only activities whose status is `active`. */
	activeOnly?: boolean;
	ids?: string[];
}

/** Activities with their organisation names and venues, in name order. */
export async function listActivities(
	{ db }: Database,
	{ listing = 'published', activeOnly = false, ids }: ListOptions = {}
): Promise<Activity[]> {
	let query = db
		.selectFrom('activities')
		.innerJoin('organisations', 'organisations.id', 'activities.organisation_id')
		.selectAll('activities')
		.select('organisations.name as organisation_name')
		.where('activities.listing', '=', listing)
		.orderBy('activities.name')
		.orderBy('activities.id');
	if (activeOnly) query = query.where('activities.status', '=', 'active');
	if (ids) query = query.where('activities.id', 'in', ids.length > 0 ? ids : ['']);
	const rows = await query.execute();
	const venues = await venuesByActivity(
		db,
		rows.map((r) => r.id)
	);
	return rows.map((row) => rowToActivity(row, row.organisation_name, venues.get(row.id) ?? []));
}

async function venuesByActivity(db: Kysely<Tables>, activityIds: string[]) {
	const byActivity = new Map<string, Venue[]>();
	if (activityIds.length === 0) return byActivity;
	// One query for all links, in chunks that stay under SQLite's bound-parameter limit.
	for (let i = 0; i < activityIds.length; i += 500) {
		const links = await db
			.selectFrom('activity_venues')
			.innerJoin('venues', 'venues.id', 'activity_venues.venue_id')
			.selectAll('venues')
			.select(['activity_venues.activity_id', 'activity_venues.position'])
			.where('activity_venues.activity_id', 'in', activityIds.slice(i, i + 500))
			.orderBy('activity_venues.activity_id')
			.orderBy('activity_venues.position')
			.execute();
		for (const { activity_id, position: _position, ...venue } of links) {
			const list = byActivity.get(activity_id) ?? [];
			list.push(rowToVenue(venue));
			byActivity.set(activity_id, list);
		}
	}
	return byActivity;
}

export async function getActivity(
	database: Database,
	id: string
): Promise<{ activity: Activity; listing: Listing } | undefined> {
	const row = await database.db
		.selectFrom('activities')
		.select('listing')
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) return undefined;
	const [activity] = await listActivities(database, { listing: row.listing, ids: [id] });
	return { activity, listing: row.listing };
}

export async function getOrganisation({ db }: Database, id: string) {
	const row = await db
		.selectFrom('organisations')
		.selectAll()
		.where('id', '=', id)
		.executeTakeFirst();
	return row ? rowToOrganisation(row) : undefined;
}

/** Organisations that have at least one activity with the given listing. */
export async function listOrganisations({ db }: Database, listing: Listing = 'published') {
	const rows = await db
		.selectFrom('organisations')
		.selectAll()
		.where(({ exists, selectFrom }) =>
			exists(
				selectFrom('activities')
					.select('activities.id')
					.whereRef('activities.organisation_id', '=', 'organisations.id')
					.where('activities.listing', '=', listing)
			)
		)
		.orderBy('name')
		.execute();
	return rows.map(rowToOrganisation);
}

/**
 * After a full import of a feed: unpublish the source's published activities that the feed
 * no longer lists. They are kept, not deleted, so a link worker can see what went.
 */
export async function unpublishMissing(
	{ db }: Database,
	source: string,
	presentSourceIds: string[],
	now = new Date()
): Promise<number> {
	const present = new Set(presentSourceIds);
	const published = await db
		.selectFrom('activities')
		.select(['id', 'source_id'])
		.where('source', '=', source)
		.where('listing', '=', 'published')
		.execute();
	const gone = published.filter((r) => !present.has(r.source_id)).map((r) => r.id);
	if (gone.length === 0) return 0;
	await db.transaction().execute(async (trx) => {
		await trx
			.updateTable('activities')
			.set({ listing: 'unpublished', updated_at: now.toISOString() })
			.where('id', 'in', gone)
			.execute();
		await bumpRevision(trx);
	});
	return gone.length;
}

export async function countActivities({ db }: Database, listing?: Listing): Promise<number> {
	let query = db.selectFrom('activities').select(db.fn.countAll<string | number>().as('n'));
	if (listing) query = query.where('listing', '=', listing);
	const { n } = await query.executeTakeFirstOrThrow();
	return Number(n);
}
