// npm run admin -- <command>: account tasks for whoever runs the server.
//   create-user --email E --role admin|link-worker|vcse-editor [--name N] [--pcn ID]... [--organisation ID]...
//       invites a person and prints their single-use link (also sent by mail, or to the outbox)
//   reset-two-factor --email E
//       turns off two-step sign-in for someone who has lost their phone and recovery codes
// Uses the same database as the server (DATABASE_PATH / DATABASE_URL) and ORIGIN for links.
import { parseArgs } from 'node:util';
import { getDatabase, type Database } from '../src/lib/server/db';
import { getOrganisation } from '../src/lib/server/db/activities';
import { loadAreaConfig } from '../src/lib/server/area';
import { inviteUser } from '../src/lib/server/auth/invitations';
import { turnOffTotp } from '../src/lib/server/auth/two-factor';
import { STAFF_ROLES, getStaffUser, getUserRowByEmail } from '../src/lib/server/auth/users';
import type { StaffRole } from '../src/lib/server/db/schema';

class UsageError extends Error {}

const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: {
		email: { type: 'string' },
		name: { type: 'string' },
		role: { type: 'string' },
		pcn: { type: 'string', multiple: true, default: [] },
		organisation: { type: 'string', multiple: true, default: [] }
	}
});

function requireEmail(): string {
	if (!values.email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email.trim())) {
		throw new UsageError('Give an email address with --email');
	}
	return values.email.trim();
}

async function scopesFor(database: Database, role: StaffRole): Promise<string[]> {
	if (role === 'link-worker') {
		const known = new Set(loadAreaConfig().pcns.map((p) => p.id));
		const unknown = values.pcn.filter((id) => !known.has(id));
		if (values.pcn.length === 0) throw new UsageError('Give a link worker at least one --pcn');
		if (unknown.length > 0) throw new UsageError(`Unknown PCN: ${unknown.join(', ')}`);
		return values.pcn;
	}
	if (role === 'vcse-editor') {
		if (values.organisation.length !== 1) {
			throw new UsageError('Give a VCSE editor one --organisation');
		}
		const [id] = values.organisation;
		const unknown = (await getOrganisation(database, id)) ? [] : [id];
		if (unknown.length > 0) throw new UsageError(`Unknown organisation: ${unknown.join(', ')}`);
		return values.organisation;
	}
	return [];
}

async function createUserCommand(database: Database): Promise<void> {
	const email = requireEmail();
	const role = values.role as StaffRole;
	if (!STAFF_ROLES.includes(role)) throw new UsageError(`--role must be ${STAFF_ROLES.join(', ')}`);
	const scopes = await scopesFor(database, role);
	const origin = process.env.ORIGIN || `http://localhost:${process.env.PORT || '3000'}`;
	const result = await inviteUser(
		database.db,
		{ email, name: values.name?.trim() || email.split('@')[0], role, scopes },
		{ origin }
	);
	if (result.kind === 'exists') throw new UsageError('There is already an account for that email');
	console.log(`Created the account. It works once a password is set with this link (72 hours):`);
	console.log(result.link);
}

async function resetTwoFactorCommand(database: Database): Promise<void> {
	const row = await getUserRowByEmail(database.db, requireEmail());
	const user = row ? await getStaffUser(database.db, row.id) : null;
	if (!user) throw new UsageError('There is no account for that email');
	await turnOffTotp(database.db, user, null);
	console.log('Two-step sign-in is off. The person must set it up again when they sign in.');
}

const COMMANDS: Record<string, (database: Database) => Promise<void>> = {
	'create-user': createUserCommand,
	'reset-two-factor': resetTwoFactorCommand
};

const command = COMMANDS[positionals[0] ?? ''];
if (!command) {
	console.error(
		`Usage: npm run admin -- ${Object.keys(COMMANDS).join('|')} --email … (see scripts/admin.ts)`
	);
	process.exit(2);
}
const database = await getDatabase();
try {
	await command(database);
} catch (error) {
	console.error(error instanceof UsageError ? error.message : `Failed: ${(error as Error).name}`);
	process.exitCode = error instanceof UsageError ? 2 : 1;
} finally {
	await database.close();
}
