import { useId, useState } from 'react';
import type { AnchoredHighlight, ClaimView } from '../../../shared/contract/results';
import type { Entity, Highlight } from '../../../shared/model';
import { ClaimForm } from '../../claims/ClaimForm';
import { EntityPicker } from '../../entities/EntityPicker';
import { routeHash } from '../../ui/route';
import { ENTITY_INPUT_ID } from '../useReaderShortcuts';
import { AttachClaimForm } from './AttachClaimForm';
import { ClaimLinks } from './ClaimLinks';
import type { ClaimLink } from './claimsByHighlight';
import { HIGHLIGHT_COLORS } from './colors';
import type { HighlightActions } from './useHighlightActions';

type Actions = HighlightActions['onHighlight'];

/** What every part of the highlight editor is given. */
interface PartProps {
  highlight: Highlight;
  busy: boolean;
  actions: Actions;
}

const parseTags = (value: string) => [
  ...new Set(
    value
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  ),
];

/** The five colours as a radio group. */
export function ColorChoice({ highlight, busy, actions }: PartProps) {
  return (
    <div className="hl-editor__colors" role="radiogroup" aria-label="Colour">
      {HIGHLIGHT_COLORS.map((c) => (
        <button
          key={c.value}
          type="button"
          role="radio"
          aria-checked={highlight.color === c.value}
          className={`swatch swatch--c${c.value}`}
          aria-label={c.name}
          title={`${c.name} (${c.value})`}
          disabled={busy}
          onClick={() => void actions.color(highlight.id, c.value)}
        >
          <span aria-hidden="true">{c.value}</span>
        </button>
      ))}
    </div>
  );
}

/** Comment and tags, saved together by the button, Enter in the tags or Ctrl/Cmd+Enter in the comment. */
export function CommentAndTags({ highlight, busy, actions }: PartProps) {
  const id = useId();
  const [comment, setComment] = useState(highlight.comment);
  const [tags, setTags] = useState(highlight.tags.join(', '));
  const dirty = comment !== highlight.comment || parseTags(tags).join('\n') !== highlight.tags.join('\n');
  const save = () => void actions.note(highlight.id, comment.trim(), parseTags(tags));
  return (
    <>
      <label className="field__label" htmlFor={`${id}-comment`}>
        Comment
      </label>
      <textarea
        id={`${id}-comment`}
        className="field__input hl-editor__comment"
        value={comment}
        maxLength={20_000}
        onChange={(event) => setComment(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && dirty) save();
        }}
      />
      <label className="field__label" htmlFor={`${id}-tags`}>
        Tags <span className="field__optional">(separate with commas)</span>
      </label>
      <input
        id={`${id}-tags`}
        className="field__input"
        value={tags}
        onChange={(event) => setTags(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && dirty) save();
        }}
      />
      <div className="hl-editor__row">
        <button type="button" className="button" disabled={!dirty || busy} onClick={save}>
          Save comment and tags
        </button>
      </div>
    </>
  );
}

/** The entities the highlight is tagged with (each can be untagged) and a picker to tag another. */
export function EntityTags(props: {
  highlight: Highlight;
  entities: readonly Entity[];
  entityById: ReadonlyMap<string, Entity>;
  busy: boolean;
  actions: Actions;
}) {
  const { highlight, entities, entityById, busy, actions } = props;
  const tagged = highlight.entityIds.map((e) => entityById.get(e)).filter((e): e is Entity => Boolean(e));
  return (
    <>
      <h3 className="hl-editor__heading">Entities</h3>
      {tagged.length > 0 && (
        <ul className="chips">
          {tagged.map((entity) => (
            <li key={entity.id} className="chip chip--removable">
              <a href={routeHash({ name: 'entity', id: entity.id })}>{entity.name}</a>
              <button
                type="button"
                className="chip__remove"
                aria-label={`Untag ${entity.name}`}
                disabled={busy}
                onClick={() =>
                  void actions.entities(
                    highlight.id,
                    highlight.entityIds.filter((e) => e !== entity.id),
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <EntityPicker
        inputId={ENTITY_INPUT_ID}
        entities={entities}
        excludeIds={highlight.entityIds}
        label="Tag an entity"
        busy={busy}
        onPick={(entity) => void actions.entities(highlight.id, [...highlight.entityIds, entity.id])}
        onCreate={(name, type) => void actions.newEntity(highlight, name, type)}
      />
    </>
  );
}

/** The claims the highlight is evidence for, attaching it to another, or a new claim from its quote. */
export function HighlightClaims(props: {
  item: AnchoredHighlight;
  quote: string;
  links: readonly ClaimLink[];
  claims: readonly ClaimView[];
  busy: boolean;
  actions: Actions;
  claimFormOpen: boolean;
  onClaimForm: (open: boolean) => void;
}) {
  const { item, quote, links, claims, busy, actions } = props;
  const { highlight } = item;
  return (
    <>
      <h3 className="hl-editor__heading">Claims</h3>
      <ClaimLinks
        links={links}
        busy={busy}
        onDetach={(claimId) => void actions.detach(highlight.id, claimId)}
      />
      <AttachClaimForm
        claims={claims.filter((c) => !links.some((l) => l.view.claim.id === c.claim.id))}
        busy={busy}
        onAttach={(claimId, stance, note) => void actions.attach(highlight.id, claimId, stance, note)}
      />
      {props.claimFormOpen ? (
        <ClaimForm
          initialStatement={quote}
          busy={busy}
          onSubmit={(statement, stance) => {
            void actions.claim(highlight.id, statement, stance).then(() => props.onClaimForm(false));
          }}
          onCancel={() => props.onClaimForm(false)}
        />
      ) : (
        <button
          type="button"
          className="button button--quiet hl-editor__link"
          onClick={() => props.onClaimForm(true)}
        >
          New claim from this highlight <kbd>c</kbd>
        </button>
      )}
    </>
  );
}
