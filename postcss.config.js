// Right to left for Urdu: nhsuk-frontend is written for left-to-right pages, with physical
// `left`/`right` throughout (radios, back link, inset text, details). RTLCSS adds a
// `[dir="rtl"]` mirror of each such rule, so the design system reads correctly under
// `<html dir="rtl">` and left-to-right pages keep the stylesheet they had.
//
// Maps' stylesheets (Leaflet's and ours for its controls) are left alone: a map is never
// mirrored (its panes and tiles are placed from the left), and `[dir="rtl"] .leaflet-pane`
// would match inside the map's own `dir="ltr"`.
import postcssRTLCSS from 'postcss-rtlcss';
import { Mode } from 'postcss-rtlcss/options';

const NOT_MIRRORED = /[\\/](node_modules[\\/]leaflet|src[\\/]lib[\\/]client[\\/]map)[\\/]/;
const rtl = postcssRTLCSS({ mode: Mode.override, processKeyFrames: true });

/** @type {import('postcss').PluginCreator<void>} */
const mirrorExceptMaps = () => ({
	postcssPlugin: 'waymark-rtlcss',
	Once(root, helpers) {
		if (NOT_MIRRORED.test(root.source?.input.file ?? '')) return;
		return rtl.Once?.(root, helpers);
	}
});
mirrorExceptMaps.postcss = true;

export default {
	plugins: [mirrorExceptMaps()]
};
