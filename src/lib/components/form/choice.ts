/** One option of a radios or checkboxes question. */
export interface Choice<V> {
	value: V;
	label: string;
	hint?: string;
}
