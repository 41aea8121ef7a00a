// npm run test:pg: the data-layer tests again, on PostgreSQL. Uses DATABASE_URL, or the
// local server CI provides; when no server answers, says so in one line and skips.
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const shown = url.replace(/\/\/[^@/]*@/, '//');

const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
try {
	await client.connect();
	await client.query('select 1');
} catch (error) {
	console.log(`PostgreSQL run skipped: no server reachable at ${shown} (${error.message}).`);
	process.exit(0);
} finally {
	await client.end().catch(() => {});
}

console.log(`PostgreSQL run: data-layer tests on ${shown}`);
const result = spawnSync('npx', ['vitest', '--run', 'src/lib/server'], {
	stdio: 'inherit',
	env: { ...process.env, DATABASE_URL: url }
});
process.exit(result.status ?? 1);
