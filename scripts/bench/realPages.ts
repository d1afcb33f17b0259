import { rng } from './corpus';
import { LANGUAGES, type Language } from './realPageLanguages';

export { LANGUAGES };

/**
 * Deterministic "real-world weight" news pages (issue 17, item 2): what a reporter saves from a
 * news site is 100–300 KB of which the article is a few per cent. Each page carries what real
 * pages carry: preload links, several style sheets, a framework state blob that repeats the
 * article, analytics and ad scripts, JSON-LD, a mega-menu, inline SVG icons, share bars, ad
 * slots, a related-stories grid, a comments section, a footer of link columns and a cookie
 * banner, in one of several scripts (Latin, Cyrillic, Arabic, Han, kana, Hangul); the word
 * lists (realPageLanguages.ts) are invented for the bench.
 */
const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function sentence(next: () => number, lang: Language, length: number): string {
  const words = Array.from({ length }, () => pick(next, lang.words));
  if (next() < 0.3) words.splice(1, 0, pick(next, lang.names));
  if (next() < 0.2) words.push(String(Math.floor(next() * 2000)));
  const text = words.join(lang.space);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${lang.stop}`;
}

function paragraph(next: () => number, lang: Language): string {
  return Array.from({ length: 2 + Math.floor(next() * 4) }, () =>
    sentence(next, lang, 8 + Math.floor(next() * 14)),
  ).join(lang.space || '');
}

// A 24-path icon sprite and a few standalone icons, as sites inline them into every page.
function svgIcon(next: () => number, name: string): string {
  const path = Array.from(
    { length: 6 },
    () => `L${(next() * 24).toFixed(2)} ${(next() * 24).toFixed(2)}`,
  ).join(' ');
  return `<svg class="icon icon-${name}" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M2 2 ${path} Z" fill="currentColor"/></svg>`;
}

function styles(next: () => number, bytes: number): string {
  const rules: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const rule = `.c-${i.toString(36)}-${Math.floor(next() * 1e6).toString(36)}{margin:${i % 7}px ${i % 5}em;color:#${Math.floor(
      next() * 0xffffff,
    )
      .toString(16)
      .padStart(
        6,
        '0',
      )};font:${14 + (i % 6)}px/1.${i % 9} system-ui,sans-serif}@media (min-width:${600 + (i % 8) * 40}px){.c-${i.toString(36)}{display:${i % 2 ? 'grid' : 'flex'}}}`;
    rules.push(rule);
    size += rule.length;
  }
  return `<style>${rules.join('\n')}</style>`;
}

/** The framework's state blob: the article again plus teasers, as server-rendered apps embed. */
function stateScript(next: () => number, lang: Language, body: string[], bytes: number): string {
  const teasers: unknown[] = [];
  let size = JSON.stringify(body).length;
  for (let i = 0; size < bytes; i++) {
    const teaser = {
      id: Math.floor(next() * 1e9),
      headline: sentence(next, lang, 8),
      url: `/news/${i}-${Math.floor(next() * 1e6)}`,
      image: { src: `/img/${Math.floor(next() * 1e8).toString(16)}.jpg`, w: 1200, h: 675 },
      tracking: { slot: `teaser-${i}`, ab: next() < 0.5 ? 'a' : 'b' },
    };
    teasers.push(teaser);
    size += JSON.stringify(teaser).length;
  }
  const state = JSON.stringify({ props: { page: { body }, teasers }, buildId: 'x9f3', isFallback: false });
  return `<script id="__NEXT_DATA__" type="application/json">${state.replace(/</g, '\\u003c')}</script>`;
}

function comments(next: () => number, lang: Language, count: number): string {
  const items = Array.from({ length: count }, (_, i) => {
    const who = `${pick(next, lang.names).split(' ')[0] ?? 'user'}${Math.floor(next() * 999)}`;
    return `<li class="comment" id="c${i}"><div class="comment__meta"><img class="avatar" src="/a/${i}.png" alt="" width="32" height="32"><span class="comment__author">${esc(who)}</span> <time datetime="2025-03-0${1 + (i % 9)}T1${i % 10}:00:00Z">${i + 1} h</time></div><p class="comment__text">${esc(sentence(next, lang, 6 + Math.floor(next() * 18)))}</p><button class="comment__reply">${svgIcon(next, 'reply')}Reply</button> <button class="comment__like">${svgIcon(next, 'like')}${Math.floor(next() * 90)}</button></li>`;
  });
  return `<section class="comments" aria-label="${lang.ui.comments}"><h2>${lang.ui.comments} (${count})</h2><ol class="comment-list">${items.join('')}</ol></section>`;
}

function megaMenu(next: () => number, lang: Language, links: number): string {
  const groups: string[] = [];
  for (let g = 0; g < links / 12; g++) {
    const items = Array.from(
      { length: 12 },
      (_, i) =>
        `<li class="menu__item"><a class="menu__link" href="/s/${g}/${i}">${esc(pick(next, lang.words))}</a></li>`,
    ).join('');
    groups.push(`<li class="menu__group"><span>${esc(pick(next, lang.words))}</span><ul>${items}</ul></li>`);
  }
  return `<nav class="mega-menu" aria-label="${lang.ui.home}"><ul class="menu">${groups.join('')}</ul></nav>`;
}

function related(next: () => number, lang: Language, count: number): string {
  const cards = Array.from(
    { length: count },
    (_, i) =>
      `<article class="card"><a href="/news/r${i}"><img src="/img/r${i}.jpg" alt="" loading="lazy"><h3 class="card__title">${esc(sentence(next, lang, 7))}</h3></a><span class="card__kicker">${esc(pick(next, lang.words))}</span></article>`,
  ).join('');
  return `<aside class="related"><h2>${lang.ui.related}</h2><div class="grid">${cards}</div></aside>`;
}

function footer(next: () => number, lang: Language): string {
  const columns = Array.from(
    { length: 8 },
    (_, c) =>
      `<div class="footer__col"><h4>${esc(pick(next, lang.words))}</h4><ul>${Array.from({ length: 10 }, (_, i) => `<li><a href="/f/${c}/${i}">${esc(pick(next, lang.words))}</a></li>`).join('')}</ul></div>`,
  ).join('');
  return `<footer class="site-footer"><div class="footer__cols">${columns}</div><p class="copyright">© 2025 North Wire Media</p></footer>`;
}

const SCRIPTS = [
  `<script async src="https://www.googletagmanager.example/gtm.js?id=GTM-XXXX"></script>`,
  `<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-BENCH');</script>`,
  `<script>!function(e,t){var n=t.createElement("script");n.async=!0,n.src="/cmp.js",t.head.appendChild(n)}(window,document);</script>`,
];

/** One page of 100,000–300,000 characters (chosen by the seed; more bytes in UTF-8 outside Latin script). */
export function realPage(seed: number): { html: string; language: string } {
  const next = rng(seed * 7919 + 17);
  const lang = LANGUAGES[seed % LANGUAGES.length] as Language;
  const target = 100_000 + Math.floor(next() * 200_000);
  const title = sentence(next, lang, 7).slice(0, -lang.stop.length);
  const author = pick(next, lang.names);
  const date = new Date(Date.UTC(2024, seed % 12, 1 + (seed % 27), 8 + (seed % 10))).toISOString();
  const body = Array.from({ length: 8 + Math.floor(next() * 18) }, () => paragraph(next, lang));
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: date,
    author: [{ '@type': 'Person', name: author }],
    publisher: { '@type': 'Organization', name: 'North Wire' },
  });
  const inArticle = body
    .map((p, i) =>
      i === 3
        ? `<div class="ad-slot" id="div-gpt-ad-${i}" data-sizes="[[300,250],[728,90]]"></div><p>${esc(p)}</p>`
        : i === 6
          ? `<aside class="inline-related"><a href="/news/x${seed}">${esc(sentence(next, lang, 6))}</a></aside><p>${esc(p)}</p>`
          : `<p>${esc(p)}</p>`,
    )
    .join('\n');
  const share = `<div class="share-bar"><span>${lang.ui.share}</span>${['fb', 'x', 'mail', 'link', 'print'].map((n) => `<a class="share share--${n}" href="#">${svgIcon(next, n)}</a>`).join('')}</div>`;
  const article = `<main id="content"><nav class="breadcrumb"><a href="/">${lang.ui.home}</a> › <a href="/news">${esc(pick(next, lang.words))}</a></nav><article class="story"><header><h1 class="story__title">${esc(title)}</h1><p class="byline">${lang.ui.byline} <a rel="author" href="/authors/${seed % 5}">${esc(author)}</a> · <time datetime="${date}">${date.slice(0, 10)}</time></p></header>${share}<figure><img src="/img/lead-${seed}.jpg" alt="" width="1200" height="675"><figcaption>${esc(sentence(next, lang, 9))}</figcaption></figure><div class="story__body">${inArticle}</div>${share}</article>${related(next, lang, 12)}${comments(next, lang, 20 + Math.floor(next() * 40))}</main>`;
  const head = `<head><meta charset="utf-8"><title>${esc(title)} | North Wire</title><meta name="viewport" content="width=device-width,initial-scale=1"><meta property="og:title" content="${esc(title)}"><meta property="og:site_name" content="North Wire"><meta property="article:published_time" content="${date}"><meta name="author" content="${esc(author)}">${Array.from({ length: 12 }, (_, i) => `<link rel="preload" as="font" href="/fonts/f${i}.woff2" crossorigin>`).join('')}<script type="application/ld+json">${jsonLd}</script>${SCRIPTS.join('')}`;
  const cookie = `<div class="cookie-banner" role="dialog"><p>${esc(sentence(next, lang, 20))}</p><button>OK</button></div>`;
  const header = `<header class="site-header"><a class="logo" href="/">${svgIcon(next, 'logo')}North Wire</a>${megaMenu(next, lang, 120 + Math.floor(next() * 180))}<form class="search"><input type="search" name="q">${svgIcon(next, 'search')}</form></header>`;
  const fixed = head.length + header.length + article.length + cookie.length + 4000;
  // What is left of the target goes to the state blob and the style sheets, as on real pages.
  const rest = Math.max(10_000, target - fixed);
  const heavy = `${styles(next, rest * 0.35)}${stateScript(next, lang, body, rest * 0.55)}`;
  const html = `<!doctype html><html lang="${lang.code}"${lang.dir ? ` dir="${lang.dir}"` : ''}>${head}${heavy}</head><body class="article-page">${cookie}${header}${article}${footer(next, lang)}${SCRIPTS.join('')}</body></html>`;
  return { html, language: lang.code };
}
