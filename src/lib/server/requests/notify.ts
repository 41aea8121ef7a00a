/**
 * Tells a PCN's link workers that new requests are waiting. Requests are marked once told, so
 * a restart or a burst of requests sends one mail per link worker, not one per request.
 */
import { loadAreaConfig, type AreaConfig } from '$lib/server/area';
import type { Database } from '$lib/server/db';
import { sendMail } from '$lib/server/mail';
import { newRequestsMail } from './mail';
import { pcnName } from './routing';

/** Gathers a burst of requests into one mail. */
export const NOTIFY_DELAY_MS = 2_000;

export interface NotifyOptions {
	now?: Date;
	area?: AreaConfig;
	origin?: string;
}

/** Sends the mail for every request not yet told about; returns how many requests it covered. */
export async function notifyNewRequests(
	database: Database,
	options: NotifyOptions = {}
): Promise<number> {
	const { db } = database;
	const area = options.area ?? loadAreaConfig();
	const origin = options.origin ?? process.env.ORIGIN ?? 'http://localhost:3000';
	const waiting = await db
		.selectFrom('requests')
		.select(['id', 'pcn_id'])
		.where('notified_at', 'is', null)
		.execute();
	// Map.groupBy needs Node 21.
	const byPcn = new Map<string, typeof waiting>();
	for (const request of waiting)
		byPcn.set(request.pcn_id, [...(byPcn.get(request.pcn_id) ?? []), request]);
	for (const [pcnId, requests] of byPcn) {
		const workers = await db
			.selectFrom('users')
			.innerJoin('user_scopes', 'user_scopes.user_id', 'users.id')
			.select('users.email')
			.where('users.role', '=', 'link-worker')
			.where('users.status', '=', 'active')
			.where('user_scopes.kind', '=', 'pcn')
			.where('user_scopes.scope_id', '=', pcnId)
			.execute();
		for (const { email } of workers) {
			await sendMail(db, newRequestsMail(email, requests.length, pcnName(area, pcnId), origin));
		}
		const ids = requests.map((r) => r.id);
		for (let i = 0; i < ids.length; i += 500) {
			await db
				.updateTable('requests')
				.set({ notified_at: (options.now ?? new Date()).toISOString() })
				.where('id', 'in', ids.slice(i, i + 500))
				.execute();
		}
	}
	return waiting.length;
}

let timer: ReturnType<typeof setTimeout> | undefined;

/** Called after each new request: one run a moment later covers the whole burst. */
export function notifySoon(database: Database): void {
	if (timer) return;
	timer = setTimeout(() => {
		timer = undefined;
		notifyNewRequests(database).catch(() => console.error('Could not send new-request mail'));
	}, NOTIFY_DELAY_MS);
	timer.unref();
}
