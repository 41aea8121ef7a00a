import { error } from '@sveltejs/kit';
import { audit, listAudit, type AuditFilter } from '$lib/server/audit';
import { staffLoad } from '$lib/server/auth/access';
import { listStaffUsers } from '$lib/server/auth/users';
import { getDatabase } from '$lib/server/db';
import * as m from '$lib/paraglide/messages';
import { textProblem } from '$lib/text/safe-text';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The audit log for admins, filtered by the query string (a GET form, so links share filters). */
export const load: PageServerLoad = staffLoad('admin', async (event) => {
	const query = event.url.searchParams;
	// The filters are looked up in the database, which cannot even be asked about a NUL.
	for (const value of query.values()) {
		if (textProblem(value)) error(400, m.audit_log_hidden_characters());
	}
	const values = {
		actor: query.get('actor') ?? '',
		action: query.get('action')?.trim() ?? '',
		record: query.get('record')?.trim() ?? '',
		from: DATE.test(query.get('from') ?? '') ? (query.get('from') as string) : '',
		to: DATE.test(query.get('to') ?? '') ? (query.get('to') as string) : ''
	};
	const filter: AuditFilter = {
		actorId: values.actor || undefined,
		action: values.action || undefined,
		recordId: values.record || undefined,
		from: values.from ? `${values.from}T00:00:00.000Z` : undefined,
		// "To" includes the whole of that day.
		to: values.to ? new Date(Date.parse(values.to) + 86_400_000).toISOString() : undefined
	};
	const { db } = await getDatabase();
	const rows = await listAudit(db, filter, {
		limit: PAGE_SIZE + 1,
		before: query.get('before') ?? undefined
	});
	const people = await listStaffUsers(db);
	const names = new Map(people.map((p) => [p.id, p.name]));
	await audit(event, 'audit-log.read');
	const entries = rows.slice(0, PAGE_SIZE).map((r) => ({
		id: r.id,
		at: r.at,
		who: r.actor_id ? (names.get(r.actor_id) ?? r.actor_id) : null,
		role: r.actor_role,
		action: r.action,
		record: r.record_type ? `${r.record_type} ${r.record_id ?? ''}`.trim() : '',
		recordName: r.record_type === 'user' && r.record_id ? (names.get(r.record_id) ?? null) : null,
		network: r.network,
		detail: r.detail
	}));
	return {
		values,
		people: people.map((p) => ({ id: p.id, name: p.name })),
		entries,
		// The next page: the same filters, entries before the last one shown.
		older: rows.length > PAGE_SIZE ? { ...values, before: entries.at(-1)?.id ?? '' } : null
	};
});
