/** Parallax's build settings that change what the browser gets; no headers or server-only packages (none used). */
export default { reactStrictMode: true, poweredByHeader: false };
