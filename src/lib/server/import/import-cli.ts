/** The import command's work, apart from argument parsing, so tests can drive it directly. */
import { FeedFormatError } from '../../directory/oruk/read-feed';
import type { Database } from '../db/index';
import { fetchFeed, SourceError, type FetchOptions } from './fetch-feed';
import { importFeed } from './import-feed';
import { postcodeLocator } from './locate-postcodes';

export interface ImportArgs {
	from: string;
	source?: string;
	full?: boolean;
	moderate?: boolean;
	dryRun?: boolean;
}

/** Exit code 0 with the JSON report, or 2 with a one-line message; nothing written on 2. */
export async function runImport(
	args: ImportArgs,
	openDatabase: () => Promise<Database>,
	fetchOptions: FetchOptions = {}
): Promise<{ code: 0 | 2; output: string }> {
	let feed;
	try {
		feed = await fetchFeed(args.from, fetchOptions);
	} catch (error) {
		if (error instanceof SourceError) return { code: 2, output: error.message };
		throw error;
	}
	const source = args.source?.trim() || feed.defaultSource;
	const locate = await postcodeLocator(feed.json, fetchOptions);
	const database = await openDatabase();
	try {
		const report = await importFeed(database, feed.json, {
			...args,
			source,
			skipped: feed.skipped,
			locate
		});
		return { code: 0, output: JSON.stringify(report, null, 2) };
	} catch (error) {
		if (error instanceof FeedFormatError)
			return { code: 2, output: `${args.from}: ${error.message}` };
		throw error;
	} finally {
		await database.close();
	}
}
