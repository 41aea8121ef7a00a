export const FAKE_POSTCODES: Readonly<Record<string, { lat: number; lng: number }>>;
export interface RunningFakeGeocoder {
	url: string;
	requests: string[];
	close(): Promise<void>;
}
export function startFakeGeocoder(port?: number): Promise<RunningFakeGeocoder>;
