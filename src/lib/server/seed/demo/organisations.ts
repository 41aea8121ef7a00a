/**
 * Demo organisations: fictional groups of the kinds a West End link worker refers to.
 * Phone numbers are in Ofcom's drama ranges and email addresses at example.org, so none reach
 * a real person.
 */
import type { OrganisationTemplate } from './template';

type Row = [slug: string, name: string, phone: string, description: string];

/** Each group: slug, name, phone, and what it does in a sentence. */
const ROWS: Row[] = [
	// Being active and outdoors
	[
		'west-end-walkers',
		'West End Walkers',
		'0191 496 0101',
		'Volunteer-led health walks from parks and community centres across the West End.'
	],
	[
		'elswick-green-gym',
		'Elswick Green Gym',
		'0191 496 0102',
		'Practical conservation sessions that keep local parks and denes in good shape and get people moving outdoors.'
	],
	[
		'benwell-growing-together',
		'Benwell Growing Together',
		'0191 496 0103',
		'A community allotment and growing project in Benwell.'
	],
	[
		'scotswood-riverside-garden-trust',
		'Scotswood Riverside Garden Trust',
		'0191 496 0104',
		'Runs a small accessible garden by the river, with growing, cooking and nature sessions.'
	],
	[
		'spital-tongues-gardeners',
		'Spital Tongues Gardeners',
		'07700 900105',
		'Neighbours who look after the community garden off Morpeth Street.'
	],
	[
		'westgate-walking-football',
		'Westgate Walking Football Club',
		'07700 900106',
		'Walking football for people who want to keep playing at a gentler pace.'
	],
	[
		'silver-steps',
		'Silver Steps Active Ageing',
		'0191 496 0107',
		'Gentle exercise for older people: chair exercise, strength and balance, and tea dances.'
	],
	[
		'riverside-tai-chi',
		'Riverside Tai Chi',
		'07700 900108',
		'A small club teaching tai chi and qigong to all ages and abilities.'
	],
	[
		'calm-corner-yoga',
		'Calm Corner Yoga',
		'07700 900109',
		'Low-cost, beginner-friendly yoga classes in community venues.'
	],
	[
		'pedal-west',
		'Pedal West',
		'0191 496 0110',
		'A community cycling project: learn to ride, led rides and a bike repair workshop.'
	],
	[
		'kenton-leisure-trust',
		'Kenton Leisure Trust',
		'0191 496 0111',
		'Runs Kenton leisure centre, with low-cost swimming and exercise sessions.'
	],
	[
		'west-end-boxing-academy',
		'West End Boxing Academy',
		'07700 900112',
		'Non-contact boxing fitness and mentoring for young people.'
	],
	// Community centres and halls
	[
		'arthurs-hill-community-association',
		"Arthur's Hill Community Association",
		'0191 496 0120',
		"Runs Arthur's Hill Community Centre, home to many local groups."
	],
	[
		'elswick-community-hall-trust',
		'Elswick Community Hall Trust',
		'0191 496 0121',
		'Looks after Elswick community hall and runs its lunch club and coffee mornings.'
	],
	[
		'benwell-grove-hall-committee',
		'Benwell Grove Hall Committee',
		'0191 496 0122',
		'Volunteers who run Benwell Grove community hall and its weekly groups.'
	],
	[
		'scotswood-community-association',
		'Scotswood Community Association',
		'0191 496 0123',
		'Runs Scotswood community centre: social groups, advice sessions and events.'
	],
	[
		'kenton-community-association',
		'Kenton Community Association',
		'0191 496 0124',
		'Runs Kenton community centre and its groups for older people and families.'
	],
	[
		'denton-burn-church-community',
		'Denton Burn Church Community Project',
		'0191 496 0125',
		'Community groups in Denton Burn church hall, open to people of any faith or none.'
	],
	[
		'cowgate-residents',
		'Cowgate Residents Together',
		'07700 900126',
		'A residents group running social and practical sessions from the community flat.'
	],
	[
		'westgate-community-hub',
		'Westgate Community Hub',
		'0191 496 0127',
		'A drop-in hub on Westgate Road hosting advice, learning and social groups.'
	],
	// Arts, crafts, music and social groups
	[
		'benwell-knit-and-natter',
		'Benwell Knit and Natter',
		'07700 900130',
		'A friendly knitting and crochet group that has met in Benwell for years.'
	],
	[
		'fenham-mens-shed',
		"Fenham Men's Shed",
		'0191 496 0131',
		'A workshop where people (mostly men, all welcome) make, mend and chat.'
	],
	[
		'scotswood-art-shed-collective',
		'Scotswood Art Shed Collective',
		'0191 496 0132',
		'Open art sessions for adults: painting, printmaking and clay.'
	],
	[
		'tyne-voices',
		'Tyne Voices Community Choir',
		'0191 496 0133',
		'A no-audition community choir singing pop, folk and songs from around the world.'
	],
	[
		'sing-for-memory',
		'Sing for Memory West',
		'0191 496 0134',
		'Singing sessions for people living with dementia and the people who care for them.'
	],
	[
		'reel-west-film-club',
		'Reel West Film Club',
		'07700 900135',
		'Afternoon and evening film screenings with tea and a chat.'
	],
	[
		'strictly-seniors',
		'Strictly Seniors Tea Dances',
		'07700 900136',
		'Monthly tea dances with live music for the over 50s.'
	],
	[
		'west-end-ukulele',
		'West End Ukulele Strummers',
		'07700 900137',
		'A beginners ukulele group; instruments to borrow.'
	],
	[
		'benwell-reading-room',
		'Benwell Readers',
		'07700 900138',
		'Reading groups and shared-reading sessions in community libraries.'
	],
	// Learning, work and volunteering
	[
		'welcome-words',
		'Welcome Words English Conversation',
		'0191 496 0140',
		'English conversation and ESOL classes for people new to English.'
	],
	[
		'get-online-west-end',
		'Get Online West End',
		'0191 496 0141',
		'Free help with phones, tablets, computers and getting online.'
	],
	[
		'tyne-works',
		'Tyne Works Employment Hub',
		'0191 496 0142',
		'Job clubs, CV help and training for people looking for work.'
	],
	[
		'skills-for-life-west',
		'Skills for Life West End',
		'0191 496 0143',
		'Free adult courses in English, maths and everyday skills.'
	],
	[
		'west-end-volunteer-centre',
		'West End Volunteer Centre',
		'0191 496 0144',
		'Matches people with volunteering roles in local groups and charities.'
	],
	[
		'learning-for-wellbeing',
		'Learning for Wellbeing College',
		'0191 496 0145',
		'Free short courses about mental health and recovery, co-produced with people who have lived experience.'
	],
	// Money, housing and food
	[
		'west-end-money-matters',
		'West End Money Matters',
		'0191 496 0150',
		'Free welfare rights and benefits advice: checks, forms, appeals.'
	],
	[
		'clear-path-debt-advice',
		'Clear Path Debt Advice',
		'0191 496 0151',
		'Free, confidential debt advice and budgeting help.'
	],
	[
		'west-end-savers',
		'West End Savers Credit Union',
		'0191 496 0152',
		'A community savings and loans co-operative for people who live or work in Newcastle.'
	],
	[
		'warm-homes-west',
		'Warm Homes West',
		'0191 496 0153',
		'Energy advice, help with fuel debt and small home repairs.'
	],
	[
		'homefront-housing-advice',
		'Homefront Housing Advice',
		'0191 496 0154',
		'Free advice for tenants and anyone at risk of losing their home.'
	],
	[
		'next-door-housing-support',
		'Next Door Housing Support',
		'0191 496 0155',
		'Support for people who are homeless or in temporary accommodation.'
	],
	[
		'scotswood-tenants',
		'Scotswood Tenants and Residents',
		'07700 900156',
		'A tenants and residents association for Scotswood and Benwell.'
	],
	[
		'benwell-scotswood-food-bank',
		'Benwell and Scotswood Food Bank',
		'0191 496 0157',
		'Emergency food parcels, with advice on hand at every session.'
	],
	[
		'rye-hill-pantry',
		'Rye Hill Community Pantry',
		'0191 496 0158',
		'A membership food pantry: a weekly shop of groceries for a small fee.'
	],
	[
		'open-table-kitchen',
		'Open Table Community Kitchen',
		'0191 496 0159',
		'Free hot meals cooked by volunteers, shared around one table.'
	],
	[
		'kitchen-table-cookery',
		'Kitchen Table Cookery School',
		'0191 496 0160',
		'Practical cooking courses: cooking on a budget, family meals, cooking for one.'
	],
	// Health and wellbeing
	[
		'open-door-wellbeing',
		'Open Door Wellbeing Collective',
		'0191 496 0170',
		'Peer support groups for mental wellbeing, anxiety and low mood.'
	],
	[
		'men-talk-west-end',
		'Men Talk West End',
		'07700 900171',
		'Relaxed talking groups for men, no appointment needed.'
	],
	[
		'west-end-health-trainers',
		'West End Health Trainers',
		'0191 496 0172',
		'Health trainers offering diabetes education, weight management and healthy living support.'
	],
	[
		'fit-forward',
		'Fit Forward Weight Management',
		'0191 496 0173',
		'Friendly weight management groups combining healthy eating and activity.'
	],
	[
		'west-end-stroke-club',
		'West End Stroke Club',
		'07700 900174',
		'A social club for people recovering from a stroke and their families.'
	],
	[
		'better-breathing-group',
		'Better Breathing Group',
		'07700 900175',
		'Singing and exercise for people with COPD and other lung conditions.'
	],
	[
		'moving-well-parkinsons',
		"Moving Well Parkinson's Group",
		'07700 900176',
		"Exercise and social support for people with Parkinson's."
	],
	[
		'pain-less-together',
		'Living Well with Pain',
		'0191 496 0177',
		'Peer support and self-management courses for people living with long-term pain.'
	],
	[
		'riverside-memory-cafe',
		'Riverside Memory Café Group',
		'0191 496 0178',
		'Memory cafés: a relaxed place for people with memory problems and their families.'
	],
	[
		'west-end-carers-circle',
		'West End Carers Circle',
		'0191 496 0179',
		'Support, breaks and information for unpaid carers.'
	],
	[
		'young-carers-west',
		'Young Carers West',
		'0191 496 0180',
		'Activities and support for young carers aged 8 to 18.'
	],
	[
		'quiet-harbour',
		'Quiet Harbour Bereavement Support',
		'0191 496 0181',
		'Bereavement cafés, groups and one-to-one support after a death.'
	],
	[
		'good-company-befriending',
		'Good Company Befriending',
		'0191 496 0182',
		'Volunteer befrienders who visit or phone people who feel lonely.'
	],
	// Families, young people and communities
	[
		'little-steps-families',
		'Little Steps Family Network',
		'0191 496 0190',
		'Parent and toddler groups, baby groups and family activities.'
	],
	[
		'dads-together',
		'Dads Together West End',
		'07700 900191',
		'Groups and outings for dads, grandads and male carers with their children.'
	],
	[
		'west-end-youth-hub',
		'West End Youth Hub',
		'0191 496 0192',
		'Youth clubs, mentoring and activities for young people aged 11 to 25.'
	],
	[
		'wingrove-womens-wellbeing',
		"Wingrove Women's Wellbeing Group",
		'0191 496 0193',
		'A welcoming space for women from many communities, with sessions in several languages.'
	],
	[
		'polish-community-circle',
		'Polish Community Circle West',
		'07700 900194',
		'Social and advice sessions for Polish speakers in the West End.'
	],
	[
		'kurdish-arabic-families',
		'Kurdish and Arabic Families Association',
		'0191 496 0195',
		'Support, classes and social groups for Kurdish and Arabic-speaking families.'
	],
	[
		'friends-together-romanian',
		'Friends Together Romanian Club',
		'07700 900196',
		'A social club and advice drop-in for Romanian speakers and their families.'
	]
];

export const ORGANISATIONS: OrganisationTemplate[] = ROWS.map(
	([slug, name, phone, description]) => ({
		slug,
		name,
		description,
		phone,
		email: `${slug}@example.org`,
		website: `https://example.org/${slug}`
	})
);
