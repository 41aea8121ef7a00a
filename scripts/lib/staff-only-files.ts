/**
 * The built files only staff pages use, so the service worker does not precache them: a
 * patient on pay-as-you-go data should not download the link-worker inbox. Reads Vite's
 * client manifest after Kit's client build; a file any other page needs is kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Chunk {
	file: string;
	css?: string[];
	imports?: string[];
	isEntry?: boolean;
	isDynamicEntry?: boolean;
}

const STAFF_ROUTE = /src\/routes\/team\//;

export function staffOnlyFiles(kitOutDir: string): Set<string> {
	const manifestPath = join(kitOutDir, 'output/client/.vite/manifest.json');
	if (!existsSync(manifestPath)) return new Set();
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, Chunk>;
	const isStaffEntry = (key: string) => {
		const source = join(process.cwd(), key);
		const text = key.includes('/nodes/') && existsSync(source) ? readFileSync(source, 'utf8') : key;
		return STAFF_ROUTE.test(text);
	};
	const entries = Object.keys(manifest).filter(
		(k) => manifest[k].isEntry || manifest[k].isDynamicEntry
	);
	const reach = (keys: string[]) => {
		const seen = new Set<string>();
		for (const stack = [...keys]; stack.length > 0;) {
			const key = stack.pop()!;
			if (seen.has(key)) continue;
			seen.add(key);
			stack.push(...(manifest[key].imports ?? []));
		}
		return seen;
	};
	const files = (keys: Set<string>) =>
		new Set([...keys].flatMap((k) => [manifest[k].file, ...(manifest[k].css ?? [])]));
	const staff = files(reach(entries.filter(isStaffEntry)));
	const others = files(reach(entries.filter((k) => !isStaffEntry(k))));
	return new Set([...staff].filter((file) => !others.has(file)));
}
