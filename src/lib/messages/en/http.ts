/** Answers to requests that cannot be read, whichever page they were sent to. */
export const http = {
	http: {
		formUnreadable: 'The form could not be read. Go back and send it again.',
		tooLarge: 'That is too large to send.',
		notUnderstood: 'Sorry, that request could not be understood.'
	}
} as const;
