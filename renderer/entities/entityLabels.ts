import type { Entity } from '../../shared/model';

const TYPE_LABELS: Record<Entity['type'], string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  other: 'Other',
};

/** "Person", "Organisation", … */
export function typeLabel(type: Entity['type']): string {
  return TYPE_LABELS[type];
}
