import { useMemo } from 'react';
import type { EntityMentionView } from '../../shared/contract/results';
import { sourceLink } from '../ui/route';
import { markNames } from './markNames';

interface Props {
  mentions: readonly EntityMentionView[];
  names: readonly string[];
  truncated: boolean;
}

/** Every mention of the entity's names, grouped by source, each sentence with the name marked. */
export function MentionList({ mentions, names, truncated }: Props) {
  const groups = useMemo(() => {
    const bySource = new Map<string, { title: string; items: EntityMentionView[] }>();
    for (const m of mentions) {
      const group = bySource.get(m.sourceId) ?? { title: m.sourceTitle, items: [] };
      group.items.push(m);
      bySource.set(m.sourceId, group);
    }
    return [...bySource.entries()];
  }, [mentions]);
  if (mentions.length === 0) return <p className="muted">No source mentions any of these names.</p>;
  return (
    <>
      {groups.map(([sourceId, group]) => (
        <section key={sourceId} className="mentions" aria-label={`Mentions in ${group.title || 'Untitled'}`}>
          <h3 className="mentions__source">
            {group.title || 'Untitled'} <span className="mentions__count">{group.items.length}</span>
          </h3>
          <ul className="mentions__list">
            {group.items.map((m) => (
              <li key={m.start} className="mention">
                <span className="mention__sentence">
                  {markNames(m.sentence, names).map((part, i) =>
                    part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                  )}
                </span>
                <a className="mention__jump" href={sourceLink(sourceId, { offset: m.start, end: m.end })}>
                  Show in source
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {truncated && (
        <p className="muted">Only the first {mentions.length.toLocaleString()} mentions are listed.</p>
      )}
    </>
  );
}
