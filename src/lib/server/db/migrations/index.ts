import type { Migration, MigrationProvider } from 'kysely';
import * as directory from './001-directory';

/**
 * Migrations are listed here rather than read from a folder, so they are bundled into the
 * built server and the CLIs alike. Names sort in the order they run.
 */
const MIGRATIONS: Record<string, Migration> = {
	'001-directory': directory
};

export const migrationProvider: MigrationProvider = {
	getMigrations: async () => MIGRATIONS
};
