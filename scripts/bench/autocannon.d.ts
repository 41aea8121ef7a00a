// The part of autocannon's API the load benchmark uses (the package ships no types).
declare module 'autocannon' {
	namespace autocannon {
		interface Request {
			method?: string;
			path?: string;
			headers?: Record<string, string>;
			body?: string;
		}
		interface Options {
			url: string;
			connections?: number;
			amount?: number;
			duration?: number;
			timeout?: number;
			method?: string;
			headers?: Record<string, string>;
			body?: string;
			requests?: { setupRequest?: (request: Request) => Request }[];
		}
		interface Result {
			requests: { average: number; total: number };
			latency: { p99: number };
			errors: number;
			timeouts: number;
			non2xx: number;
			start: Date;
			finish: Date;
		}
	}
	function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
	export default autocannon;
}
