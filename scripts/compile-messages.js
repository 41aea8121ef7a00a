// npm run messages: compiles messages/*.json into src/lib/paraglide, as the build does.
import { compile } from '@inlang/paraglide-js';
import { PARAGLIDE_OPTIONS } from './lib/paraglide-options.js';

await compile({ ...PARAGLIDE_OPTIONS, emitGitIgnore: true });
