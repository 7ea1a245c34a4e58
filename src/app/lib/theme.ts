/**
 * Colour theme: by default the page follows `prefers-color-scheme`; a stored choice ("light" or
 * "dark" in localStorage) wins and is applied as `data-theme` on <html> by THEME_SCRIPT, which
 * runs in <head> before the first paint so that there is no flash of the wrong theme.
 */
export const THEME_STORAGE_KEY = "pyprep-theme";

export type Theme = "light" | "dark";

/** Inline script for <head>: applies the stored theme, if any. Must stay tiny and never throw. */
export const THEME_SCRIPT = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t)}catch(e){}})()`;
