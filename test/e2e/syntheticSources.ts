// Invented headlines and sentences for volume tests; no third-party text.
const subjects = [
  'Council',
  'Port authority',
  'Water board',
  'Hospital trust',
  'Transit agency',
  'School district',
  'Regional court',
  'Energy regulator',
];
const verbs = ['delays', 'approves', 'reviews', 'questions', 'expands', 'suspends', 'publishes', 'reverses'];
const objects = [
  'harbour dredging plan',
  'bus depot contract',
  'flood defence budget',
  'night ferry service',
  'clinic closures',
  'housing audit',
  'air quality survey',
  'tram extension',
];
const sentences = [
  'Officials said the figures would be published before the next meeting.',
  'Residents asked for the full report to be released.',
  'The committee heard from three engineers and a local shop owner.',
  'A spokesperson declined to comment on the timetable.',
  'Minutes of the session show the vote was not unanimous.',
  'The contract was first advertised two years ago.',
];

export interface SyntheticSource {
  title: string;
  text: string;
}

/** A deterministic, unique source for index `i`; every 50th has a very long title to test ellipsis. */
export function syntheticSource(i: number): SyntheticSource {
  const pick = <T>(list: readonly T[], salt: number): T =>
    list[(i * 7 + salt * 3 + Math.floor(i / list.length)) % list.length]!;
  let title = `${pick(subjects, 1)} ${pick(verbs, 2)} ${pick(objects, 3)} (${i + 1})`;
  if (i % 50 === 47) {
    title +=
      ' after a long night of testimony from residents, engineers, two former mayors and the regional auditor, who all disagreed';
  }
  const paragraphs = Array.from({ length: 1 + (i % 4) }, (_, p) =>
    Array.from({ length: 2 + ((i + p) % 3) }, (_, s) => pick(sentences, p * 5 + s)).join(' '),
  );
  return { title, text: `${paragraphs.join('\n\n')}\n\nReference ${i + 1}.` };
}
