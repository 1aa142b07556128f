/**
 * Runs before first paint so a saved dark/light choice never flashes the other theme.
 * Kept tiny and static: its hash is allowed by the Content-Security-Policy.
 */
export const THEME_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';document.documentElement.dataset.theme=t}catch(e){}";

export function ThemeScript() {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: a constant string, not user input
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
