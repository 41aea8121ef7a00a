// npm run --silent export
// Prints the published directory as a JSON array of ORUK v3 full services, each exactly as
// GET /openreferral/services/{id} gives it (DESIGN.md §3.5), from the configured database.
import { getDatabase } from '../src/lib/server/db';
import { publishedServices } from '../src/lib/server/openreferral/published-services';

if (process.argv.length > 2) {
	console.error('Usage: npm run --silent export > directory.json');
	process.exit(2);
}

let database;
try {
	database = await getDatabase();
} catch (error) {
	console.error(`Cannot open the database: ${(error as Error).message}`);
	process.exit(2);
}
try {
	const services = await publishedServices(database);
	// One write, so a consumer never reads half an array; the process ends once it is flushed.
	process.stdout.write(`${JSON.stringify(services, null, 2)}\n`);
} finally {
	await database.close();
}
