import { describe, expect, it } from 'vitest';
import { splitTitleSite } from './splitTitleSite';

describe('splitTitleSite', () => {
  it.each([
    [
      'Trump envoy lands in Moscow | Political News',
      undefined,
      'Trump envoy lands in Moscow',
      // A section name, not the outlet (issue 12).
      null,
    ],
    ['Ferry plan approved | Local | Lakeside Courier', undefined, 'Ferry plan approved', 'Lakeside Courier'],
    ['Ferry plan approved - The Harbor Gazette', undefined, 'Ferry plan approved', 'The Harbor Gazette'],
    [
      'La piscine rouvre après deux ans - Le Courrier du Lac',
      undefined,
      'La piscine rouvre après deux ans',
      'Le Courrier du Lac',
    ],
    [
      'Cedar County Crier - Grange hall roof repaired in time for spring fair',
      undefined,
      'Grange hall roof repaired in time for spring fair',
      'Cedar County Crier',
    ],
    ['Opinion | Our libraries are not a luxury', undefined, 'Our libraries are not a luxury', null],
    [
      'Storm live – landfall near Carrow Point',
      'Northshore Daily',
      'Storm live – landfall near Carrow Point',
      null,
    ],
    ['Rates held – Meridian Wire', 'Meridian Wire', 'Rates held', 'Meridian Wire'],
    ['High-stakes talks resume in Geneva', undefined, 'High-stakes talks resume in Geneva', null],
    [
      'Ukraine talks - live updates from the summit',
      undefined,
      'Ukraine talks - live updates from the summit',
      null,
    ],
  ])('%j', (raw, site, title, expectedSite) => {
    const parts = splitTitleSite(raw, site);
    expect(parts.title).toBe(title);
    expect(parts.site).toBe(expectedSite ?? (site && parts.site ? site : null));
  });
});
