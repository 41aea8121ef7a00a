/**
 * A fresh, migrated database for one test file. With DATABASE_URL set (the PostgreSQL run),
 * each call gets its own schema so test files can run in parallel; otherwise a SQLite file
 * in a temporary folder, in WAL mode like production.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from './index';

export async function openTestDatabase(): Promise<Database> {
	const url = process.env.DATABASE_URL;
	if (url) {
		const schema = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
		await withClient(url, (c) => c.query(`create schema ${schema}`));
		const database = await openDatabase({ url, schema });
		return {
			...database,
			close: async () => {
				await database.close();
				await withClient(url, (c) => c.query(`drop schema ${schema} cascade`));
			}
		};
	}
	const dir = mkdtempSync(join(tmpdir(), 'waymark-test-'));
	const database = await openDatabase({ path: join(dir, 'test.db') });
	return {
		...database,
		close: async () => {
			await database.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}
