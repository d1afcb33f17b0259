import { describe, expect, it } from 'vitest';
import { extractFromHtml } from './extractFromHtml';

// Lists drawn without list markup inside the article: data tables and paragraphs of lines split by
// <br>. Our own fixtures, in several languages; each page wraps its story in the usual chrome.
const AT = '2025-06-12T15:00:00Z';
const page = (lang: string, title: string, inner: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>
   <nav><a href="/">Start</a> <a href="/a">Archiv</a> <a href="/k">Kontakt</a></nav>
   <main><article><h1>${title}</h1>${inner}</article></main>
   <aside><h3>Mehr</h3><ul><li><a href="/x">Andere Seite eins</a></li><li><a href="/y">Andere Seite zwei</a></li></ul></aside>
   <footer><a href="/i">Impressum</a> <a href="/d">Datenschutz</a></footer></body></html>`;

const cases: { name: string; html: string; kept: string[]; cut?: string[] }[] = [
  {
    name: 'de: ingredient lines split by <br> above the method',
    html: page(
      'de',
      'Haferkekse mit Zimt',
      `<p><strong>Backzeit:</strong> 20 Minuten<br><strong>Menge:</strong> 30 Stück</p>
       <p><strong>Zutaten:</strong><br>250 g Haferflocken<br>120 g Butter<br>2 Eier<br>1 TL Zimt</p>
       <ol><li>Die Butter in einem Topf schmelzen und mit den Haferflocken gut vermischen, dann kurz abkühlen lassen.</li>
       <li>Eier und Zimt unterrühren, kleine Häufchen auf ein Blech setzen und goldbraun backen, bis die Ränder fest sind.</li>
       <li>Die Kekse auf einem Gitter auskühlen lassen und in einer Dose aufbewahren, dort bleiben sie eine Woche frisch.</li></ol>`,
    ),
    kept: ['Zutaten:', '250 g Haferflocken', '120 g Butter'],
  },
  {
    name: 'ru: specification table after the last paragraph',
    html: page(
      'ru',
      'Новый насос для школьной котельной',
      `<p>Городская школа номер девять получила новый насос для котельной, его установили за два дня до начала отопительного сезона.</p>
       <p>По словам завхоза, старый насос работал больше двадцати лет и в последние зимы часто останавливался по ночам.</p>
       <p>Деньги на замену выделил районный бюджет, монтаж выполнила местная бригада без привлечения подрядчиков.</p>
       <table><tr><th>Мощность</th><td>2,2 кВт</td></tr><tr><th>Напор</th><td>18 м</td></tr><tr><th>Масса</th><td>41 кг</td></tr></table>`,
    ),
    kept: ['2,2 кВт', 'Напор', '41 кг'],
  },
  {
    name: 'ko: a results table with only a comment form for prose',
    html: page(
      'ko',
      '구청장배 수영대회 결과',
      `<table><tr><th>순위</th><th>이름</th><th>소속</th><th>기록</th></tr>
       <tr><td>1</td><td>김민서</td><td>해운대 수영클럽</td><td>1:02.41</td></tr>
       <tr><td>2</td><td>박지호</td><td>동래 스포츠센터</td><td>1:03.18</td></tr>
       <tr><td>3</td><td>이서연</td><td>수영구청</td><td>1:04.77</td></tr>
       <tr><td>4</td><td>최유진</td><td>남구 체육회</td><td>1:05.02</td></tr></table>
       <form><p>이메일 주소는 공개되지 않으며 필수 항목은 별표로 표시되어 있습니다.</p><button>댓글 달기</button></form>`,
    ),
    kept: ['김민서', '해운대 수영클럽', '1:04.77'],
  },
  {
    name: 'ja: a table-only article, with a comment form beside it as the only prose on the page',
    html: page(
      'ja',
      '市民マラソン 十キロの部 結果',
      `<table><tr><th>順位</th><th>氏名</th><th>所属</th><th>タイム</th></tr>
       <tr><td>1</td><td>山田 太郎</td><td>港北ランナーズ</td><td>32:15</td></tr>
       <tr><td>2</td><td>佐藤 花子</td><td>緑区陸上部</td><td>33:02</td></tr>
       <tr><td>3</td><td>鈴木 一郎</td><td>青葉走友会</td><td>33:40</td></tr></table>`,
    ).replace(
      '</main>',
      '</main><section id="comments"><p>メールアドレスが公開されることはありません。必須項目には印が付いています。コメントは承認後に表示されますので、しばらくお待ちください。</p></section>',
    ),
    kept: ['佐藤 花子', '青葉走友会', '33:40'],
  },
  {
    name: 'it: numbered items after the story, each with its shop address on the next line',
    html: page(
      'it',
      'Regali per chi ama gli anni Ottanta',
      `<p>Il mese dei regali è arrivato anche quest’anno, e le vetrine dei negozi online si sono riempite di oggetti che ricordano l’infanzia.</p>
       <p>Abbiamo scelto alcune idee che piaceranno a chi è cresciuto con le cassette, i videogiochi a otto bit e i cartoni del pomeriggio.</p>
       <p>1) Radio a cassette argentata<br><a href="http://shop.example/r1">http://shop.example/r1</a><br>
       2) Cubo colorato da viaggio<br><a href="http://shop.example/c2">http://shop.example/c2</a><br>
       3) Console portatile con dieci giochi<br><a href="http://shop.example/g3">http://shop.example/g3</a></p>`,
    ),
    kept: ['Radio a cassette argentata', 'Cubo colorato da viaggio'],
  },
  {
    name: 'en: a line-broken run of links after the story stays cut',
    html: page(
      'en',
      'Harbour cranes repainted',
      `<p>Workers finished repainting the three harbour cranes on Friday, a job that took most of the summer and two full crews.</p>
       <p>The port authority chose a pale grey after residents complained that the old orange could be seen from every hill.</p>
       <p>The next maintenance round is planned for the spring, when the cranes will also get new lighting for night shifts.</p>
       <p><a href="/1">Ferry timetable</a><br><a href="/2">Port webcam</a><br><a href="/3">Crane history</a></p>`,
    ),
    kept: ['next maintenance round'],
    cut: ['Port webcam'],
  },
  {
    name: 'fr: a paywall sentence wrapped by <br> after the story stays cut',
    html: page(
      'fr',
      'Le marché couvert rouvre ses portes',
      `<p>Après dix-huit mois de travaux, le marché couvert de la place Carnot a rouvert samedi matin devant une foule nombreuse.</p>
       <p>Les commerçants ont retrouvé leurs étals sous une charpente restaurée, et la municipalité promet des horaires élargis le dimanche.</p>
       <p>Le chantier a coûté plus que prévu, mais la mairie assure que les loyers des emplacements resteront au niveau d’avant.</p>
       <div class="paywall"><p>Pour continuer la lecture<br>et lire deux articles offerts,<br>ouvrez un compte gratuit</p></div>`,
    ),
    kept: ['loyers des emplacements'],
    cut: ['deux articles offerts'],
  },
];

describe('list lines without list markup', () => {
  it.each(cases)('$name', ({ html, kept, cut = [] }) => {
    const { text } = extractFromHtml(html, { capturedAt: AT });
    for (const line of kept) expect(text).toContain(line);
    for (const line of cut) expect(text).not.toContain(line);
  });
});
