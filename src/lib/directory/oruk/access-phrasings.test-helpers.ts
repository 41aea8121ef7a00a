/**
 * Venues' own words that say a feature is missing, and what they say: read alone by
 * access-from-text.spec.ts and inside whole feeds by read-access.spec.ts.
 */
export const MISSING_PHRASINGS: ReadonlyArray<[string, Record<string, boolean>]> = [
	['Steps at the back.', { 'step-free': false }],
	['There are steps at the back entrance.', { 'step-free': false }],
	['The hall is up two steps.', { 'step-free': false }],
	['Up 3 steps from the pavement.', { 'step-free': false }],
	['The church hall is up six steps.', { 'step-free': false }],
	['No ramp.', { 'step-free': false }],
	['There is no ramp at the entrance.', { 'step-free': false }],
	['Stairs only.', { 'step-free': false }],
	['Access is by stairs only.', { 'step-free': false }],
	['The lift is out of order.', { 'step-free': false }],
	['The lift is currently out of service.', { 'step-free': false }],
	['No hearing loop.', { 'hearing-loop': false }],
	['No ramp, no lift and no hearing loop.', { 'step-free': false, 'hearing-loop': false }],
	['No ramp, lift or hearing loop.', { 'step-free': false, 'hearing-loop': false }],
	[
		'No ramp, lift, accessible toilet or hearing loop.',
		{ 'step-free': false, 'accessible-toilet': false, 'hearing-loop': false }
	],
	[
		'The church hall is up six steps with no ramp, and there is no hearing loop',
		{ 'step-free': false, 'hearing-loop': false }
	],
	['Neither a ramp nor a lift.', { 'step-free': false }],
	['Two small steps into the building and no handrail.', { 'step-free': false }],
	['Not suitable for wheelchair users.', { 'step-free': false }],
	['The toilets are not wheelchair accessible.', { 'accessible-toilet': false }],
	['Street parking only.', { parking: false }]
];
