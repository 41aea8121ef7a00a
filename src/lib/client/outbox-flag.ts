/**
 * Whether any request is waiting to be sent, as a flag in localStorage (no personal data), so
 * the start page can tell without loading the database code.
 */
const WAITING_FLAG = 'waymark:outbox-waiting';

export function setWaitingFlag(isWaiting: boolean): void {
	if (isWaiting) localStorage.setItem(WAITING_FLAG, '1');
	else localStorage.removeItem(WAITING_FLAG);
}

export function hasWaitingFlag(): boolean {
	return localStorage.getItem(WAITING_FLAG) === '1';
}
