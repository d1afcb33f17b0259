import { useState } from 'react';
import { useCommandHandlers } from '../commands/useCommandHandlers';
import { JoinDialog } from './JoinDialog';
import { ShareDialog } from './ShareDialog';
import { useSyncStatus } from './useSyncStatus';

/** Sharing in the shell: the status, and the Share… / Join… dialogs run from the palette. */
export function useSharing() {
  const sync = useSyncStatus();
  const [shareOpen, setShareOpen] = useState(false);
  const [joinOpen, setJoinOpen] = useState(false);
  useCommandHandlers({
    'notebook.share': () => setShareOpen(true),
    'notebook.join': () => setJoinOpen(true),
  });
  return {
    status: sync.status,
    dialogs: (
      <>
        <ShareDialog open={shareOpen} onClose={() => setShareOpen(false)} onShared={sync.refresh} />
        <JoinDialog open={joinOpen} onClose={() => setJoinOpen(false)} />
      </>
    ),
  };
}
