/** The frame, the start and urgent-help pages, and what the patient pages share. */
export const patient = {
	app: {
		name: 'Waymark',
		tagline: 'Find local activities and support that fit you',
		skipLink: 'Skip to main content',
		errorTitle: 'There is a problem',
		helpNow: 'Need help now?',
		demoNotice: 'This is a demonstration. The groups and activities listed are made up.',
		footerPrivacy: 'Your answers stay on this phone unless you ask a link worker to contact you.',
		footerStaff:
			'Staff area. Every time someone opens or changes a person’s details, it is recorded.'
	},
	home: {
		title: 'Find activities and support near you',
		intro:
			'Answer a few short questions about what matters to you. We will suggest free or low-cost activities and support in {area}, and say why each one might suit you.',
		time: 'It takes about 2 minutes.',
		privacy: 'Your answers stay on this phone. We do not ask for your name.',
		start: 'Start now',
		saved: 'See activities you have saved'
	},
	helpNow: {
		title: 'Get help now',
		intro: 'If you feel unsafe, or you might hurt yourself or someone else, get help now.',
		emergency: 'Call 999 if your life, or someone else’s, is at risk now.',
		nhs111: 'Call 111 and choose option 2 for NHS urgent mental health help, any time.',
		samaritans: 'Call Samaritans free on 116 123, any time, to talk to someone.',
		shout: 'Text SHOUT to 85258 to talk by text, any time.',
		back: 'Go back to the start',
		gp: 'If it is not urgent, you can talk to your GP surgery.',
		changeAnswer: 'I chose the wrong answer: go back to the question',
		crisisTitle: 'You can talk to someone now',
		crisisIntro:
			'If you feel unsafe, or you might hurt yourself, you do not have to wait. Help is there any time:',
		crisisCarryOn: 'You can carry on here as well.'
	},
	journey: {
		noscript:
			'The questions and results need JavaScript turned on, because your answers are kept on this phone and never sent to us. If you cannot turn it on, ask at your GP surgery to speak to a social prescribing link worker.',
		loading: 'Loading…',
		directoryUnavailable:
			'We could not load the list of activities. Check you are connected to the internet and try again.',
		tryAgain: 'Try again',
		updated: 'List of activities updated {age}.',
		today: 'today',
		oneDayAgo: '1 day ago',
		daysAgo: '{n} days ago',
		yourAnswers: 'Your answers and privacy',
		error: 'Error:',
		important: 'Important:'
	},
	postcode: {
		notAPostcode: 'Enter a full postcode, like NE4 6SH',
		notFound: "We couldn't find that postcode",
		unavailable: 'We cannot look up postcodes right now'
	},
	privacy: {
		title: 'Your answers and privacy',
		intro: 'Your answers are kept on this phone only. We never send them to our computer.',
		postcode:
			'If you give a postcode, we look it up to find where it is. We do not keep it or write it down.',
		noAnswers: 'You have not answered any questions yet.',
		summaryTitle: 'Your answers',
		change: 'Change',
		notAnswered: 'Not answered',
		anyTime: 'Any time',
		delete: 'Delete my answers',
		deleteShortlist: 'Also delete my saved activities',
		deleted: 'Your answers have been deleted from this phone.',
		deletedBoth: 'Your answers and saved activities have been deleted from this phone.',
		startAgain: 'Start again',
		rows: {
			feeling: 'How you feel',
			interests: 'What you would like',
			words: 'In your own words',
			where: 'Where from',
			distance: 'How far',
			times: 'When you are free',
			cost: 'Cost',
			'about-you': 'About you'
		}
	},
	practice: {
		continue: 'Continue to Waymark'
	}
} as const;
