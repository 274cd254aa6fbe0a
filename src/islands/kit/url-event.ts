// The event that tells islands the query changed in place (no reload): UrlState reads the URL again on it, as on
// popstate. Its own file so page scripts (TryIt.astro) can dispatch it without loading Svelte.

/** Dispatched on window after a script changed location.search in place. */
export const URL_STATE_EVENT = 'vg:url-state';
