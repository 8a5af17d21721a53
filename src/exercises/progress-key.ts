// Where the progress lives in localStorage (a module of its own: the page's small scripts import only this).
export const PROGRESS_KEY = 'cours-docker:progression';
/** Sent on `window` when this page changed the progress (other tabs get a `storage` event). */
export const PROGRESS_EVENT = 'cours-progression';
