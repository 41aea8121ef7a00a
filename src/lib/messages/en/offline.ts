/** Working offline: requests waiting to be sent, the offline page, updates, storage. */
export const offline = {
	offline: {
		updateReady: 'A new version of Waymark is ready.',
		reload: 'Reload',
		yourRequests: 'Your requests to a link worker',
		requestsTitle: 'Your requests to a link worker',
		requestsNone: 'You have not asked a link worker to contact you from this phone.',
		requestsNoscript:
			'This page reads the requests kept on this phone, which needs JavaScript. A request you sent without JavaScript was sent straight away: keep the reference you were given. If you need to, call your GP surgery and ask for the social prescribing link worker.',
		askLink: 'Ask a link worker to contact me',
		madeOn: 'Asked {date}',
		waiting: 'Waiting to send',
		waitingHint:
			'Your request is saved on this phone. It will be sent when you are back online. On some phones, such as iPhones, that happens when you next open Waymark.',
		sendNow: 'Try sending now',
		sent: 'Sent — reference {reference}',
		refused: 'Not sent — something needs changing',
		refusedHint: 'Please write your request again:',
		writeAgain: 'Write it again',
		queuedTitle: 'Your request is saved on this phone',
		title: 'You are offline',
		intro:
			'This page is not saved on this phone yet. Pages you have opened before still work without a connection.',
		startLink: 'Go to the start',
		savedLink: 'See activities you have saved',
		urgent: 'If you need help now, call 999, or call 111 and choose option 2.',
		keepTitle: 'Keeping your answers and requests on this phone',
		keepIphone:
			'On an iPhone or iPad, Safari deletes what a website has saved if you do not use it for 7 days. That would delete your answers, saved activities and any request not yet sent. To keep them, add Waymark to your home screen: tap Share, then Add to Home Screen.',
		keepOthers:
			'Other phones keep them unless the phone runs out of space, and Waymark asks your phone to keep them even then.'
	}
} as const;
