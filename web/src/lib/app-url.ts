/**
 * The full address of a path of this web app, for links that people share (a programme's sign-up
 * page, a newcomer's intake link): the API returns paths such as "/#/join/…".
 */
export function appUrl(path: string): string {
  const app = new URL(import.meta.env.BASE_URL, window.location.origin);
  // "/#/join/…" (or "#/join/…") belongs after the app's own path, never at the site's root.
  if (path.startsWith('/#') || path.startsWith('#')) return `${app.origin}${app.pathname.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
  return new URL(path.replace(/^\//, ''), app).toString();
}
