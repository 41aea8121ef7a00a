import { en } from './en';

/** The interface text. One language for now; others arrive as files shaped like `en`. */
export const m = en;
export { format } from './en';
