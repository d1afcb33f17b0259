import { useApi } from '../transport/ApiContext';
import { errorMessage } from '../transport/errorMessage';
import { ConfidentialToggle } from './ConfidentialToggle';

// The reader's highlight list is not told of this change, so a card opened again would show the
// old value; what was saved here wins until the list itself carries the new value.
const saved = new Map<string, { was: boolean; now: boolean }>();

/** The highlight editor's "Confidential" box: saved straight away, like the rest of the editor. */
export function HighlightConfidential({ id, confidential }: { id: string; confidential: boolean }) {
  const api = useApi();
  const known = saved.get(id);
  const checked = known && known.was === confidential ? known.now : confidential;
  return (
    <ConfidentialToggle
      className="hl-card__confidential"
      checked={checked}
      label="Confidential — left out of packets"
      onChange={async (value) => {
        try {
          const updated = await api.updateHighlight({ id, confidential: value });
          saved.set(id, { was: confidential, now: updated.confidential });
          return null;
        } catch (error) {
          return errorMessage(error);
        }
      }}
    />
  );
}
