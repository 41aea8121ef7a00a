/**
 * Demo venues in Newcastle's West End. Names are fictional or generic; the streets are real
 * so the addresses read naturally, but house numbers and postcodes are made up.
 */
import type { VenueTemplate } from './template';

/** Approximate neighbourhood centres (± 500 m); venues are jittered around them. */
export const NEIGHBOURHOODS = {
	'city-centre': { lat: 54.974, lng: -1.613 },
	'arthurs-hill': { lat: 54.976, lng: -1.64 },
	elswick: { lat: 54.966, lng: -1.643 },
	benwell: { lat: 54.97, lng: -1.662 },
	fenham: { lat: 54.982, lng: -1.659 },
	wingrove: { lat: 54.979, lng: -1.648 },
	westgate: { lat: 54.97, lng: -1.628 },
	scotswood: { lat: 54.968, lng: -1.68 },
	'denton-burn': { lat: 54.985, lng: -1.69 },
	cowgate: { lat: 54.992, lng: -1.654 },
	kenton: { lat: 55.003, lng: -1.647 },
	'spital-tongues': { lat: 54.982, lng: -1.626 }
} as const;
export type NeighbourhoodName = keyof typeof NEIGHBOURHOODS;

const STEP_FREE_HALL = {
	'step-free': true,
	'accessible-toilet': true,
	'hearing-loop': true
} as const;

export const VENUES: VenueTemplate[] = [
	// City centre
	{
		slug: 'city-learning-rooms',
		name: 'City Learning Rooms',
		line1: '41 Clayton Street',
		postcode: 'NE1 5PX',
		near: 'city-centre',
		access: { ...STEP_FREE_HALL, 'quiet-space': true },
		accessNotes: 'Lift to all floors; accessible toilet on each floor; hearing loop in room 2.'
	},
	{
		slug: 'old-chapel-rooms',
		name: 'Old Chapel Rooms',
		line1: '7 Northumberland Road',
		postcode: 'NE1 8JG',
		near: 'city-centre',
		access: { 'step-free': false, 'accessible-toilet': false },
		accessNotes: 'Six steps up to the front door and no ramp; toilets are in the basement.'
	},
	{
		slug: 'leazes-park-gates',
		name: 'Leazes Park, Richardson Road gates',
		line1: 'Leazes Park',
		line2: 'Richardson Road',
		postcode: 'NE2 4BJ',
		near: 'city-centre',
		access: { 'step-free': true, 'accessible-toilet': false }
	},
	// Arthur's Hill
	{
		slug: 'arthurs-hill-centre',
		name: "Arthur's Hill Community Centre",
		line1: '60 Stanhope Street',
		postcode: 'NE4 5JR',
		near: 'arthurs-hill',
		access: { ...STEP_FREE_HALL, 'quiet-space': true, parking: false },
		accessNotes:
			'Level entrance from Stanhope Street; accessible toilet on the ground floor; hearing loop in the main hall. Street parking only.'
	},
	{
		slug: 'tamworth-road-church-hall',
		name: 'Tamworth Road church hall',
		line1: '2 Tamworth Road',
		postcode: 'NE4 5AW',
		near: 'arthurs-hill',
		access: { 'step-free': true },
		accessNotes: 'Ramp at the side entrance.'
	},
	{
		slug: 'arthurs-hill-reading-room',
		name: "Arthur's Hill reading room",
		line1: '19 Brighton Grove',
		postcode: 'NE4 5NS',
		near: 'arthurs-hill',
		access: {}
	},
	// Elswick
	{
		slug: 'elswick-community-hall',
		name: 'Elswick community hall',
		line1: '14 Elswick Road',
		postcode: 'NE4 6JH',
		near: 'elswick',
		access: { ...STEP_FREE_HALL, parking: true },
		accessNotes: 'Ramp at the side entrance; accessible toilet; small car park behind the hall.'
	},
	{
		slug: 'elswick-park-pavilion',
		name: 'Elswick Park pavilion',
		line1: 'Elswick Park',
		line2: 'Elswick Road',
		postcode: 'NE4 6QD',
		near: 'elswick',
		access: { 'step-free': true, 'accessible-toilet': true }
	},
	{
		slug: 'elswick-family-centre',
		name: 'Elswick family centre',
		line1: '3 Beech Grove Road',
		postcode: 'NE4 6SD',
		near: 'elswick',
		access: { 'step-free': true, 'accessible-toilet': true, 'quiet-space': true },
		accessNotes: 'Buggy park by the door; baby-changing in the accessible toilet.'
	},
	{
		slug: 'cruddas-park-rooms',
		name: 'Cruddas Park community rooms',
		line1: '1 Park Road',
		postcode: 'NE4 7DU',
		near: 'elswick',
		access: { 'step-free': false },
		accessNotes: 'No lift: the rooms are up one flight of stairs.'
	},
	// Benwell
	{
		slug: 'benwell-grove-hall',
		name: 'Benwell Grove community hall',
		line1: '28 Benwell Grove',
		postcode: 'NE4 8AP',
		near: 'benwell',
		access: { ...STEP_FREE_HALL, parking: true, 'quiet-space': false }
	},
	{
		slug: 'adelaide-terrace-rooms',
		name: 'Adelaide Terrace community rooms',
		line1: '112 Adelaide Terrace',
		postcode: 'NE4 8BB',
		near: 'benwell',
		access: { 'step-free': true, 'accessible-toilet': false },
		accessNotes: 'Level access to the ground-floor room; the toilet is not wheelchair accessible.'
	},
	{
		slug: 'condercum-road-church-hall',
		name: 'Condercum Road church hall',
		line1: '5 Condercum Road',
		postcode: 'NE4 8XJ',
		near: 'benwell',
		access: { 'step-free': false, 'hearing-loop': true },
		accessNotes: 'Three steps at the entrance with a handrail; hearing loop in the hall.'
	},
	{
		slug: 'benwell-dene-allotments',
		name: 'Benwell Dene allotments',
		line1: 'Allotment gates, Benwell Lane',
		postcode: 'NE15 6RT',
		near: 'benwell',
		access: { 'step-free': false, 'accessible-toilet': false },
		accessNotes: 'Uneven paths and a slope down from the gate; compost toilet only.'
	},
	// Fenham
	{
		slug: 'fenham-community-library',
		name: 'Fenham community library',
		line1: '4 Fenham Hall Drive',
		postcode: 'NE4 9XD',
		near: 'fenham',
		access: { ...STEP_FREE_HALL, 'quiet-space': true, parking: true }
	},
	{
		slug: 'fenham-shed-workshop',
		name: "Fenham Men's Shed workshop",
		line1: 'Unit 4, Two Ball Lonnen',
		postcode: 'NE4 9RX',
		near: 'fenham',
		access: { 'step-free': true, 'accessible-toilet': false, parking: true }
	},
	{
		slug: 'nuns-moor-pavilion',
		name: 'Nuns Moor Park pavilion',
		line1: 'Nuns Moor Park',
		line2: 'Studley Terrace',
		postcode: 'NE4 9BD',
		near: 'fenham',
		access: {}
	},
	// Wingrove
	{
		slug: 'wingrove-community-rooms',
		name: 'Wingrove Road community rooms',
		line1: '85 Wingrove Road',
		postcode: 'NE4 9BU',
		near: 'wingrove',
		access: { 'step-free': true, 'accessible-toilet': true, 'quiet-space': true },
		accessNotes: 'Level entrance; accessible toilet; a quiet room is available on request.'
	},
	{
		slug: 'wingrove-womens-centre',
		name: "Wingrove women's centre",
		line1: '6 Moorside South',
		postcode: 'NE4 9BE',
		near: 'wingrove',
		access: { 'step-free': false, 'quiet-space': true },
		accessNotes: 'Two steps at the front door; a women-only space with a prayer room.'
	},
	// Westgate and Rye Hill
	{
		slug: 'westgate-hub',
		name: 'Westgate community hub',
		line1: '230 Westgate Road',
		postcode: 'NE4 6AL',
		near: 'westgate',
		access: { ...STEP_FREE_HALL, 'quiet-space': true },
		accessNotes: 'Automatic doors and a lift; accessible toilet on both floors.'
	},
	{
		slug: 'westgate-advice-rooms',
		name: 'Westgate Road advice rooms',
		line1: '150 Westgate Road',
		line2: 'First floor',
		postcode: 'NE4 6AR',
		near: 'westgate',
		access: { 'step-free': false, 'quiet-space': true },
		accessNotes:
			'No lift: the advice rooms are up one flight of stairs. Ask and we will meet you downstairs.'
	},
	{
		slug: 'rye-hill-pantry-shop',
		name: 'Rye Hill pantry shop',
		line1: '8 Rye Hill',
		postcode: 'NE4 6HD',
		near: 'westgate',
		access: { 'step-free': true }
	},
	// Scotswood
	{
		slug: 'scotswood-community-centre',
		name: 'Scotswood community centre',
		line1: '40 Whitehouse Road',
		postcode: 'NE15 6EP',
		near: 'scotswood',
		access: { ...STEP_FREE_HALL, parking: true },
		accessNotes: 'Ramp at the side entrance; accessible toilet; free car park.'
	},
	{
		slug: 'scotswood-riverside-garden',
		name: 'Scotswood riverside garden',
		line1: 'Off Scotswood Road',
		postcode: 'NE15 6BZ',
		near: 'scotswood',
		access: { 'step-free': true, 'accessible-toilet': true },
		accessNotes: 'Firm paths throughout, raised beds at wheelchair height, accessible toilet.'
	},
	{
		slug: 'scotswood-art-shed',
		name: 'Scotswood art shed',
		line1: '2 Denton Road',
		postcode: 'NE15 6JA',
		near: 'scotswood',
		access: { 'step-free': true, 'accessible-toilet': false }
	},
	// Denton Burn
	{
		slug: 'denton-burn-church-hall',
		name: 'Denton Burn church hall',
		line1: '310 West Road',
		postcode: 'NE15 7HB',
		near: 'denton-burn',
		access: { 'step-free': true, 'hearing-loop': true, parking: true },
		accessNotes: 'Ramp from the car park; hearing loop; toilets have grab rails.'
	},
	{
		slug: 'denton-burn-library',
		name: 'Denton Burn community library',
		line1: '22 Silver Lonnen',
		postcode: 'NE15 7LQ',
		near: 'denton-burn',
		access: { 'step-free': true, 'accessible-toilet': true, 'quiet-space': true }
	},
	// Cowgate
	{
		slug: 'cowgate-community-flat',
		name: 'Cowgate community flat',
		line1: 'Flat 1, 17 Ponteland Road',
		postcode: 'NE5 3AJ',
		near: 'cowgate',
		access: { 'step-free': false, 'accessible-toilet': false },
		accessNotes: 'The flat is on the first floor and there is no lift.'
	},
	{
		slug: 'cowgate-playing-fields',
		name: 'Cowgate playing fields',
		line1: 'Ponteland Road',
		postcode: 'NE5 3DF',
		near: 'cowgate',
		access: { 'step-free': true, parking: true }
	},
	// Kenton
	{
		slug: 'kenton-community-centre',
		name: 'Kenton community centre',
		line1: '90 Kenton Lane',
		postcode: 'NE3 3EA',
		near: 'kenton',
		access: { ...STEP_FREE_HALL, parking: true, 'quiet-space': true }
	},
	{
		slug: 'kenton-leisure-centre',
		name: 'Kenton leisure centre',
		line1: 'Kenton Road',
		postcode: 'NE3 4NP',
		near: 'kenton',
		access: { 'step-free': true, 'accessible-toilet': true, parking: true },
		accessNotes: 'Level access and changing places toilet; poolside hoist on request.'
	},
	// Spital Tongues
	{
		slug: 'spital-tongues-garden',
		name: 'Spital Tongues community garden',
		line1: 'Morpeth Street',
		postcode: 'NE2 4AS',
		near: 'spital-tongues',
		access: { 'step-free': false },
		accessNotes: 'Gravel paths and steps between terraces; one raised bed at wheelchair height.'
	},
	{
		slug: 'spital-tongues-hall',
		name: 'Spital Tongues church hall',
		line1: '11 Belle Grove West',
		postcode: 'NE2 4LT',
		near: 'spital-tongues',
		access: { 'step-free': true, 'accessible-toilet': true }
	},
	{
		slug: 'town-moor-gate',
		name: 'Town Moor, Grandstand Road gate',
		line1: 'Grandstand Road',
		postcode: 'NE2 4NL',
		near: 'spital-tongues',
		access: { 'step-free': true, 'accessible-toilet': false }
	}
];
