// Right to left for Urdu: nhsuk-frontend is written for left-to-right pages, with physical
// `left`/`right` throughout (radios, back link, inset text, details). RTLCSS adds a
// `[dir="rtl"]` mirror of each such rule, so the design system reads correctly under
// `<html dir="rtl">` and left-to-right pages keep the stylesheet they had.
import postcssRTLCSS from 'postcss-rtlcss';
import { Mode } from 'postcss-rtlcss/options';

export default {
	plugins: [postcssRTLCSS({ mode: Mode.override, processKeyFrames: true })]
};
