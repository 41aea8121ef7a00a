/** Which PCN's link workers take a request: the practice's PCN, else the deployment's default. */
import type { AreaConfig } from '$lib/server/area';

export function pcnForPractice(area: AreaConfig, practice: string | null): string {
	if (practice) {
		const pcn = area.pcns.find((p) => p.practices.some((x) => x.ods === practice));
		if (pcn) return pcn.id;
	}
	return area.defaultPcn;
}

export function pcnName(area: AreaConfig, id: string): string {
	return area.pcns.find((p) => p.id === id)?.name ?? id;
}

export function practiceName(area: AreaConfig, ods: string | null): string | null {
	if (!ods) return null;
	for (const pcn of area.pcns) {
		const practice = pcn.practices.find((p) => p.ods === ods);
		if (practice) return practice.name;
	}
	return null;
}
