/** Real-world-like pages for the import tests: the article's words are listed so tests can check them. */

export const ARTICLE_PARAGRAPHS = [
  "Israel has kept a careful distance from Moscow since the war in Ukraine began, officials said on Tuesday, even as Russian rhetoric toward Jerusalem has hardened.",
  "The deconfliction mechanism set up in 2015 still operates, according to two analysts who follow the relationship closely, although contacts have become less frequent.",
  "Russia hosted a Hamas delegation in Moscow weeks after the October 7 attack, a move that drew a sharp protest from Israel's foreign ministry.",
  "Analysts differ on what comes next. Some expect a slow thaw; others see the relationship as broken for a generation.",
];

export const ARTICLE_QUOTE =
  "“We want to maintain our freedom of action in Syria,” the official said, “and that requires talking to Moscow.”";
export const ARTICLE_LIST = [
  "Strikes on Iranian targets in Syria",
  "Hamas visits to Moscow",
  "Votes at the UN Security Council",
];
export const ARTICLE_CAPTION =
  "Israeli and Russian officials at a meeting in Sochi in 2021. (Photo: Pool / Reuters)";
export const ARTICLE_HEADING = "A mechanism under strain";
export const FURNITURE = [
  "Sign up for our newsletter",
  "Subscribe now",
  "Home",
  "World",
  "Opinion",
  "© 2024 The Daily Example. All rights reserved.",
  "Privacy policy",
  "Most read",
];

export const ARTICLE_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Israel keeps its distance from Moscow | The Daily Example</title>
  <meta property="og:title" content="Israel keeps its distance from Moscow">
  <meta name="author" content="Dana Levi">
  <meta property="article:published_time" content="2024-03-19T07:35:00-04:00">
  <link rel="stylesheet" href="https://cdn.example.com/site.css">
  <script src="https://cdn.example.com/tracker.js"></script>
  <script>window.dataLayer = [];</script>
  <style>.newsletter { color: red }</style>
</head>
<body>
  <header class="site-header">
    <a href="/" class="logo">The Daily Example</a>
    <nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
    <form class="search"><input name="q" placeholder="Search"><button>Search</button></form>
  </header>
  <main>
    <article>
      <h1>Israel keeps its distance from Moscow</h1>
      <p class="byline">By <a rel="author" href="/dana-levi">Dana Levi</a></p>
      <time datetime="2024-03-19T07:35:00-04:00">March 19, 2024</time>
      <div class="article-body">
        <p>${ARTICLE_PARAGRAPHS[0]}</p>
        <figure>
          <img src="https://cdn.example.com/sochi.jpg" alt="Officials in Sochi" width="800" height="533">
          <figcaption>${ARTICLE_CAPTION}</figcaption>
        </figure>
        <p>${ARTICLE_PARAGRAPHS[1]}</p>
        <aside class="newsletter-signup sidebar">
          <h3>Sign up for our newsletter</h3>
          <p>Get the day's top stories in your inbox.</p>
          <form action="/subscribe"><input type="email" name="email"><button>Subscribe now</button></form>
        </aside>
        <h2>${ARTICLE_HEADING}</h2>
        <blockquote><p>${ARTICLE_QUOTE}</p></blockquote>
        <p>${ARTICLE_PARAGRAPHS[2]}</p>
        <p>The disputes fall into three areas:</p>
        <ul>${ARTICLE_LIST.map((item) => `<li>${item}</li>`).join("")}</ul>
        <p>${ARTICLE_PARAGRAPHS[3]}</p>
      </div>
    </article>
    <aside class="sidebar related"><h3>Most read</h3><ul><li><a href="/a">Story A</a></li><li><a href="/b">Story B</a></li></ul></aside>
  </main>
  <footer class="site-footer">
    <p>© 2024 The Daily Example. All rights reserved.</p>
    <a href="/privacy">Privacy policy</a>
  </footer>
</body>
</html>`;

/** Markup of script vectors that must never survive an import (the unit and end-to-end XSS tests). */
export const XSS_MARKUP = [
  "<script",
  "onerror",
  "onload",
  "javascript:",
  "<iframe",
  "<svg",
  "<object",
  "<embed",
  "<style",
];
