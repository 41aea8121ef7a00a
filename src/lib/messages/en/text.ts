/** Field messages for text Waymark refuses (`$lib/text/safe-text.ts`); `{field}` names the field. */
export const text = {
	textProblems: {
		broken: 'Some characters in {field} are damaged, often by copying and pasting: type them again',
		control: 'Remove the hidden control characters from {field}',
		'line-break': 'Put {field} on one line, without line breaks',
		direction: 'Remove the hidden characters that change the direction of text from {field}',
		invisible: 'Type {field} again: it is made only of invisible characters'
	}
} as const;
