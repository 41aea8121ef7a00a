/**
 * The port the e2e server listens on: 4173 unless E2E_PORT says otherwise, so two checkouts
 * on one machine can run their suites side by side.
 */
export const E2E_PORT = Number(process.env.E2E_PORT || 4173);
export const E2E_ORIGIN = `http://localhost:${E2E_PORT}`;
/** Further ports for tests that start servers of their own, offset from E2E_PORT. */
export const extraPort = (offset: number) => E2E_PORT + offset;
/** The fake tile server the e2e server starts (tests/e2e/server.js), serving TILE_URL. */
export const FAKE_TILES_PORT = extraPort(330);
