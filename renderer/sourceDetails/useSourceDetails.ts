import { useCallback, useState } from 'react';
import type { SourceDetails } from '../../shared/contract/results';
import { useApi } from '../transport/ApiContext';
import { useLoad } from '../ui/useLoad';
import { errorMessage } from '../transport/errorMessage';
import type { MetadataUpdate } from './metadataFields';

/** Loads a source's details and offers the two changes the page can make: correct metadata, restore removed text. */
export function useSourceDetails(id: string, onChanged: () => void) {
  const api = useApi();
  const details = useLoad<SourceDetails>(
    useCallback(() => api.getSourceDetails({ id }), [api, id]),
    id,
  );
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const { reload } = details;

  /** Saves one corrected field; resolves to an error message, or null when saved. */
  const saveMetadata = useCallback(
    async (update: MetadataUpdate): Promise<string | null> => {
      try {
        await api.updateSourceMetadata({ id, ...update });
        reload();
        onChanged();
        return null;
      } catch (error) {
        return errorMessage(error);
      }
    },
    [api, id, onChanged, reload],
  );

  const restoreBlock = useCallback(
    async (index: number, at: 'start' | 'end' | 'original') => {
      try {
        await api.restoreRemovedBlock({ id, index, at });
        setNotice({
          tone: 'success',
          text: `Restored ${at === 'original' ? 'where it stood in' : `to the ${at} of`} the article. The original file is unchanged; highlights were re-anchored and moved with their words.`,
        });
        reload();
        onChanged();
      } catch (error) {
        setNotice({ tone: 'error', text: `The text could not be restored: ${errorMessage(error)}` });
      }
    },
    [api, id, onChanged, reload],
  );

  return { details, saveMetadata, restoreBlock, notice };
}
