/**
 * Every piece of interface text, in plain English. Pages read from here rather than holding
 * their own words, so a translation is a new file of the same shape.
 */
export const en = {
	app: {
		name: 'Waymark',
		tagline: 'Find local activities and support that fit you',
		skipLink: 'Skip to main content',
		helpNow: 'Need help now?',
		demoNotice: 'This is a demonstration. The groups and activities listed are made up.',
		footerPrivacy: 'Your answers stay on this phone unless you ask a link worker to contact you.'
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
	team: {
		area: 'Waymark for staff',
		home: 'Staff home',
		users: 'Users',
		audit: 'Audit log',
		outbox: 'Mail outbox',
		account: 'Your account',
		signOut: 'Sign out',
		signedInAs: 'Signed in as {name}',
		roles: { admin: 'Admin', 'link-worker': 'Link worker', 'vcse-editor': 'VCSE editor' },
		statuses: { invited: 'Invited', active: 'Active', disabled: 'Disabled' },
		errorSummary: 'There is a problem',
		saved: 'Your changes have been saved.',
		forbidden: 'You do not have access to this page.',
		notFound: 'We could not find that page, or you do not have access to it.',
		serverError: 'Sorry, something went wrong. Try again later.',
		errorReference: 'If you contact support, quote this reference: {id}'
	},
	auth: {
		signInTitle: 'Sign in to Waymark',
		email: 'Email address',
		password: 'Password',
		signIn: 'Sign in',
		forgotPassword: 'Forgotten your password?',
		wrongDetails: 'The email address or password is not right. Check them and try again.',
		throttled:
			'There have been too many attempts to sign in. Wait {minutes} and try again, or reset your password.',
		enterEmail: 'Enter your email address',
		enterPassword: 'Enter your password',
		codeTitle: 'Enter the code from your authenticator app',
		codeHint: 'The 6-digit code from your app, or one of your recovery codes.',
		code: 'Code',
		enterCode: 'Enter the code from your app, or a recovery code',
		wrongCode: 'That code is not right, or has already been used. Try the newest code in your app.',
		codeThrottled: 'There have been too many wrong codes. Wait {minutes} and try again.',
		recoveryCodeUsed:
			'You used a recovery code. You have {count} left. Make new ones on your account page if you are running low.',
		continue: 'Continue',
		invitationTitle: 'Set your password',
		invitationIntro: 'Choose a password for {email}. You will use it to sign in to Waymark.',
		newPassword: 'New password',
		newPasswordHint:
			'At least 12 characters. A few unrelated words make a strong password that is easy to remember.',
		confirmPassword: 'Type the password again',
		passwordsDiffer: 'The passwords do not match',
		setPassword: 'Set password',
		passwordSet: 'Your password has been set. Sign in to continue.',
		linkInvalid: 'This link has expired or has already been used',
		linkInvalidHelp:
			'Links work once and for a limited time. Ask your Waymark administrator to send a new invitation, or reset your password.',
		passwordProblems: {
			tooShort: 'Your password must be at least 12 characters long',
			tooLong: 'Your password must be 256 characters or fewer',
			common: 'That password is too common. Choose something harder to guess',
			personal: 'Your password must not be your email address or the name of this service'
		},
		resetTitle: 'Reset your password',
		resetIntro:
			'Enter the email address you use for Waymark. We will email you a link to reset your password.',
		sendLink: 'Send reset link',
		resetSent:
			'If there is a Waymark account for that address, we have sent it a link. The link works for 1 hour.',
		resetThrottled: 'There have been too many requests. Wait {minutes} and try again.',
		resetDone:
			'Your password has been reset and you have been signed out everywhere. Sign in to continue.',
		resetPasswordTitle: 'Choose a new password',
		signedOut: 'You have been signed out.',
		minutes: '{n} minutes',
		oneMinute: '1 minute'
	},
	account: {
		title: 'Your account',
		details: 'Your details',
		role: 'Role',
		scope: 'You work with',
		changePassword: 'Change your password',
		currentPassword: 'Current password',
		wrongCurrent: 'Your current password is not right',
		passwordChanged:
			'Your password has been changed. You have been signed out on your other devices.',
		sessionsTitle: 'Where you are signed in',
		thisDevice: 'This device',
		signedInAt: 'Signed in {at}',
		lastActive: 'last active {at}',
		signOutSession: 'Sign out of this device',
		signOutEverywhere: 'Sign out everywhere',
		signOutEverywhereHint: 'Signs you out of Waymark on every device, including this one.',
		twoFactor: 'Two-step sign-in',
		twoFactorOn: 'On. You sign in with your password and a code from your authenticator app.',
		twoFactorOff: 'Off.',
		manageTwoFactor: 'Manage two-step sign-in'
	},
	twoFactor: {
		title: 'Two-step sign-in',
		intro:
			'Two-step sign-in protects your account: as well as your password, you enter a code from an authenticator app on your phone.',
		requiredForAdmins: 'Admins must set up two-step sign-in before they can continue.',
		start: 'Set up two-step sign-in',
		scan: 'Scan this QR code with your authenticator app, or type in the key below.',
		key: 'Key',
		confirm: 'Enter the 6-digit code the app shows to finish setting up.',
		confirmButton: 'Turn on two-step sign-in',
		on: 'Two-step sign-in is on.',
		codesTitle: 'Your recovery codes',
		codesIntro:
			'Keep these codes somewhere safe, away from your phone. Each one lets you sign in once if you lose your phone. They are shown only now.',
		codesLeft: 'You have {count} unused recovery codes.',
		newCodes: 'Make new recovery codes',
		turnOff: 'Turn off two-step sign-in',
		adminCannotTurnOff: 'Admins cannot turn off two-step sign-in.',
		turnedOff: 'Two-step sign-in is off.',
		done: 'Go to staff home'
	},
	users: {
		title: 'Users',
		invite: 'Invite someone',
		name: 'Name',
		email: 'Email address',
		role: 'Role',
		status: 'Status',
		scope: 'Works with',
		twoFactor: 'Two-step sign-in',
		yes: 'On',
		no: 'Off',
		inviteTitle: 'Invite someone to Waymark',
		inviteHint: 'We will email them a link to set a password. It works once, for 72 hours.',
		sendInvite: 'Send invitation',
		invited: 'Invitation sent to {email}.',
		pcns: 'PCNs (for link workers)',
		organisation: 'Organisation (for VCSE editors)',
		chooseOrganisation: 'Choose an organisation',
		errors: {
			name: 'Enter their name',
			email: 'Enter an email address, like name@example.org',
			role: 'Choose a role',
			pcns: 'Choose at least one PCN for a link worker',
			organisation: 'Choose the organisation for a VCSE editor',
			exists: 'There is already an account for this email address',
			lastAdmin: 'Waymark needs at least one active admin',
			self: 'You cannot do this to your own account'
		},
		save: 'Save changes',
		resend: 'Send a new invitation',
		resent: 'A new invitation has been sent. The old link no longer works.',
		disable: 'Disable account',
		disabled: 'The account is disabled and signed out everywhere.',
		enable: 'Enable account',
		enabled: 'The account is enabled.',
		resetTwoFactor: 'Reset two-step sign-in',
		twoFactorReset: 'Two-step sign-in is off for this account. They must set it up again.',
		signOutEverywhere: 'Sign them out everywhere',
		signedOut: 'They have been signed out everywhere.',
		actions: 'Actions',
		back: 'Back to users'
	},
	auditLog: {
		title: 'Audit log',
		intro: 'Every sign-in and every read or change of personal data. Entries cannot be changed.',
		when: 'When',
		who: 'Who',
		action: 'Action',
		record: 'Record',
		from: 'From',
		anyone: 'Anyone',
		filter: 'Filter',
		fromDate: 'From (date)',
		toDate: 'To (date)',
		recordId: 'Record id',
		actionHint: 'For example user.invite, or session. for every sign-in event',
		none: 'No entries match.',
		older: 'Older entries',
		unknownPerson: 'No one signed in'
	},
	outbox: {
		title: 'Mail outbox',
		notice:
			'No mail server is set (SMTP_URL), so Waymark keeps its mail here instead of sending it. Only use this for development and demonstrations.',
		to: 'To',
		none: 'No mail yet.'
	},
	scoped: {
		pcnTitle: '{name}',
		practices: 'Practices',
		requestsSoon: 'Requests from people in this PCN will appear here.',
		organisationListings: 'Listings',
		noListings: 'This organisation has no listings yet.'
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
		changeAnswer: 'I chose the wrong answer: go back to the question'
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
		yourAnswers: 'Your answers and privacy'
	},
	postcode: {
		notAPostcode: 'Enter a full postcode, like NE4 6SH',
		notFound: "We couldn't find that postcode",
		unavailable: 'We cannot look up postcodes right now'
	},
	questions: {
		progress: 'Question {n} of {total}',
		continue: 'Continue',
		skip: 'Skip this question',
		back: 'Back',
		errorTitle: 'There is a problem',
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
			km: 'Up to {n} km',
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
			hint: 'Leave these empty if any time is fine.',
			days: 'Days',
			parts: 'Time of day',
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
			hint: 'Both questions are optional.',
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
	},
	results: {
		title: 'Activities for you',
		count: '{n} activities fit your answers',
		countOne: '1 activity fits your answers',
		countNone: 'No activities fit all your answers',
		showing: 'Showing the best {n}.',
		showMore: 'Show more',
		changeAnswers: 'Change your answers',
		struggling:
			'If things feel hard, a link worker at your GP surgery can talk with you about what might help.',
		why: 'Why these?',
		whyText: [
			'We put first the activities that best match what you chose, most important first, and any words you gave.',
			'Then we look at how near they are, whether they run when you are free, the cost, and whether there is space.',
			'We never show anything that is too far, costs more than you said, or does not meet your access needs.',
			'Your answers stay on this phone. We worked this out on the phone, not on our computer.'
		],
		reasonsLabel: 'Why it might suit you',
		cautionsLabel: 'Check before you go',
		next: 'Next: {when}',
		noDates: 'Ask the group for dates',
		distance: '{km} km away',
		online: 'Online or by phone',
		areaWide: 'Covers the whole area',
		capacity: { open: 'Space available', waitlist: 'Waiting list', full: 'Full' },
		thin: 'Only a few activities fit. You could widen your search:',
		widen: 'Show {message}',
		refine: 'Change distance, cost, days or interests',
		refineDistance: 'How far',
		refineAnyDistance: 'Any distance',
		refineCost: 'Cost',
		refineDays: 'Days',
		refineCategories: 'Interests',
		search: 'Search all activities',
		searchHint: 'For example "choir", "bingo" or a place name',
		searchButton: 'Search',
		searchCount: '{n} found for "{query}"',
		searchNone: 'Nothing found for "{query}". Try another word.',
		clearSearch: 'Clear search',
		save: 'Save',
		saved: 'Saved',
		saveLabel: 'Save {name}',
		savedLabel: 'Saved: {name}. Remove from your list',
		shortlistLink: 'Your saved activities ({n})'
	},
	activity: {
		notFound: 'We could not find this activity. It may have closed or been removed.',
		backToResults: 'Back to your results',
		expect: 'What to expect',
		when: 'When',
		nextDates: 'Next dates',
		noDates: 'No dates are listed. Contact the group to ask when it runs.',
		where: 'Where',
		directions: 'Get directions',
		directionsLabel: 'Get directions to {place} (opens a map)',
		online: 'This happens online or by phone.',
		areaWide: 'This covers the whole area. The group will tell you where.',
		cost: 'Cost',
		costUnknown: 'Cost not given. Check with the group before you go.',
		concessions: 'Reduced price: {text}',
		access: 'Access',
		hasFeature: 'Yes',
		lacksFeature: 'No',
		unknownFeature: 'Not known',
		who: 'Who it is for',
		ages: 'Ages {min} to {max}',
		agesFrom: 'Ages {min} and over',
		agesTo: 'Up to age {max}',
		everyone: 'Anyone can go.',
		languages: 'Run in {languages}.',
		join: 'How to join',
		howToJoin: {
			'turn-up': 'Just turn up. You do not need to book.',
			'contact-first': 'Contact the group before you go.',
			'via-link-worker': 'Ask a link worker at your GP surgery to refer you.'
		},
		contact: 'Contact',
		call: 'Call {phone}',
		email: 'Email {email}',
		website: 'Visit their website',
		runBy: 'Run by {name}',
		reviewed: 'Details last checked {date}.',
		neverReviewed: 'We do not know when these details were last checked.',
		stale: 'Not checked for over a year. Contact the group before you go.',
		save: 'Save to my list',
		saved: 'Saved to your list',
		remove: 'Remove from my list',
		viewShortlist: 'View your saved activities'
	},
	shortlist: {
		title: 'Your saved activities',
		intro: 'These are kept on this phone only.',
		empty: 'You have not saved any activities yet.',
		findSome: 'Find activities',
		remove: 'Remove',
		removeLabel: 'Remove {name}',
		print: 'Print or save as a PDF',
		printTitle: 'My activities',
		printIntro: 'Activities I have saved from Waymark, {date}.',
		printButton: 'Print this page',
		backToList: 'Back to your saved activities',
		gone: 'An activity you saved is no longer listed.'
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
			'about-you': 'Access and age'
		}
	},
	practice: {
		continue: 'Continue to Waymark'
	},
	request: {
		title: 'Ask a link worker to contact you',
		link: 'Ask a link worker to contact me',
		linkHint: 'Someone to talk things through, or help with things like housing or debt.',
		intro:
			'A link worker is someone at your GP practice’s local team who can talk with you about what matters to you, help you take a first step, or find help with things like money, debt or housing.',
		name: 'Your name',
		nameHint: 'What you would like to be called.',
		contactLegend: 'How should they contact you?',
		methods: { phone: 'Phone call', text: 'Text message', email: 'Email' },
		phone: 'Phone number',
		phoneHint: 'A UK number, like 07700 900123. For texts, a mobile number.',
		email: 'Email address',
		bestTimes: 'Best times to contact you (optional)',
		bestTimesHint: 'For example, weekday mornings, or not after 5pm.',
		practice: 'Your GP practice',
		practiceHint: 'So your request goes to the right team.',
		practiceUnknown: 'I do not know, or it is not listed',
		needs: 'What would you like help with? (optional)',
		needsHint: 'A few words are enough. You can change what we have filled in from your answers.',
		shareAnswers: 'Share my answers with the link worker',
		shareAnswersHint:
			'They will see the things you chose and the activities we suggested, so you do not have to explain again.',
		consentLegend: 'Your agreement',
		consent:
			'I agree to a link worker from my GP practice’s local team contacting me, and to Waymark keeping these details for them.',
		consentHint:
			'Only the link workers for your practice can see your request. It is deleted {months} months after they close it.',
		send: 'Send my request',
		sending: 'Sending…',
		offline:
			'We could not send your request. Check you are online and try again — it will not be sent twice.',
		nextTitle: 'What happens next',
		next: 'A link worker will contact you within {days} working days, at the times you gave if they can.',
		urgent:
			'If you need help sooner, contact your GP practice. If you feel unsafe, or might hurt yourself, get help now.',
		helpNow: 'Get help now',
		sentTitle: 'Your request has been sent',
		referenceLabel: 'Your reference',
		referenceHint: 'Quote this if you contact your GP practice about your request.',
		alreadySent: 'You have already sent this request. Here is your reference.',
		backToResults: 'Back to your suggestions',
		prefillInterests: 'I am interested in: {categories}.',
		prefillWords: 'In my own words: {text}',
		notSure: 'Not sure what to ask? That is fine — a link worker can talk it through with you.'
	},
	inbox: {
		title: 'Requests',
		intro: 'People who asked a link worker at your PCN to contact them.',
		filterStatus: 'Status',
		filterAssigned: 'Assigned to',
		filterShow: 'Show',
		statusFilters: {
			open: 'All open',
			new: 'New',
			contacted: 'Contacted',
			'in-progress': 'In progress',
			closed: 'Closed',
			all: 'All'
		},
		assignedFilters: { anyone: 'Anyone', me: 'Me', unassigned: 'No one' },
		none: 'No requests match.',
		shown: '{n} shown, new and longest waiting first',
		reference: 'Reference',
		received: 'Received',
		waiting: 'Waiting',
		status: 'Status',
		assignedTo: 'Assigned to',
		practice: 'GP practice',
		pcn: 'PCN',
		nobody: 'No one',
		you: 'You',
		statuses: {
			new: 'New',
			contacted: 'Contacted',
			'in-progress': 'In progress',
			closed: 'Closed'
		},
		outcomes: {
			engaged: 'Engaged with support',
			declined: 'Declined',
			'no-contact': 'Could not contact',
			'referred-elsewhere': 'Referred elsewhere'
		},
		methods: { phone: 'Phone', text: 'Text', email: 'Email' },
		attemptResults: {
			reached: 'Spoke with them',
			'no-answer': 'No answer',
			'left-message': 'Left a message',
			sent: 'Sent a text or email',
			'wrong-details': 'Wrong number or address'
		},
		requestTitle: 'Request {reference}',
		back: 'All requests',
		person: 'The person',
		name: 'Name',
		contactBy: 'Contact by',
		phone: 'Phone',
		email: 'Email',
		bestTimes: 'Best times',
		language: 'Language',
		area: 'Postcode district',
		notGiven: 'Not given',
		needs: 'What they would like help with',
		sharedAnswers: 'Their shared answers',
		notShared: 'They chose not to share their answers.',
		interests: 'Chose',
		words: 'In their words',
		cost: 'Cost',
		costs: { free: 'Free only', low: 'Free or low cost', any: 'Any cost' },
		access: 'Access needs',
		times: 'When free',
		topMatches: 'Top matches for their answers',
		topMatchesHint: 'Worked out now from their shared answers, for reference.',
		noMatches: 'Nothing in the directory matches their answers at the moment.',
		assignToMe: 'Assign to me',
		markContacted: 'Mark as contacted',
		markInProgress: 'Mark as in progress',
		reopen: 'Reopen',
		attemptTitle: 'Record a contact attempt',
		attemptMethod: 'How',
		attemptResult: 'What happened',
		attemptNote: 'Note (optional)',
		recordAttempt: 'Record attempt',
		noteTitle: 'Add a note',
		note: 'Note',
		addNote: 'Add note',
		closeTitle: 'Close this request',
		outcome: 'Outcome',
		closeNote: 'Note (optional)',
		close: 'Close request',
		history: 'History',
		noHistory: 'Nothing yet.',
		events: {
			note: 'Note by {who}',
			attempt: '{method} attempt by {who}: {result}',
			status: '{status} by {who}',
			assign: 'Assigned to {who}'
		},
		someone: 'a former user',
		download: 'Download',
		downloadCsv: 'Download as CSV',
		downloadFhir: 'Download for a GP system (FHIR)',
		errors: {
			note: 'Enter a note',
			noteLong: 'The note must be 2,000 characters or fewer',
			method: 'Choose how you tried to contact them',
			result: 'Choose what happened',
			outcome: 'Choose an outcome',
			move: 'This request cannot move to that status now. Reload the page to see its latest status.'
		},
		done: {
			assign: 'The request is assigned to you.',
			status: 'The status has been changed.',
			note: 'Your note has been added.',
			attempt: 'The contact attempt has been recorded.',
			close: 'The request has been closed.'
		}
	}
} as const;

export type Messages = typeof en;

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (match, key: string) =>
		key in values ? String(values[key]) : match
	);
}
