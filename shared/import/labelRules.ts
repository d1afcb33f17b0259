import { isBreadcrumb, isShareToolbar, whole, type Rule } from './chromeLine';

/** Labels, counters, toolbars, section headers and credits: furniture recognisable by its own words. */
export const LABEL_RULES: Rule[] = [
  ['hashtags', (l) => /^(?:#[\p{L}\p{N}_]+[\s,·|]*)+$/u.test(l.text)],
  [
    'tags',
    whole(
      /^(tags|topics|filed under|categories|category|themen|schlagw(ö|oe)rter|mots[- ]clés|sujets|etiquetas|keywords)\s*:/iu,
    ),
  ],
  [
    'counter',
    whole(
      /^[\d.,]+\s*[kmb]?\+?\s*(views?|reads?|shares?|likes?|plays?|listens?|claps?|reactions?|aufrufe|vues|partages|visitas)$/iu,
    ),
  ],
  [
    'counter',
    whole(
      /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*[-–]?\s*(min(ute)?s?)\.?\s*(read|reading|listen|watch|lesezeit|de lecture|lectura)$/iu,
    ),
  ],
  [
    'counter',
    whole(
      /^(estimated )?(reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura)\s*:?\s*(\d+|one|two|three|four|five)\s*(min|mins|minutes?|minuten?)\.?$/iu,
    ),
  ],
  [
    'counter',
    whole(/^(listen to (this|the) (article|story)|audio version|play audio|hören|écouter)\b.{0,30}$/iu),
  ],
  ['counter', whole(/^(image|photo|picture|slide|bild|foto)?\s*\d+\s*(of|\/|von|sur|de)\s*\d+$/iu)],
  ['counter', whole(/(^|\s)(page|seite|página|p\.)\s*\d+(\s*(of|\/|von|de|sur)\s*\d+)?$/iu)],
  ['share', (l) => isShareToolbar(l)],
  [
    'comments',
    whole(
      /^(\d+\s+)?(comments?|replies|responses|kommentare|commentaires|comentarios|reader comments|discussion)(\s*\(\d+\))?\s*:?$/iu,
    ),
  ],
  [
    'comments',
    whole(
      /^(leave|post|write|add|submit|view|show|read|see|load|hide|join)\b.{0,30}\b(comments?|reply|replies|conversation|discussion|response)\b/iu,
    ),
  ],
  [
    'comments',
    whole(
      /^(cancel reply|reply|post|submit|send|log in to (comment|reply)|sign in to (comment|reply)|comments are closed|be the first to comment|no comments yet|name|email|e-mail|website|comment|your name|your comment)\s*\*?\s*:?$/iu,
    ),
  ],
  [
    'comments',
    (l) =>
      /your email address will not be published|required fields are marked|save my name,? email|you must be (logged|signed) in to (post|leave) a comment|comments? (are|is) moderated|community guidelines/iu.test(
        l.text,
      ),
  ],
  [
    'back-to-top',
    whole(/^(back to top|scroll to top|to top|nach oben|retour en haut|volver arriba)( button)?\W*$/iu),
  ],
  [
    'related',
    whole(
      /^(related( articles| stories| posts| coverage| news| content| links| topics| reading)?|read (more|next|also)|more (stories|news|headlines|articles|like this|to read|to explore)|more (from|on|in|about) .{1,40}|you (may|might) (also )?(like|be interested in|enjoy)|recommended( for you| stories| reading| articles)?|most (read|popular|viewed|shared|commented)|trending( now| stories| topics)?|popular( now| stories)?|top stories|latest (news|stories|headlines|articles)|also (read|see)|see also|further reading|don['’]t miss|editor['’]?s['’]? picks|what to read next|in other news|weitere artikel|mehr zum thema|das könnte sie auch interessieren|meistgelesen|lire aussi|à lire aussi|sur le même sujet|voir aussi|les plus lus|te puede interesar|más leídas)\s*[:…!.»›→-]*$/iu,
    ),
  ],
  [
    'related-link',
    (l) =>
      l.words.length <= 30 &&
      /^(read more|related|also read|read also|see also|more|recommended|watch|listen|read|lire aussi|à lire aussi|mehr zum thema|lesen sie auch|auch interessant|siehe auch|lee también)\s*[:|»>›]\s*\S/iu.test(
        l.text,
      ),
  ],
  [
    'ad',
    whole(
      /^(advertisement|advertising|ad|ads|sponsored( content| post| by .{1,40})?|ads by .{1,30}|story continues (below|after)( this)?( advertisement| ad)?|article continues (below|after)( this)?( advertisement| ad)?|continue reading (below|after the ad)|anzeige|werbung|publicité|publicidad|paid (post|content|partner content)|promoted( content)?|partner content|presented by .{1,40})$/iu,
    ),
  ],
  [
    'ad',
    (l) =>
      l.text.split(/\s+/).length <= 3 &&
      /\b(div-gpt-ad|gpt-ad|ad-?slot|dfp-ad|adsbygoogle|ad-container|ad-unit|banner-ad)[\w-]*/iu.test(l.text),
  ],
  [
    'copyright',
    (l) =>
      l.words.length <= 40 &&
      /(©|\(c\)|\bcopyright\b)/iu.test(l.text) &&
      /\b(19|20)\d{2}\b|all rights reserved/iu.test(l.text),
  ],
  [
    'copyright',
    (l) =>
      l.words.length <= 40 &&
      /all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados/iu.test(
        l.text,
      ),
  ],
  [
    'image-credit',
    (l) =>
      l.words.length <= 40 &&
      /^\(?\s*(photo|image|picture|photograph|illustration|graphic|video|foto|bild|grafik|credit|quelle|crédit|photo credit|image credit|image source|pictured|top image|header image|main image|lead image)s?\s*(by|courtesy( of)?)?\s*[:©/]/iu.test(
        l.text,
      ),
  ],
  [
    'image-credit',
    (l) =>
      l.words.length <= 60 &&
      /[(.,;]\s*(photo|image|picture|photograph|illustration|foto|bild|credit|crédit)s?\s*(:|\/|by\b|courtesy of\b|©)\s*[^.]{2,80}\)?\.?$/iu.test(
        l.text,
      ),
  ],
  [
    'image-credit',
    (l) =>
      l.words.length <= 60 &&
      /\/\s*(getty images|afp|ap|reuters|epa(-efe)?|dpa|shutterstock|alamy|istock(photo)?|picture alliance|imago|keystone|anadolu|sipa|xinhua)\b[^.]{0,25}\)?\.?$/iu.test(
        l.text,
      ),
  ],
  ['image-credit', whole(/^\(?\s*(©|\(c\))\s*\S/iu)],
  ['breadcrumb', (l) => isBreadcrumb(l.text)],
];

/** Site-wide interface text: navigation entries, account links, player and feedback widgets. */
export const UI_RULES: Rule[] = [
  [
    'nav',
    whole(
      /^(skip to (the )?(main )?(content|navigation)|skip navigation|jump to (main )?content|(open|close|toggle|show|hide) (the )?(menu|navigation|search)|main menu|menu|search|search for:?|sign in|sign up|log ?in|log ?out|register|my account|subscribe( now| today)?|newsletters?|e-?edition|today['’]s paper|home|homepage|front page|sections|all sections|close|advertise( with us)?|about( us)?|contact( us)?|privacy( policy| settings| notice)?|terms( of (use|service|sale))?( (and|&) conditions)?|cookie (policy|settings|preferences)|accessibility( statement)?|site ?map|careers|jobs|rss( feeds?)?|imprint|impressum|datenschutz|mentions légales|help( cent(er|re))?|faq|ethics( policy)?|archives?|do not sell( or share)? my personal information|your privacy choices|manage cookies)$/iu,
    ),
  ],
  [
    'widget',
    whole(
      /^(loading( comments)?|please enable javascript.*|your browser does not support.*|click to (expand|enlarge|play)|play video|watch video|watch( the)? video|tap to (expand|unmute)|enlarge (this )?image|toggle caption|hide caption|show caption|expand|collapse|\d{1,2}:\d{2}(\s*\/\s*\d{1,2}:\d{2})?|report (an|a) (error|typo|mistake)|spotted an error\??|was this (article|story) helpful\??|yes|no|send feedback|print this page|font size|text size|a a a|aa)$/iu,
    ),
  ],
];
