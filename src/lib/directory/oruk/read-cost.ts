/**
 * What it costs, from ORUK `cost_options[]` (amount, amount_description, option) or, in older
 * and thinner feeds, the free-text `fees` ("£3 per session", "Free", "Donations welcome").
 * Unknown stays unknown: a service that says nothing about cost is never called free.
 */
import type { Cost, CostPeriod } from '../model';
import { costSentence, formatPounds } from './cost-sentence';
import { htmlToText, truncate } from './plain-text';
import { num, str, type Json } from './types';

const MAX_NOTE = 300;
export const CONCESSIONS_OPTION = 'Concessions';

const PERIODS: ReadonlyArray<readonly [RegExp, CostPeriod]> = [
	[/\b(course|term|block|programme|series)\b/i, 'course'],
	[/\b(week|weekly|wk)\b/i, 'week'],
	[/\b(month|monthly)\b/i, 'month']
];

/** "per week" says it outright; otherwise "8-week course" is a course, not a week. */
export function readPeriod(text: string): CostPeriod {
	const explicit = /\b(?:per|a|an|each|every)\s+(\w+)/i.exec(text)?.[1] ?? '';
	for (const [pattern, period] of PERIODS) if (pattern.test(explicit)) return period;
	for (const [pattern, period] of PERIODS) if (pattern.test(text)) return period;
	return 'session';
}

const PRICE = /£\s?(\d+(?:\.\d{1,2})?)|(\d+(?:\.\d{1,2})?)\s?(?:pounds|gbp)\b|\b(\d{1,3})p\b/i;
const FREE = /\b(free|no charge|no cost|nothing to pay|£\s?0(?:\.00)?)\b/i;
const DONATION = /\b(donations?|pay what you (?:can|feel)|voluntary contribution)\b/i;

function priceIn(text: string): number | undefined {
	const match = PRICE.exec(text);
	if (!match) return undefined;
	return match[3] ? +match[3] / 100 : +(match[1] ?? match[2]);
}

/** Cost from free text; the words themselves are kept as the note unless they say no more. */
export function costFromText(input: string): Cost {
	const text = htmlToText(input);
	const bare =
		/^\s*(free|donations? welcome|£\s?\d+(\.\d\d)?( (per|a|an) (session|class|week|month|course))?)\.?\s*$/i;
	const note = bare.test(text) ? {} : { note: truncate(text, MAX_NOTE) };
	const amount = priceIn(text);
	if (amount !== undefined && amount > 0) {
		return { kind: 'paid', amount, per: readPeriod(text.slice(text.search(PRICE))), ...note };
	}
	if (DONATION.test(text)) return { kind: 'donation', ...note };
	if (FREE.test(text)) return { kind: 'free', ...note };
	return { kind: 'unknown', ...(text ? note : {}) };
}

function optionWords(option: Json): string {
	return [str(option.option), str(option.amount_description)].filter(Boolean).join(' ');
}

function describeOption(option: Json): string {
	const amount = num(option.amount);
	const price = amount === undefined ? undefined : amount === 0 ? 'free' : formatPounds(amount);
	const words = [price, str(option.amount_description)].filter(Boolean).join(' ');
	return [str(option.option), words].filter(Boolean).join(': ');
}

/** Cost from structured options; undefined when they say nothing usable. */
export function costFromOptions(options: Json[]): Cost | undefined {
	const paid = options.filter((o) => (num(o.amount) ?? 0) > 0);
	if (paid.length > 0) {
		const [main] = paid;
		// Other options are other prices (under 18s, members); Waymark's export names its one.
		const concessionWords = options
			.filter((o) => o !== main)
			.map((o) =>
				str(o.option) === CONCESSIONS_OPTION && num(o.amount) === undefined
					? (str(o.amount_description) ?? '')
					: describeOption(o)
			)
			.filter(Boolean);
		return {
			kind: 'paid',
			amount: num(main.amount) as number,
			per: readPeriod(optionWords(main)),
			...(concessionWords.length > 0
				? { concessions: truncate(concessionWords.join('; '), MAX_NOTE) }
				: {})
		};
	}
	if (options.some((o) => num(o.amount) === 0 || FREE.test(optionWords(o))))
		return { kind: 'free' };
	if (options.some((o) => DONATION.test(optionWords(o)))) return { kind: 'donation' };
	return undefined;
}

/**
 * Structured options win; `fees_description` (HSDS 3.0) is their note, and `fees` (the UK
 * profile's text) is their note only when it adds to what the options already say.
 */
export function readCost(service: Json, isOwnExport = false): Cost {
	const options = Array.isArray(service.cost_options)
		? service.cost_options.filter((o): o is Json => typeof o === 'object' && o !== null)
		: [];
	const fees = typeof service.fees === 'string' ? htmlToText(service.fees) : '';
	const feesDescription =
		typeof service.fees_description === 'string' ? htmlToText(service.fees_description) : '';
	const structured = costFromOptions(options);
	if (structured) {
		const note = feesDescription || (fees && fees !== costSentence(structured) ? fees : '');
		return note ? { ...structured, note: truncate(note, MAX_NOTE) } : structured;
	}
	// Waymark's export gives every known cost as options; its words then are only a note.
	if (isOwnExport)
		return { kind: 'unknown', ...(feesDescription ? { note: feesDescription } : {}) };
	return costFromText(feesDescription || fees);
}
