/** The languages of the realistic bench pages (realPages.ts); every word list is invented for the bench. */
export interface Language {
  code: string;
  dir?: 'rtl';
  /** Joins words; Han and kana text is not spaced. */
  space: string;
  stop: string;
  words: string[];
  names: string[];
  ui: { home: string; comments: string; related: string; share: string; byline: string };
}

const split = (s: string): string[] => s.split(' ');

export const LANGUAGES: Language[] = [
  {
    code: 'en',
    space: ' ',
    stop: '.',
    words: split(
      'council harbour budget minister report village river contract police court witness election ' +
        'inquiry document meeting agreement border talks envoy statement official district mayor company ' +
        'the a of and to in on for with by at from that this was were said has have will would after',
    ),
    names: ['Mara Quist', 'Olek Varga', 'Ines Dahl', 'Tomas Brell'],
    ui: { home: 'Home', comments: 'Comments', related: 'More stories', share: 'Share', byline: 'By' },
  },
  {
    code: 'fr',
    space: ' ',
    stop: '.',
    words: split(
      'conseil port budget ministre rapport village rivière contrat police tribunal témoin élection ' +
        'enquête réunion accord frontière préfet déclaré société été année régional sécurité général ' +
        'le la les de des et en pour avec dans sur par que qui une un a été selon après',
    ),
    names: ['Élodie Varenne', 'Jérôme Pastel', 'Anaïs Corbet'],
    ui: {
      home: 'Accueil',
      comments: 'Commentaires',
      related: 'À lire aussi',
      share: 'Partager',
      byline: 'Par',
    },
  },
  {
    code: 'de',
    space: ' ',
    stop: '.',
    words: split(
      'Gemeinderat Hafen Haushalt Minister Bericht Dorf Fluss Vertrag Polizei Gericht Zeuge Wahl ' +
        'Untersuchung Sitzung Abkommen Grenze Bürgermeister Straße Brücke Energie Preis Streik Schule ' +
        'der die das und in für mit von auf dass wurde hat sagte nach über größer gemäß ebenfalls',
    ),
    names: ['Jürgen Möller', 'Käthe Brandl', 'Lutz Vossberg'],
    ui: {
      home: 'Startseite',
      comments: 'Kommentare',
      related: 'Mehr zum Thema',
      share: 'Teilen',
      byline: 'Von',
    },
  },
  {
    code: 'ru',
    space: ' ',
    stop: '.',
    words: split(
      'совет порт бюджет министр доклад деревня река контракт полиция суд свидетель выборы ' +
        'расследование заседание соглашение граница мэр компания район энергия цена забастовка школа ' +
        'и в на с по что это было были сказал после перед также однако года области',
    ),
    names: ['Олег Варгин', 'Инна Дальская', 'Тимур Брелев'],
    ui: {
      home: 'Главная',
      comments: 'Комментарии',
      related: 'Читайте также',
      share: 'Поделиться',
      byline: 'Автор',
    },
  },
  {
    code: 'uk',
    space: ' ',
    stop: '.',
    words: split(
      'рада порт бюджет міністр звіт село річка контракт поліція суд свідок вибори розслідування ' +
        'засідання угода кордон громада компанія енергія ціна страйк школа лікарня вода міст ' +
        'і в на з що це було сказав після також проте року області їхній',
    ),
    names: ['Олеся Гринчук', 'Богдан Ярош', 'Ірина Коваль'],
    ui: {
      home: 'Головна',
      comments: 'Коментарі',
      related: 'Читайте також',
      share: 'Поділитися',
      byline: 'Автор',
    },
  },
  {
    code: 'ar',
    dir: 'rtl',
    space: ' ',
    stop: '.',
    words: split(
      'المجلس الميناء الميزانية الوزير التقرير القرية النهر العقد الشرطة المحكمة الشاهد الانتخابات ' +
        'التحقيق الاجتماع الاتفاق الحدود المحافظ الشركة الطاقة السعر الإضراب المدرسة المستشفى المياه ' +
        'في من على إلى أن مع عن هذا التي الذي قال وقد بعد قبل كما أيضا',
    ),
    names: ['سلمى القاسم', 'يوسف الدباغ', 'ليلى حداد'],
    ui: { home: 'الرئيسية', comments: 'التعليقات', related: 'اقرأ أيضا', share: 'شارك', byline: 'بقلم' },
  },
  {
    code: 'zh',
    space: '',
    stop: '。',
    words: split(
      '议会 港口 预算 部长 报告 村庄 河流 合同 警方 法院 证人 选举 调查 会议 协议 边境 市长 公司 ' +
        '能源 价格 罢工 学校 医院 供水 官员 地区 表示 已经 认为 目前 今年 进行 相关 问题 情况 工作',
    ),
    names: ['林晓梅', '周启明', '王雅琴'],
    ui: { home: '首页', comments: '评论', related: '相关新闻', share: '分享', byline: '记者' },
  },
  {
    code: 'ja',
    space: '',
    stop: '。',
    words: split(
      '議会は 港湾の 予算を 大臣が 報告書で 村の 川に 契約を 警察は 裁判所が 証人の 選挙で ' +
        '調査を 会議で 合意した 国境の 市長は 会社が エネルギー 価格の ストライキ 学校で 病院の ' +
        '関係者によると 明らかにした 発表した 今年 これまでに 一方で',
    ),
    names: ['佐藤美咲', '高橋健一', '山本花子'],
    ui: { home: 'ホーム', comments: 'コメント', related: '関連記事', share: 'シェア', byline: '記者' },
  },
  {
    code: 'ko',
    space: ' ',
    stop: '.',
    words: split(
      '의회는 항구의 예산을 장관이 보고서에서 마을의 강에 계약을 경찰은 법원이 증인의 선거에서 ' +
        '조사를 회의에서 합의했다 국경의 시장은 회사가 에너지 가격이 파업 학교에서 병원의 ' +
        '관계자는 밝혔다 발표했다 올해 지금까지 한편 또한 그러나 지역',
    ),
    names: ['김서연', '박민준', '이지은'],
    ui: { home: '홈', comments: '댓글', related: '관련 기사', share: '공유', byline: '기자' },
  },
];
