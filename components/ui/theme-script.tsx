/**
 * Runs before first paint so a saved dark/light choice never flashes the other theme.
 * The Content-Security-Policy allows it by the request's nonce (proxy.ts), passed in by the root layout:
 * unlike a hash, a nonce survives edits to the script.
 */
export const THEME_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';document.documentElement.dataset.theme=t}catch(e){}";

export function ThemeScript({ nonce }: { nonce?: string | undefined }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: a constant string, not user input
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
