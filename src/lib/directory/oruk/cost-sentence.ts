/** Cost in plain English, as published in ORUK's free-text `fees` and read back from it. */
import type { Cost, CostPeriod } from '../model';

const PER: Readonly<Record<CostPeriod, string>> = {
	session: 'per session',
	week: 'per week',
	month: 'per month',
	course: 'per course'
};

export function formatPounds(amount: number): string {
	return `£${amount.toFixed(2).replace(/\.00$/, '')}`;
}

export function periodWords(per: CostPeriod): string {
	return PER[per];
}

/** "£3 per session. Concessions: £1.50 for over 60s" — without the note, which is published apart. */
export function costSentence(cost: Cost): string {
	switch (cost.kind) {
		case 'free':
			return 'Free';
		case 'donation':
			return 'Donations welcome';
		case 'paid': {
			const price = `${formatPounds(cost.amount)} ${PER[cost.per]}`;
			return cost.concessions ? `${price}. Concessions: ${cost.concessions}` : price;
		}
		case 'unknown':
			return '';
	}
}
