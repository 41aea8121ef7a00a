/**
 * Leaflet, loaded only when a map is shown: the start page and the questions never carry it.
 * Every map here draws its tiles from `TILE_URL` with `crossOrigin`, so the service worker
 * caches them as readable responses at their real size (an opaque tile counts as about 7 MB
 * against Chromium's quota); tiles once seen then draw again offline.
 */
import type * as Leaflet from 'leaflet';
import { attributionHtml, type AttributionPart } from '$lib/map/attribution';

export type LeafletModule = typeof Leaflet;

export interface MapSettings {
	centre: { lat: number; lng: number };
	zoom: number;
	tiles: { url: string; attribution: AttributionPart[] };
}

export interface MapOptions {
	/** The page reads right to left: the controls move to the start side; the map does not. */
	isRtl: boolean;
	labels: { zoomIn: string; zoomOut: string };
	/** A small map on a phone leaves one-finger drags to the page, which scrolls. */
	isDraggable?: boolean;
}

/** The highest zoom OpenStreetMap's standard tiles are drawn at. */
export const MAX_ZOOM = 19;

let loading: Promise<LeafletModule> | undefined;

export function loadLeaflet(): Promise<LeafletModule> {
	loading ??= Promise.all([
		import('leaflet'),
		import('leaflet/dist/leaflet.css'),
		import('./map-controls.css')
	]).then(([module]) => (module as { default?: LeafletModule }).default ?? module);
	// A failed load (offline before the code was cached) may be tried again later.
	loading.catch(() => (loading = undefined));
	return loading;
}

export function prefersReducedMotion(): boolean {
	return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export async function createMap(
	element: HTMLElement,
	settings: MapSettings,
	options: MapOptions
): Promise<{ L: LeafletModule; map: Leaflet.Map }> {
	const L = await loadLeaflet();
	const isAnimated = !prefersReducedMotion();
	const map = L.map(element, {
		preferCanvas: true,
		zoomControl: false,
		attributionControl: false,
		scrollWheelZoom: false,
		dragging: options.isDraggable ?? true,
		zoomAnimation: isAnimated,
		fadeAnimation: isAnimated,
		markerZoomAnimation: isAnimated,
		inertia: isAnimated,
		maxZoom: MAX_ZOOM
	});
	const start = options.isRtl ? 'topright' : 'topleft';
	const end = options.isRtl ? 'bottomleft' : 'bottomright';
	L.control
		.zoom({
			position: start,
			zoomInTitle: options.labels.zoomIn,
			zoomOutTitle: options.labels.zoomOut
		})
		.addTo(map);
	L.control.attribution({ position: end, prefix: false }).addTo(map);
	L.tileLayer(settings.tiles.url, {
		attribution: attributionHtml(settings.tiles.attribution),
		crossOrigin: 'anonymous',
		maxZoom: MAX_ZOOM
	}).addTo(map);
	map.setView(settings.centre, settings.zoom, { animate: false });
	return { L, map };
}

/** Text for a tooltip or label, never read as HTML. */
export function textElement(text: string, className?: string): HTMLElement {
	const span = document.createElement('span');
	span.textContent = text;
	if (className) span.className = className;
	return span;
}
