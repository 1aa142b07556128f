/** A heading and a sentence, no client component: only the framework's own scripts load. */
export default function FrameworkOnly() {
  return (
    <>
      <h1>Israel Faces Tough Balancing Act on Russia and the West</h1>
      <p>A page with no client component: the scripts it loads are Next.js and React alone.</p>
    </>
  );
}
