import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages';
import { staffActions, staffLoad } from '$lib/server/auth/access';
import { loadAreaConfig } from '$lib/server/area';
import { audit, clientAddress } from '$lib/server/audit';
import { getDatabase } from '$lib/server/db';
import type { StaffUser } from '$lib/server/auth/users';
import {
	addNote,
	assignTo,
	closeRequest,
	moveTo,
	recordAttempt,
	type Actor
} from '$lib/server/requests/changes';
import { timeWaiting } from '$lib/server/requests/inbox';
import { topMatches } from '$lib/server/requests/matches';
import { pcnName, practiceName } from '$lib/server/requests/routing';
import { invalid } from '$lib/components/form/forms';
import { loadRequest } from './load-request';
import { readAttempt, readClose, readNote } from './read-forms';
import type { PageServerLoad, RequestEvent } from './$types';

/** Every view of a request's personal details is audited. */
export const load: PageServerLoad = staffLoad('link-worker', async (event: RequestEvent, user) => {
	const request = await loadRequest(event, user, 'read');
	await audit(event, 'request.read', { type: 'request', id: request.id });
	const area = loadAreaConfig();
	const database = await getDatabase();
	return {
		request,
		isMine: request.assignedTo?.id === user.id,
		pcnName: pcnName(area, request.pcnId),
		practiceName: practiceName(area, request.practice),
		waiting: request.status === 'closed' ? null : timeWaiting(request.receivedAt, new Date()),
		matches: request.profile ? await topMatches(database, request.profile) : [],
		done: event.url.searchParams.get('done')
	};
});

const actorOf = (event: RequestEvent, user: StaffUser): Actor => ({
	id: user.id,
	role: user.role,
	address: clientAddress(event)
});

async function target(event: RequestEvent, user: StaffUser, attempt: string) {
	const request = await loadRequest(event, user, attempt);
	return { database: await getDatabase(), request, actor: actorOf(event, user) };
}

function done(event: RequestEvent, what: string): never {
	redirect(303, `/team/requests/${event.params.reference}?done=${what}`);
}

const cannotMove = () => invalid(409, { status: m.inbox_errors_move() });

export const actions = staffActions('link-worker', {
	assignToMe: async (event: RequestEvent, user) => {
		const { database, request, actor } = await target(event, user, 'assignToMe');
		await assignTo(database, request, actor);
		done(event, 'assign');
	},
	markContacted: async (event: RequestEvent, user) => {
		const { database, request, actor } = await target(event, user, 'markContacted');
		if (!(await moveTo(database, request, actor, 'contacted'))) return cannotMove();
		done(event, 'status');
	},
	markInProgress: async (event: RequestEvent, user) => {
		const { database, request, actor } = await target(event, user, 'markInProgress');
		if (!(await moveTo(database, request, actor, 'in-progress'))) return cannotMove();
		done(event, 'status');
	},
	reopenRequest: async (event: RequestEvent, user) => {
		const { database, request, actor } = await target(event, user, 'reopenRequest');
		if (!(await moveTo(database, request, actor, 'in-progress'))) return cannotMove();
		done(event, 'status');
	},
	addNote: async (event: RequestEvent, user) => {
		const { database, request, actor } = await target(event, user, 'addNote');
		const note = readNote(await event.request.formData());
		if (!note.ok) return invalid(400, note.errors, note.values);
		await addNote(database, request, actor, note.value);
		done(event, 'note');
	},
	recordAttempt: async (event: RequestEvent, user) => {
		const { database, request, actor } = await target(event, user, 'recordAttempt');
		const attempt = readAttempt(await event.request.formData());
		if (!attempt.ok) return invalid(400, attempt.errors, attempt.values);
		await recordAttempt(database, request, actor, attempt.value);
		done(event, 'attempt');
	},
	closeRequest: async (event: RequestEvent, user) => {
		const { database, request, actor } = await target(event, user, 'closeRequest');
		const close = readClose(await event.request.formData());
		if (!close.ok) return invalid(400, close.errors, close.values);
		const { outcome, note } = close.value;
		if (!(await closeRequest(database, request, actor, outcome, note))) return cannotMove();
		done(event, 'close');
	}
});
