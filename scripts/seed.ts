// npm run seed: loads the demo directory into the database named by DATABASE_PATH or
// DATABASE_URL (an upsert: running it again changes nothing). Prints a JSON report.
import { getDatabase } from '../src/lib/server/db';
import { seedDemoDirectory } from '../src/lib/server/seed/seed';

try {
	const database = await getDatabase();
	const report = await seedDemoDirectory(database);
	await database.close();
	console.log(JSON.stringify(report));
} catch (error) {
	console.error(`Could not seed the demo directory: ${(error as Error).message}`);
	process.exit(1);
}
