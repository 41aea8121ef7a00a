import { redirect } from '@sveltejs/kit';
import QRCode from 'qrcode';
import { clientAddress } from '$lib/server/audit';
import { staffActions, staffLoad } from '$lib/server/auth/access';
import { countUnusedRecoveryCodes, replaceRecoveryCodes } from '$lib/server/auth/recovery-codes';
import { totpUri } from '$lib/server/auth/totp';
import {
	confirmTotpSetup,
	pendingTotpSecret,
	startTotpSetup,
	turnOffTotp
} from '$lib/server/auth/two-factor';
import { getDatabase } from '$lib/server/db';
import * as m from '$lib/paraglide/messages';
import { field, invalid } from '$lib/components/form/forms';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Admins without a second factor are sent here, so this page must let them in.
const OPTIONS = { allowWithoutSecondFactor: true };

export const load: PageServerLoad = staffLoad(
	'any',
	async (_event, user) => {
		const { db } = await getDatabase();
		const pending = user.hasTotp ? null : await pendingTotpSecret(db, user.id);
		return {
			hasTotp: user.hasTotp,
			isAdmin: user.role === 'admin',
			codesLeft: user.hasTotp ? await countUnusedRecoveryCodes(db, user.id) : 0,
			setup: pending
				? {
						key: pending.replace(/(.{4})/g, '$1 ').trim(),
						qr: await qrDataUrl(totpUri(pending, user.email))
					}
				: null
		};
	},
	OPTIONS
);

async function qrDataUrl(uri: string): Promise<string> {
	const svg = await QRCode.toString(uri, { type: 'svg', margin: 2 });
	return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

export const actions: Actions = staffActions(
	'any',
	{
		startSetup: async (_event: RequestEvent, user) => {
			if (user.hasTotp) redirect(303, '/team/account/two-factor');
			const { db } = await getDatabase();
			await startTotpSetup(db, user.id);
			redirect(303, '/team/account/two-factor');
		},
		confirmSetup: async (event: RequestEvent, user) => {
			const code = field(await event.request.formData(), 'code');
			const { db } = await getDatabase();
			const codes = await confirmTotpSetup(db, user, code, { address: clientAddress(event) });
			if (!codes) return invalid(400, { code: m.auth_wrong_code() });
			return { codes };
		},
		newRecoveryCodes: async (_event: RequestEvent, user) => {
			if (!user.hasTotp) redirect(303, '/team/account/two-factor');
			const { db } = await getDatabase();
			return { codes: await replaceRecoveryCodes(db, user.id) };
		},
		turnOff: async (event: RequestEvent, user) => {
			if (user.role === 'admin') {
				return invalid(403, { turnOff: m.two_factor_admin_cannot_turn_off() });
			}
			const { db } = await getDatabase();
			await turnOffTotp(db, user, user, { address: clientAddress(event) });
			redirect(303, '/team/account/two-factor');
		}
	},
	OPTIONS
);
