/** As Parallax's next.config.js builds, minus headers: the floor measures the framework, not our policy. */
export default { reactStrictMode: true, poweredByHeader: false };
