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
		start: 'Start now'
	},
	helpNow: {
		title: 'Get help now',
		intro: 'If you feel unsafe, or you might hurt yourself or someone else, get help now.',
		emergency: 'Call 999 if your life, or someone else’s, is at risk now.',
		nhs111: 'Call 111 and choose option 2 for NHS urgent mental health help, any time.',
		samaritans: 'Call Samaritans free on 116 123, any time, to talk to someone.',
		shout: 'Text SHOUT to 85258 to talk by text, any time.',
		back: 'Go back to the start'
	}
} as const;

export type Messages = typeof en;

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (match, key: string) =>
		key in values ? String(values[key]) : match
	);
}
