/** The questionnaire: one question a page. */
export const questions = {
	questions: {
		progress: 'Question {n} of {total}',
		continue: 'Continue',
		skip: 'Skip this question',
		back: 'Back',
		seeResults: 'See my activities',
		feeling: {
			title: 'How have you been feeling lately?',
			hint: 'This helps us suggest the right kind of support.',
			options: {
				good: 'Good',
				okay: 'OK',
				low: 'A bit low or lonely',
				struggling: 'Finding things hard',
				crisis: 'I feel unsafe or in crisis'
			},
			crisisHint: 'We will show you who to contact for help straight away.',
			error: 'Choose how you have been feeling, or skip this question'
		},
		interests: {
			title: 'What would you like to do or get help with?',
			hint: 'Choose as many as you like. Choose the most important first.',
			enjoy: 'Things to enjoy',
			help: 'Help with',
			orderTitle: 'Most important first',
			orderHint: 'Use "Move up" to change the order.',
			moveUp: 'Move up',
			moveUpLabel: 'Move {name} up',
			moved: '{name} is now number {n}'
		},
		categories: {
			'being-active': { label: 'Being active', hint: 'Walks, gentle exercise, sport' },
			'nature-gardening': { label: 'Nature and gardening', hint: 'Gardens, parks, outdoors' },
			'arts-crafts': { label: 'Arts and crafts', hint: 'Painting, knitting, making' },
			'music-singing': { label: 'Music and singing', hint: 'Choirs, music groups' },
			'meeting-people': { label: 'Meeting people', hint: 'Coffee mornings, lunch clubs' },
			'learning-skills': { label: 'Learning something new', hint: 'Computers, cooking, English' },
			volunteering: { label: 'Volunteering', hint: 'Helping others' },
			'money-advice': { label: 'Money', hint: 'Benefits, debt, bills' },
			housing: { label: 'Housing', hint: 'Your home, repairs, rent' },
			food: { label: 'Food', hint: 'Food banks, community meals' },
			work: { label: 'Work', hint: 'Finding a job, skills for work' },
			'mental-wellbeing': { label: 'Feeling better in myself', hint: 'Stress, worry, low mood' },
			'health-conditions': { label: 'A health condition', hint: 'Living with a long-term illness' },
			'healthy-eating': { label: 'Healthy eating', hint: 'Eating well, weight' },
			'memory-dementia': { label: 'Memory', hint: 'Memory problems and dementia' },
			carers: { label: 'Caring for someone', hint: 'Support for carers' },
			bereavement: { label: 'Losing someone', hint: 'Bereavement support' },
			families: { label: 'Family life', hint: 'Parents, children, families' }
		},
		words: {
			title: 'Is there anything in particular you would like?',
			hint: 'Use your own words, for example "knitting", "walking with others" or "help with a bill". Spelling does not matter.',
			label: 'Anything in particular (optional)',
			tooLong: 'Use 500 characters or fewer'
		},
		where: {
			title: 'Where will you travel from?',
			hint: 'We use this to find things near you. Your postcode is only used to find where it is. It is not kept by us.',
			postcode: 'Postcode',
			postcodeHint: 'For example, NE4 6SH',
			find: 'Find',
			looking: 'Looking up the postcode…',
			found: 'Found {postcode}.',
			notFoundHelp:
				'Check the postcode, choose your area from the list instead, or skip this question.',
			unavailableHelp: 'Choose your area from the list instead, or skip this question.',
			enterPostcode: 'Enter a postcode, or choose your area from the list',
			or: 'or',
			useLocation: 'Use my location',
			locating: 'Finding where you are…',
			located: 'Using your location.',
			locationFailed: 'We could not get your location. Enter a postcode or choose your area.',
			area: 'Choose your area',
			areaNone: 'Choose an area',
			current: 'We will use: {place}',
			yourLocation: 'your location',
			aPlace: 'a place from a shared link'
		},
		distance: {
			title: 'How far can you travel?',
			hint: '1 km is about a 15-minute walk.',
			hintMiles: '1 mile is about a 20-minute walk.',
			units: 'Show distances in',
			unitNames: { km: 'Kilometres', miles: 'Miles' },
			km: 'Up to {n} km',
			miles: 'Up to {n} miles',
			mileOne: 'Up to 1 mile',
			kmHints: {
				'1': 'A short walk',
				'2': 'A longer walk',
				'3': 'A short bus ride',
				'5': 'A bus ride',
				'10': 'Anywhere in the area'
			},
			onlineOnly: 'I would rather stay at home (online or by phone)',
			noPlace:
				'You did not give a place, so we cannot tell how far things are. You can skip this question.'
		},
		times: {
			title: 'When are you free?',
			hint: 'Choose all that apply.',
			options: {
				any: 'Any time',
				'weekday-daytimes': 'Weekday daytimes',
				'weekday-evenings': 'Weekday evenings',
				weekends: 'Weekends',
				custom: 'Let me choose days and times'
			},
			chosenTimes: 'the times you chose',
			optionHints: {
				'weekday-daytimes': 'Monday to Friday, before 5pm',
				'weekday-evenings': 'Monday to Friday, after 5pm',
				weekends: 'Saturday and Sunday'
			},
			custom: 'The days and times you are free',
			customHint: 'Tick each time you could go.',
			partShort: { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' },
			dayNames: {
				mon: 'Monday',
				tue: 'Tuesday',
				wed: 'Wednesday',
				thu: 'Thursday',
				fri: 'Friday',
				sat: 'Saturday',
				sun: 'Sunday'
			},
			partNames: {
				morning: 'Morning (before 12 noon)',
				afternoon: 'Afternoon (12 noon to 5pm)',
				evening: 'Evening (after 5pm)'
			}
		},
		cost: {
			title: 'How much can you pay?',
			options: { free: 'Only free things', low: 'Up to £5 a time', any: 'Cost does not matter' }
		},
		aboutYou: {
			title: 'A bit about you',
			hint: 'These are all optional. They help us leave out groups that are not for you. Your answers stay on this phone.',
			carer: 'Do you look after someone?',
			carerHint:
				'For example a partner, parent, child or friend who could not manage without your help. Not as a paid job.',
			youngChildren: 'Do you have a baby or a child under 5 who would come with you?',
			yes: 'Yes',
			no: 'No',
			singleSex: 'Some groups are for women only or men only. Which would you like to see?',
			singleSexOptions: {
				both: 'Show me both',
				women: 'Groups for women, but not groups for men only',
				men: 'Groups for men, but not groups for women only',
				none: 'Neither: only groups for everyone'
			},
			access: 'Do you need any of these to take part?',
			accessHint: 'We will only show places that have them, or say when we do not know.',
			accessNames: {
				'step-free': 'Step-free access (no stairs)',
				'accessible-toilet': 'Accessible toilet',
				'hearing-loop': 'Hearing loop',
				'quiet-space': 'A quiet space'
			},
			age: 'How old are you?',
			ageHint: 'Some groups are for certain ages. In years, for example 67.',
			ageError: 'Enter your age as a number from 16 to 120'
		}
	}
} as const;
