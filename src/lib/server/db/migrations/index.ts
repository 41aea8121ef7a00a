import type { Migration, MigrationProvider } from 'kysely';
import * as directory from './001-directory';
import * as accounts from './002-accounts';
import * as requests from './003-requests';
import * as audience from './004-audience';
import * as auditLogNoReplace from './005-audit-log-no-replace';

/**
 * Migrations are listed here rather than read from a folder, so they are bundled into the
 * built server and the CLIs alike. Names sort in the order they run.
 */
const MIGRATIONS: Record<string, Migration> = {
	'001-directory': directory,
	'002-accounts': accounts,
	'003-requests': requests,
	'004-audience': audience,
	'005-audit-log-no-replace': auditLogNoReplace
};

export const migrationProvider: MigrationProvider = {
	getMigrations: async () => MIGRATIONS
};
