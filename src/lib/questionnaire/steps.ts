/**
 * The questionnaire's steps, in order. Eight at most, one question each (the last gathers
 * two small optional ones: access and age). "How are you feeling" comes first so a person in
 * crisis is sent to urgent help straight away, not after seven more questions.
 */
export const STEPS = [
	'feeling',
	'interests',
	'words',
	'where',
	'distance',
	'times',
	'cost',
	'about-you'
] as const;
export type StepId = (typeof STEPS)[number];

export function isStep(value: string): value is StepId {
	return (STEPS as readonly string[]).includes(value);
}

export const stepNumber = (step: StepId) => STEPS.indexOf(step) + 1;

export function nextStep(step: StepId): StepId | null {
	return STEPS[STEPS.indexOf(step) + 1] ?? null;
}

export function previousStep(step: StepId): StepId | null {
	return STEPS[STEPS.indexOf(step) - 1] ?? null;
}

/** Where to carry on: the first step not yet seen, or null when all have been. */
export function resumeStep(seen: readonly string[]): StepId | null {
	return STEPS.find((step) => !seen.includes(step)) ?? null;
}

/** Distances offered, in km, with a plain sense of each. */
export const DISTANCE_CHOICES = [1, 2, 3, 5, 10] as const;
/** The same choices for people who think in miles. */
export const DISTANCE_CHOICES_MILES = [0.5, 1, 2, 3, 6] as const;
export const KM_PER_MILE = 1.609344;

/** A distance in miles as the km the ranking reads, to the metre. */
export const milesToKm = (miles: number) => Math.round(miles * KM_PER_MILE * 1000) / 1000;

/** Ages people can type. */
export const AGE_RANGE = { min: 16, max: 120 } as const;
