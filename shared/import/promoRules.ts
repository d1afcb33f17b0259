import { addressesReader, spoken, toReader, whole, type Rule } from './chromeLine';
import { CALL_TO_ACTION } from './chromeVocabulary';

// An e-mail address, matched from its "@" outward with bounded parts so it stays linear on long
// runs without spaces (an unbounded local part backtracked quadratically: issue 14).
const EMAIL = /[\w.+-]@[\w-]{1,63}\.\w/u;

/** Boxes that talk to the reader: cookie consent, newsletters, donations, follow-us, legal and contact lines. */
export const PROMO_RULES: Rule[] = [
  [
    'cookie',
    whole(
      /^(we )?(value|respect|care about|protect) your privacy|^(your privacy|privacy) (choices|matters|preferences)$|^(accept( all)?( cookies)?|reject( all)?( cookies)?|i agree|agree|ok(ay)?,? got it|got it|manage (cookies|preferences|options|consent|settings)|customi[sz]e( settings)?|cookie (policy|settings|preferences|consent)|privacy (settings|preferences)|alle akzeptieren|akzeptieren|ablehnen|tout accepter|tout refuser|accepter|refuser|continuer sans accepter|aceptar( todo)?|rechazar)$/iu,
    ),
  ],
  [
    'cookie',
    (l) =>
      /\bcookies?\b/iu.test(l.text) &&
      /\b(accept|consent|agree|experience|browsing|partners|personali[sz]|analytics|continuing|settings|zustimm|akzeptier|einwillig|consentement|navigation|navega|acepta|aceit|accetta|consenso|preferencias)/iu.test(
        l.text,
      ) &&
      !spoken(l),
  ],
  [
    'newsletter',
    (l) =>
      l.words.length <= 45 &&
      !spoken(l) &&
      /\b(newsletters?|subscrib(e|ed|es|ing|ers?)|subscription|sign up|signup|inbox|unsubscribe|view (this )?(email )?in (your )?browser|abonnieren|abonnez|s['’]abonner|inscrivez|suscríbete|(manage|update) (your )?(email )?preferences|forward (this )?(email|to a friend)|enter your email)\b/iu.test(
        l.text,
      ) &&
      toReader(l),
  ],
  [
    'donate',
    (l) =>
      l.words.length <= 80 &&
      !spoken(l) &&
      /\b(donate|donations?|donating|chip in|support (our|us|independent|local|quality|this|nonprofit|non-profit)\b|become a (member|supporter|patron|sustaining)|make a (gift|contribution|donation)|reader[- ](funded|supported)|(monthly|one-time|recurring) (gift|contribution|donation)|spenden|unterstützen sie|faire un don|soutenez)/iu.test(
        l.text,
      ) &&
      toReader(l),
  ],
  [
    'social',
    (l) =>
      l.words.length <= 25 &&
      /^(follow|like|join|find|connect with) (us|@\S+|the .{1,40}?)\b.{0,60}\b(on|at)\b|^(follow (us|@\S+)|folgen sie uns|suivez[- ]nous|síguenos)/iu.test(
        l.text,
      ),
  ],
  [
    'legal',
    (l) =>
      l.words.length <= 45 &&
      /\b(by (signing up|subscribing|clicking|continuing|registering|submitting)|you (agree|consent) to|(read|see) our (terms|privacy))\b/iu.test(
        l.text,
      ) &&
      /\b(terms|privacy|policy|conditions)\b/iu.test(l.text),
  ],
  ['promo', (l) => !spoken(l) && CALL_TO_ACTION.test(l.text) && addressesReader.test(l.text)],
  [
    'contact',
    (l) =>
      l.words.length <= 30 &&
      EMAIL.test(l.text) &&
      /\b(contact|email|e-mail|write|tips?|reach|send|get in touch|story idea|kontakt|écrivez)\b/iu.test(
        l.text,
      ) &&
      !spoken(l),
  ],
  ['contact', whole(/^(got|have) a (news )?tip\b/iu)],
  [
    'about-author',
    whole(
      /^(about the (author|writer)|more (articles|stories|posts|columns)? ?(by|from this author)|view all (posts|articles|stories) by|all (articles|stories) by|see (all|more) (articles|stories) by|über (den|die) autor(in)?|à propos de l['’]auteur)\b/iu,
    ),
  ],
];
