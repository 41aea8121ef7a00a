/**
 * Languages as feeds write them (ISO 639-1 "ur", ISO 639-2/3 "urd", or a name "Urdu") mapped to
 * the ISO 639-1 codes Waymark keeps. The table covers English, Welsh and the community languages
 * most spoken in England; anything else is reported, not guessed.
 */
const LANGUAGES: ReadonlyArray<readonly [code: string, name: string, ...other: string[]]> = [
	['en', 'English', 'eng'],
	['cy', 'Welsh', 'cym', 'wel', 'cymraeg'],
	['ur', 'Urdu', 'urd'],
	['pa', 'Punjabi', 'pan', 'panjabi'],
	['bn', 'Bengali', 'ben', 'bangla'],
	['gu', 'Gujarati', 'guj'],
	['hi', 'Hindi', 'hin'],
	['ta', 'Tamil', 'tam'],
	['pl', 'Polish', 'pol'],
	['ro', 'Romanian', 'ron', 'rum'],
	['lt', 'Lithuanian', 'lit'],
	['pt', 'Portuguese', 'por'],
	['es', 'Spanish', 'spa'],
	['fr', 'French', 'fra', 'fre'],
	['it', 'Italian', 'ita'],
	['de', 'German', 'deu', 'ger'],
	['ar', 'Arabic', 'ara'],
	['fa', 'Persian', 'fas', 'per', 'farsi'],
	['ps', 'Pashto', 'pus'],
	['ku', 'Kurdish', 'kur'],
	['so', 'Somali', 'som'],
	['ti', 'Tigrinya', 'tir'],
	['am', 'Amharic', 'amh'],
	['tr', 'Turkish', 'tur'],
	['zh', 'Chinese', 'zho', 'chi', 'mandarin'],
	['ru', 'Russian', 'rus'],
	['uk', 'Ukrainian', 'ukr'],
	['sq', 'Albanian', 'sqi', 'alb'],
	['ne', 'Nepali', 'nep'],
	['yi', 'Yiddish', 'yid'],
	['ga', 'Irish', 'gle'],
	['gd', 'Scottish Gaelic', 'gla', 'gaelic']
];

const BY_KEY = new Map<string, string>();
for (const [code, name, ...other] of LANGUAGES) {
	for (const key of [code, name, ...other]) BY_KEY.set(key.toLowerCase(), code);
}

/** The ISO 639-1 code for a code or English name, or undefined when not known. */
export function languageCode(value: string): string | undefined {
	const key = value.trim().toLowerCase();
	return BY_KEY.get(key) ?? BY_KEY.get(key.split(/[-_ (]/)[0]);
}

/** The English name of a code, for publishing `languages[].name`. */
export function languageName(code: string): string {
	return LANGUAGES.find(([c]) => c === code)?.[1] ?? code;
}
