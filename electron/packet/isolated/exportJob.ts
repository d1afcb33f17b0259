import { exportPacket, type ExportPacketOptions, type ExportPacketResult } from '../exportPacket';
import { SnapshotStore, type NotebookSnapshot } from './snapshotStore';

export interface ExportRequest {
  snapshot: NotebookSnapshot;
  options: Omit<ExportPacketOptions, 'onProgress' | 'signingKeyDir'>;
}

/** The work the export worker does for one packet: the whole build, from the snapshot to the renamed zip. */
export function runJob(request: ExportRequest, progress: (p: unknown) => void): Promise<ExportPacketResult> {
  return exportPacket(new SnapshotStore(request.snapshot), { ...request.options, onProgress: progress });
}
