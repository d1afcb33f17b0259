import { toLine, type ChromeCategory } from './chromeLine';
import { LABEL_RULES, UI_RULES } from './labelRules';
import { PROMO_RULES } from './promoRules';

export type { ChromeCategory } from './chromeLine';

/** Longest line any rule may see (the donation rule's 80 words fit well inside). */
const MAX_CHROME_CHARS = 1500;

// Order matters: the first matching rule names the category.
const RULES = [...LABEL_RULES, ...PROMO_RULES, ...UI_RULES];

/** The kind of page furniture a line is, or null when it may be article text. */
export function classifyChrome(text: string): ChromeCategory | null {
  // Furniture is short; a longer line is text, and skipping it keeps every rule's work bounded.
  if (text.length > MAX_CHROME_CHARS) return null;
  const line = toLine(text);
  for (const [category, test] of RULES) if (test(line)) return category;
  return null;
}

/** Boxes a publisher drops into an article: a heading right above one belongs to the box. */
export function isPromoBox(category: ChromeCategory | null): boolean {
  return ['newsletter', 'donate', 'promo', 'social', 'legal', 'about-author', 'contact', 'cookie'].includes(
    category ?? '',
  );
}

/** Section headers after which a page holds only other stories or reader comments. */
export function isTerminator(category: ChromeCategory | null): boolean {
  return category === 'related' || category === 'comments';
}
