/**
 * Every number that shapes a ranking, in one place. Frozen so no caller can tune a
 * shared copy by accident; tests and benchmarks read them rather than repeat them.
 */

export const TUNING = Object.freeze({
	/** DESIGN.md §3.2: the distance limit when a profile gives none. */
	DEFAULT_MAX_DISTANCE_KM: 5,
	/** Distance score halves every this many km: 0.5 km ≈ 0.89, 3 km = 0.5, 5 km ≈ 0.31. */
	DISTANCE_HALF_LIFE_KM: 3,
	/** Online-only activities have no distance; scored like a venue about 3 km away. */
	ONLINE_DISTANCE_SCORE: 0.5,
	/** Area-wide services come to the person (or phone them); a little better than online. */
	AREA_WIDE_DISTANCE_SCORE: 0.6,

	/** DESIGN.md §3.2 "low": at most this many pounds a session. */
	LOW_COST_MAX_PER_SESSION: 5,

	/**
	 * Weights of the soft signals. A signal the profile says nothing about (no origin, no
	 * languages, no words) drops out and the rest are renormalised, so scores stay in 0–1.
	 * Interest (categories + words) dominates, so a far better fit can beat a nearer one.
	 */
	WEIGHTS: Object.freeze({
		category: 0.3,
		text: 0.22,
		distance: 0.2,
		schedule: 0.12,
		cost: 0.07,
		recency: 0.03,
		language: 0.06,
		/**
		 * For a group the person said they belong to (a carers' group for a carer). Counted
		 * only when they said something of themselves.
		 */
		audience: 0.1,
		/** A venue that says it meets the person's access needs, over one that does not say. */
		access: 0.1
	}),
	/**
	 * The weight of the person's words when they chose no category: then their words are all
	 * they asked for, and "walking football" should beat a nearer walk.
	 */
	TEXT_ONLY_WEIGHT: 0.4,

	/** Weight of the 1st, 2nd, 3rd… chosen category; later choices take the last value. */
	CHOICE_WEIGHTS: Object.freeze([1, 0.85, 0.75, 0.65]),
	/** Categories read from the person's own words count a little less than chosen ones. */
	INFERRED_CATEGORY_WEIGHT: 0.8,
	/** Each further wanted category an activity also covers adds this much (capped at 1). */
	EXTRA_CATEGORY_BONUS: 0.1,

	/** Field weights for word matches: a match in the name counts most. */
	FIELD_WEIGHTS: Object.freeze({
		name: 1,
		keyword: 0.9,
		audience: 0.9,
		category: 0.7,
		summary: 0.6,
		organisation: 0.5,
		place: 0.5,
		description: 0.3
	}),
	/** A word used by at most this share of listings counts whole; commoner words count less. */
	RARE_SHARE: 0.05,
	/** What the commonest word still counts. */
	MIN_RARITY: 0.2,
	/** Below this many listings, which words are common cannot be told: all count whole. */
	RARITY_MIN_LISTINGS: 50,
	/**
	 * Words alone make an activity fit only from this text score: a rare word in its
	 * description (0.3) does, a word half the directory uses (about 0.07) does not.
	 */
	TEXT_FIT_MIN: 0.12,
	/** A matched word is named in a reason ("Mentions “knitting”") only if at least this rare. */
	MENTION_MIN_RARITY: 0.5,
	/** fuse.js threshold for typo-tolerant word matching (0 exact … 1 anything). */
	FUZZY_THRESHOLD: 0.34,

	/**
	 * A session fits a day when this many of its minutes (or half of it, if shorter) fall in
	 * the person's free parts of that day.
	 */
	FREE_TIME_ENOUGH_MINUTES: 90,
	/** Schedule scores when the person gave their free times: how well each kind fits. */
	SLOT_FIT: Object.freeze({ weekly: 1, fortnightly: 0.85, monthly: 0.7, once: 0.6 }),
	/** Schedule score when the listing gives no sessions (drop-ins, "ring for dates"). */
	UNKNOWN_SCHEDULE_SCORE: 0.5,
	/** How far ahead a next session is looked for. */
	SCHEDULE_HORIZON_DAYS: 93,

	/** Cost scores: free is best; a stated price below a known one; unknown in between. */
	COST_SCORES: Object.freeze({ free: 1, low: 0.7, paid: 0.35, unknown: 0.5 }),

	/** Reviewed within this many days scores 1, falling to 0 at the second figure. */
	FRESH_REVIEW_DAYS: 180,
	STALE_REVIEW_DAYS: 730,
	/**
	 * A listing last reviewed longer ago than this carries a caution in the results and a
	 * warning on its page ("Not checked for over a year").
	 */
	STALE_LISTING_DAYS: 365,

	/** Multipliers that sink an activity without hiding it. */
	CAPACITY_FACTOR: Object.freeze({ open: 1, waitlist: 0.75, full: 0.55 }),
	NO_UPCOMING_FACTOR: 0.5,
	/** For a narrower group the person did not say they belong to (DESIGN.md §3.2a). */
	AUDIENCE_MAYBE_FACTOR: 0.7,

	/** Diversity: the first this-many places are re-ranked (MMR-style), the rest keep order. */
	DIVERSITY_WINDOW: 30,
	/** Subtracted per earlier pick from the same organisation. */
	ORGANISATION_REPEAT_PENALTY: 0.05,
	/** Subtracted per earlier pick serving the same wanted category (when several are wanted). */
	CATEGORY_REPEAT_PENALTY: 0.03,

	/** Fewer results than this and the ranking says which rule to relax. */
	THIN_RESULTS: 3,
	/** Distances offered when suggesting a wider search. */
	DISTANCE_STEPS_KM: Object.freeze([1, 2, 3, 5, 8, 10, 15, 20, 30, 50]),

	/** A search of the whole directory reaches this far (the person's own limit does not apply). */
	SEARCH_MAX_DISTANCE_KM: 50,

	/** Results returned when a caller does not say. */
	DEFAULT_LIMIT: 20
});

export type Tuning = typeof TUNING;
