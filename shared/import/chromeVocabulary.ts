// Generic vocabulary of web-page furniture, shared by every outlet: sharing, comments,
// subscriptions, cookie consent, navigation. Nothing here names a particular site.

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Words a share/save toolbar is made of; a line made only of these is a toolbar. */
export const SHARE_WORDS = words(`
  share shares shared sharing this article story post page on via with tweet facebook twitter x linkedin
  whatsapp email e mail print copy copied link links url reddit pinterest pin it telegram messenger flipboard
  bluesky threads mastodon save saved bookmark gift send the to a friend friends your teilen drucken kopieren
  artikel partager imprimer copier lien compartir imprimir enlace sms`);

/** Words that prove a toolbar is about sharing rather than an ordinary short line. */
export const SHARE_CORE = words(`
  share sharing tweet facebook twitter linkedin whatsapp pinterest reddit telegram bluesky flipboard mastodon
  teilen partager compartir`);

/** Section and service names of site menus and footers. */
export const NAV_WORDS = words(`
  home homepage news world local national international politics business economy markets money finance
  sport sports football culture arts books music film movies tv television entertainment lifestyle life style
  travel food health science tech technology climate environment education opinion opinions analysis
  features video videos podcasts podcast photos gallery weather latest top breaking trending live more menu
  search subscribe login log in sign out register account newsletters newsletter contact about us advertise
  careers jobs privacy terms policy cookies accessibility sitemap rss help faq archive archives events
  games puzzles crosswords obituaries real estate autos cars property magazine investigations data
  us uk europe asia africa americas middle east australia region regions city cities columns columnists
  letters editorials sections edition epaper e-paper shop store and the of
  nachrichten politik wirtschaft kultur wissen panorama meinung startseite suche anmelden abo
  accueil actualités actualites monde économie economie culture société societe recherche connexion
  noticias mundo economía deportes cultura portada`);

/** Call-to-action phrases of promotion boxes. */
export const CALL_TO_ACTION =
  /\b(visit (us|our)|click(ing)? (here|the link|below|right here)|tap here|stay (up[- ]to[- ]date|updated|informed|tuned|connected)|go-to source|don['’]t miss|download (our|the) (\S+ ){0,4}app|get (the|our) (\S+ ){0,4}app|get (breaking )?(news )?alerts|turn on (notifications|alerts)|sign up|subscribe|follow us|check out (our|more)|explore (our|more)|read our|join (us|our|the conversation)|become a (member|subscriber|supporter)|start your (free )?trial)\b/iu;

/** Quoted speech with attribution: protects a paragraph from promo-style rules. */
export const QUOTED_SPEECH = /["“”«»„]/u;
/** Reporting verbs that attribute a quotation to a speaker. */
export const ATTRIBUTION =
  /\b(said|says|told|according to|wrote|added|sagte|sagt|erklärte|a déclaré|a dit|selon|dijo|afirmó)\b/iu;
