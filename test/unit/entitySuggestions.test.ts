// Offline entity suggestions measured against hand-written lists for invented news articles
// (test/fixtures/entities), plus a table of tricky cases.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suggestEntities } from '../../electron/entities/suggestEntities';
import type { EntitySuggestion, EntityType } from '../../shared/entities/entitySuggestion';

type HandEntity = { name: string; type: EntityType; aliases: string[] };
type Fixture = { file: string; text: string; title: string; entities: HandEntity[] };

const dir = new URL('../fixtures/entities/', import.meta.url);
const fixtures: Fixture[] = readdirSync(dir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => {
    const hand = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.entities.json'), dir), 'utf8')) as {
      title: string;
      entities: HandEntity[];
    };
    return { file, text: readFileSync(new URL(file, dir), 'utf8'), ...hand };
  });

const namesOf = (entity: { name: string; aliases: string[] }): string[] =>
  [entity.name, ...entity.aliases].map((name) => name.toLowerCase());
const sameEntity = (
  a: { name: string; aliases: string[] },
  b: { name: string; aliases: string[] },
): boolean => {
  const names = new Set(namesOf(a));
  return namesOf(b).some((name) => names.has(name));
};

/** Recall over hand-listed people, organisations and places; wrong = suggestions matching no hand-listed name. */
function score(suggestions: EntitySuggestion[], hand: HandEntity[]) {
  const wanted = hand.filter((entity) => entity.type !== 'other');
  const missing = wanted.filter((entity) => !suggestions.some((s) => sameEntity(s, entity)));
  const wrong = suggestions.filter((s) => !hand.some((entity) => sameEntity(s, entity)));
  const matched = suggestions.flatMap((s) =>
    hand
      .filter((entity) => sameEntity(s, entity))
      .slice(0, 1)
      .map((entity) => [s, entity] as const),
  );
  const typed = matched.filter(([s, entity]) => s.type === entity.type).length;
  return {
    wanted: wanted.length,
    found: wanted.length - missing.length,
    missing,
    suggested: suggestions.length,
    wrong,
    matched: matched.length,
    typed,
  };
}

describe('entity suggestions on the fixture articles', () => {
  it('finds at least 90% of hand-listed names with at most 20% wrong suggestions', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    const totals = { wanted: 0, found: 0, suggested: 0, wrong: 0, matched: 0, typed: 0 };
    const rows: string[] = [];
    for (const fixture of fixtures) {
      const words = fixture.text.split(/\s+/).filter(Boolean).length;
      expect(words, fixture.file).toBeGreaterThanOrEqual(500);
      expect(words, fixture.file).toBeLessThanOrEqual(900);
      const result = score(suggestEntities(fixture.text, { title: fixture.title }), fixture.entities);
      for (const key of Object.keys(totals) as Array<keyof typeof totals>)
        totals[key] += key === 'wrong' ? result.wrong.length : result[key];
      rows.push(
        `${fixture.file.padEnd(34)} recall ${result.found}/${result.wanted}  wrong ${result.wrong.length}/${result.suggested}` +
          (result.missing.length ? `  missing: ${result.missing.map((e) => e.name).join('; ')}` : '') +
          (result.wrong.length ? `  wrong: ${result.wrong.map((s) => s.name).join('; ')}` : ''),
      );
    }
    const recall = totals.found / totals.wanted;
    const wrongShare = totals.wrong / totals.suggested;
    console.log(
      [
        ...rows,
        `recall ${recall.toFixed(3)} (${totals.found}/${totals.wanted}), wrong suggestions ${wrongShare.toFixed(3)} (${totals.wrong}/${totals.suggested}), type agreement ${(totals.typed / totals.matched).toFixed(3)} (${totals.typed}/${totals.matched})`,
      ].join('\n'),
    );
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(wrongShare).toBeLessThanOrEqual(0.2);
  });
});

const find = (suggestions: EntitySuggestion[], name: string): EntitySuggestion | undefined =>
  suggestions.find((s) => namesOf(s).includes(name.toLowerCase()));

describe('entity suggestions on tricky cases', () => {
  const cases: Array<{
    what: string;
    text: string;
    expect: Array<Partial<EntitySuggestion> & { name: string }>;
    absent?: string[];
  }> = [
    {
      what: 'full name, surname, title and possessives (straight and curly) are one person',
      text: "Russian President Vladimir Putin met the envoy on Tuesday. Putin's aides were pleased. Later, President Putin’s office issued a statement.",
      expect: [{ name: 'Vladimir Putin', type: 'person', aliases: ['Putin'], count: 3, firstOffset: 18 }],
      absent: ['President', 'Russian', 'Tuesday', "Putin's"],
    },
    {
      what: 'titles and roles are stripped but make the name a person',
      text: 'Kremlin spokesman Arkady Belov said talks would go on. Swiss Foreign Minister Beatrice Amsler opened the session, and Gen. Olek Varga was present.',
      expect: [
        { name: 'Arkady Belov', type: 'person' },
        { name: 'Beatrice Amsler', type: 'person' },
        { name: 'Olek Varga', type: 'person' },
        { name: 'Kremlin', type: 'organisation' },
      ],
      absent: ['Swiss', 'Foreign Minister', 'Gen.'],
    },
    {
      what: 'sentence-initial ordinary words, months and days are not names',
      text: 'Officials in Brennan said the bridge would close in March. However, residents said on Monday that officials had not consulted them. Several shops in Brennan have already shut.',
      expect: [{ name: 'Brennan', count: 2 }],
      absent: ['Officials', 'However', 'March', 'Monday', 'Several'],
    },
    {
      what: 'an acronym defined in brackets is merged into its organisation',
      text: 'The Northvale Regional Health Agency (NRHA) warned about measles. The NRHA said 117 cases were confirmed in the town of Kellbridge.',
      expect: [
        { name: 'Northvale Regional Health Agency', type: 'organisation', aliases: ['NRHA'], count: 2 },
        { name: 'Kellbridge', type: 'place' },
      ],
    },
    {
      what: 'headline case is not read as names, and demonyms are not entities',
      text: 'Envoys Meet In Geneva As Ceasefire Talks Enter Third Day\n\nThe Finnish diplomat Lauri Heikkinen chaired the talks in Geneva, where the Ukrainian delegation arrived late.',
      expect: [
        { name: 'Lauri Heikkinen', type: 'person' },
        { name: 'Geneva', type: 'place', count: 2 },
      ],
      absent: ['Envoys Meet', 'Ceasefire Talks', 'Third Day', 'Finnish', 'Ukrainian'],
    },
    {
      what: 'organisation and place cues decide the type of unknown names',
      text: 'Money came from the charity SafeNet Kids and from Dovecote Holdings Ltd, while families fled to the Ostrov region near Tarnica.',
      expect: [
        { name: 'SafeNet Kids', type: 'organisation' },
        { name: 'Dovecote Holdings Ltd', type: 'organisation' },
        { name: 'Ostrov', type: 'place' },
        { name: 'Tarnica', type: 'place' },
      ],
    },
  ];
  it.each(cases)('$what', ({ text, expect: wanted, absent = [] }) => {
    const suggestions = suggestEntities(text);
    for (const entity of wanted) {
      const found = find(suggestions, entity.name);
      expect(found, `${entity.name} in ${JSON.stringify(suggestions.map((s) => s.name))}`).toBeDefined();
      expect(found).toMatchObject(entity);
    }
    for (const name of absent) expect(find(suggestions, name), name).toBeUndefined();
  });

  it('sorts by mention count, then by first appearance', () => {
    const suggestions = suggestEntities(
      'Anna Kowal met Piotr Nowak in Gdańsk. Nowak said Kowal was late. Nowak left Gdańsk.',
    );
    expect(suggestions.map((s) => [s.name, s.count])).toEqual([
      ['Piotr Nowak', 3],
      ['Anna Kowal', 2],
      ['Gdańsk', 2],
    ]);
  });
});
