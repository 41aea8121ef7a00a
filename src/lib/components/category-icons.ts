/**
 * Simple line icons for the categories (24 × 24, drawn with the text colour), so each choice
 * can be recognised at a glance by people who find reading hard. Decorative: the label
 * always says what the choice is.
 */
import type { CategoryId } from '$lib/directory/categories';

export const CATEGORY_ICONS: Readonly<Record<CategoryId, string>> = Object.freeze({
	// A walking figure.
	'being-active': 'M13 4a2 2 0 1 0 0 .1M9 21l3-7 3 3v4M12 14l-1-5 4 2 3-1M11 9l-3 3',
	// A leaf.
	'nature-gardening': 'M5 19C5 9 12 5 20 4c-1 8-5 15-15 15zM5 19l8-8',
	// A paintbrush.
	'arts-crafts': 'M14 4l6 6-8 8-6-6zM6 12l-2 6 6-2',
	// A musical note.
	'music-singing':
		'M9 18V5l11-2v13M9 18a3 3 0 1 1-6 0 3 3 0 0 1 6 0zM20 16a3 3 0 1 1-6 0 3 3 0 0 1 6 0z',
	// Two people.
	'meeting-people':
		'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-4 3-6 6-6s6 2 6 6M12 15c1-1 2.5-1 4-1 3 0 6 2 6 6',
	// An open book.
	'learning-skills': 'M3 5c3-1 6-1 9 1 3-2 6-2 9-1v14c-3-1-6-1-9 1-3-2-6-2-9-1zM12 6v14',
	// A helping hand.
	volunteering: 'M3 14h4l5 3 8-4-2-2-5 2M7 14l4-2h4M12 8a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z',
	// A pound coin.
	'money-advice':
		'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM15 8.5c-.5-1-1.5-1.5-2.5-1.5-1.7 0-2.5 1.2-2.5 2.5V16h5M8.5 12.5h4',
	// A house.
	housing: 'M3 11l9-7 9 7M5 10v10h14V10M10 20v-6h4v6',
	// A bowl.
	food: 'M3 11h18c0 5-4 8-9 8s-9-3-9-8zM8 8c0-2 2-2 2-4M13 8c0-2 2-2 2-4',
	// A briefcase.
	work: 'M3 8h18v11H3zM9 8V5h6v3M3 13h18',
	// A heart.
	'mental-wellbeing':
		'M12 20s-7-4.3-9-8.6C1.6 8.2 3.6 5 7 5c2 0 3.6 1.2 5 3 1.4-1.8 3-3 5-3 3.4 0 5.4 3.2 4 6.4C19 15.7 12 20 12 20z',
	// A cross in a circle.
	'health-conditions': 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 8v8M8 12h8',
	// An apple.
	'healthy-eating': 'M12 7c-2-1-7-1-7 5 0 5 3 9 7 8 4 1 7-3 7-8 0-6-5-6-7-5zM12 7c0-2 1-3 3-4',
	// A thought bubble.
	'memory-dementia':
		'M7 16a5 5 0 0 1 1-10 5 5 0 0 1 9 1 4 4 0 0 1 0 9zM8 19a1 1 0 1 0 0 .1M5 21a.5.5 0 1 0 0 .1',
	// One person supporting another.
	carers: 'M9 7a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM4 21v-6c0-3 2-5 5-5s5 2 5 5M14 13l3-2 4 3-5 4',
	// A flower.
	bereavement:
		'M12 10a3 3 0 1 0 0-.1M12 13v8M12 17c-2-2-4-2-6-1M12 7a3 3 0 0 0-3-3M12 7a3 3 0 0 1 3-3',
	// An adult and a child.
	families:
		'M8 7a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM17 11a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM3 21v-5c0-3 2-5 5-5s5 2 5 5v5M14 21v-3c0-2 1.5-4 3-4s3 2 3 4v3'
});
