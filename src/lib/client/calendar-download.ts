/**
 * "Add to calendar": the session's .ics file made on the phone and handed to the browser as a
 * download, so it works offline. The iCalendar writer is loaded only now, never with the page.
 */
import type { SessionCalendarInput } from '$lib/calendar/session-calendar';

/** Long enough for a slow phone to read the file; Safari reads it after `click()` returns. */
const KEEP_FILE_MS = 60_000;

export async function downloadSessionCalendar(input: SessionCalendarInput): Promise<void> {
	const { sessionCalendar } = await import('$lib/calendar/session-calendar');
	const { ics, fileName } = sessionCalendar(input);
	const href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
	const link = Object.assign(document.createElement('a'), { href, download: fileName });
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(href), KEEP_FILE_MS);
}
