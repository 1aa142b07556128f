/** The join code, big and spaced for a projector, with where to type it; read out letter by letter. */
export function JoinCode({ code, joinUrl }: { code: string; joinUrl: string }) {
  const half = Math.ceil(code.length / 2);
  return (
    <div className="space-y-2 text-center" data-join-code={code}>
      <p className="font-sans text-sm font-semibold uppercase tracking-wider text-muted">Join code</p>
      <p className="whitespace-nowrap font-mono text-5xl font-bold tracking-[0.2em] sm:text-8xl">
        <span aria-hidden="true">
          {code.slice(0, half)}
          <span className="inline-block w-[0.4em]" />
          {code.slice(half)}
        </span>
        <span className="sr-only">{code.split("").join(" ")}</span>
      </p>
      <p className="font-sans text-lg">
        Students go to {/* Its own line when it fits there; broken only when longer than a line. */}
        <strong className="inline-block max-w-full break-all align-bottom">{joinUrl}</strong> and type this
        code.
      </p>
    </div>
  );
}
