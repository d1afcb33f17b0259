// Closed-class words (pronouns, "reader"), not phrases: the same few words open every appeal
// in a language, whatever the outlet writes around them. Scripts without spaces match by substring.
// Left out where they collide with common words of other languages: Turkish "size" (to you; the
// English noun, "an Olympic-size pool") and Dutch "u" (you; an initial, "B. U. Smith").
const READER_WORDS = new Set(
  `you your yours yourself you're you'll you've reader readers reading
  du dich dir dein deine euch euer leser leserin leserinnen
  vous votre vos toi ton ta tes lecteur lecteurs lectrice lectrices
  usted ustedes tú tu tus te ti lector lectora lectores lectoras
  voi vostro vostra tuo tua lettore lettori lettrici você vocês leitor leitores
  ty twój twoja wasz wasza państwo czytelnik czytelnicy czytelniku czytelników
  вы вас вам ваш ваша ваше ваши вами ты тебя тебе твой читатель читатели читателей читателям
  ви вас вам ваш ваша ваше ваші вами ти тебе твій читач читачі читачів читачам
  siz sizin okur okurlar okurlarımız okuyucu okuyucular uw jij jouw lezer lezers
  أنت أنتم لك لكم القارئ القراء قرائنا قرائها قراءنا אתם אתן אתה שלכם לכם קוראים קוראות`
    .split(/\s+/)
    .filter(Boolean),
);
// Polish "my" (we) is left out: it is also English "my", common in first-person blog posts.
const WE_WORDS = new Set(
  `we our us we're ours wir uns unser unsere unseren unserer unserem nous notre nos
  nosotros nosotras nuestro nuestra nuestros nuestras noi nostro nostra nós nosso nossa
  nas nam nasz nasza nasze naszą мы нас нам наш наша наше наши нами ми наші нами
  biz bizim bize wij ons onze نحن لنا אנחנו אנו שלנו לנו`
    .split(/\s+/)
    .filter(Boolean),
);
const UNSPACED_READER = /您|你|读者|読者|皆さま|皆様|あなた|ください|여러분|당신|독자|주세요|바랍니다/u;
const UNSPACED_WE = /我们|我們|私たち|我々|우리|저희|編集部|编辑部/u;
// German addresses the reader with capitalised Sie/Ihr; lower-case "sie" means "they".
// At a sentence start "Ihre" may mean "their", so only mid-sentence forms count.
const GERMAN_YOU = /[\p{Ll},;:–—-]\s+(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrer|Ihrem)(?![\p{L}])/u;
// A currency sign, or an amount followed by a currency code or word; bounded runs keep it linear.
const MONEY =
  /\p{Sc}\s?\d|\d[\d.,]{0,12}\s?(?:\p{Sc}|(?:EUR|USD|GBP|UAH|RUB|PLN|CHF|TRY|TL|грн|гривень|гривні|руб|рублей|рубля|euros?|dollars?|pounds?|zł|złotych|원|円|元|块|ש"ח|שקל|دولار|دينار|درهم|ريال|جنيه|ليرة)(?![\p{L}]))|دولارين|доллар/iu;
// A quotation long enough to be speech (a name in quotes is not): an opening mark and 20
// characters without a closing one. Fixed length, so linear.
const QUOTED = /["“«„「『][^"”»“」』]{20}/u;
// An address to go to: a link, a channel or an account handle.
const LINK = /https?:\/\/|www\.|\bt\.me\/|(?:^|\s)@[\p{L}\p{N}_]{2}/u;

export interface AppealSignals {
  /** Speaks to the reader: second person, "dear readers", polite requests. */
  reader: boolean;
  /** The publisher speaking of itself: "we", "our". */
  we: boolean;
  /** Names the outlet. */
  outlet: boolean;
  money: boolean;
  /** Quoted speech: a source talking in the story, never an appeal. */
  quoted: boolean;
  link: boolean;
}

function mentions(text: string, name: string | null): boolean {
  if (!name || name.length < 3) return false;
  return text.toLocaleLowerCase().includes(name.toLocaleLowerCase());
}

/** What a block says about who talks to whom, and whether it asks for money. */
export function appealSignals(text: string, words: readonly string[], outlet: string | null): AppealSignals {
  return {
    reader: words.some((w) => READER_WORDS.has(w)) || UNSPACED_READER.test(text) || GERMAN_YOU.test(text),
    we: words.some((w) => WE_WORDS.has(w)) || UNSPACED_WE.test(text),
    outlet: mentions(text, outlet),
    money: MONEY.test(text),
    quoted: QUOTED.test(text),
    link: LINK.test(text),
  };
}
