/** What the ORUK API says when it cannot answer, in plain English. */
export const messages = {
	notFound: (what: string) => `There is no published ${what} with that id`,
	noSuchPath: 'There is nothing at this address. Start from /openreferral/',
	methodNotAllowed: 'This API is read-only: use GET',
	wholeNumber: (name: string, min: number) => `${name} must be a whole number, ${min} or more`,
	age: (name: string) => `${name} must be an age in years, like 18`,
	day: 'day must be a day of the week, like MO, monday or Mon',
	time: (name: string) => `${name} must be a time of day, like 09:30`,
	proximity: 'proximity must be a distance in metres, like 1500',
	proximityNeedsPostcode: 'proximity needs a postcode to measure from',
	postcodeNotFound: "We couldn't find that postcode",
	geocoderUnavailable:
		'Postcode search is unavailable just now. Try again later, or search without a postcode',
	internal: 'Something went wrong on our side. Try again later'
} as const;
