export interface JsonLdFacts {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  siteName: string | null;
  language: string | null;
  url: string | null;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPE = /(Article|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting)$/;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const types = (node: Json): string[] => {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
};

// @graph and arrays, flattened; bounded so a hostile document cannot recurse without end.
function collect(value: unknown, out: Json[], depth: number): void {
  if (depth > 4 || out.length > 200) return;
  if (Array.isArray(value)) for (const v of value) collect(v, out, depth + 1);
  else if (isObject(value)) {
    out.push(value);
    if (Array.isArray(value['@graph'])) collect(value['@graph'], out, depth + 1);
  }
}

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((v) => str(v) ?? (isObject(v) ? str(v.name) : null))
    .filter((n): n is string => n !== null && !/^https?:\/\//i.test(n));
}

function nameOf(value: unknown): string | null {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return str(first) ?? (isObject(first) ? str(first.name) : null);
}

function idOf(value: unknown): string | null {
  return str(value) ?? (isObject(value) ? (str(value['@id']) ?? str(value.url)) : null);
}

/** Article facts from the page's JSON-LD blocks; malformed blocks are skipped. */
export function jsonLdArticle(blocks: readonly string[]): JsonLdFacts {
  const nodes: Json[] = [];
  for (const raw of blocks) {
    try {
      collect(JSON.parse(raw) as unknown, nodes, 0);
    } catch {
      // A broken JSON-LD block is common and says nothing about the article.
    }
  }
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t)));
  const site = nodes.find((n) => types(n).includes('WebSite'));
  const lang = article?.inLanguage;
  return {
    headline: str(article?.headline) ?? str(article?.name),
    authors: article ? names(article.author ?? article.creator) : [],
    datePublished: str(article?.datePublished) ?? str(article?.dateCreated),
    dateModified: str(article?.dateModified),
    publisher: article ? (nameOf(article.publisher) ?? nameOf(article.sourceOrganization)) : null,
    siteName: site ? str(site.name) : null,
    language: str(lang) ?? (isObject(lang) ? (str(lang.alternateName) ?? str(lang.name)) : null),
    url: article ? (idOf(article.url) ?? idOf(article.mainEntityOfPage)) : null,
  };
}
