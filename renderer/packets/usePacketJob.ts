import { useCallback, useEffect, useRef, useState } from 'react';
import type { PacketJob } from '../../shared/contract/packetCalls';
import { useApi } from '../transport/ApiContext';
import { errorMessage } from '../transport/errorMessage';

const POLL_MS = 200;

export interface JobState {
  /** The latest view of the job, or null before one starts. */
  job: PacketJob | null;
  /** Set when starting or polling failed (a failed job carries its own error). */
  error: string | null;
  busy: boolean;
}

/**
 * Starts a packet job and polls it every 200 ms until it is done or failed. Polling stops
 * when the page goes away; a new start replaces the job on show.
 */
export function usePacketJob() {
  const api = useApi();
  const [state, setState] = useState<JobState>({ job: null, error: null, busy: false });
  const run = useRef(0);
  useEffect(
    () => () => {
      run.current += 1;
    },
    [],
  );

  const start = useCallback(
    async (begin: () => Promise<PacketJob>): Promise<PacketJob | null> => {
      const mine = ++run.current;
      setState({ job: null, error: null, busy: true });
      try {
        let job = await begin();
        while (run.current === mine) {
          setState({ job, error: null, busy: job.state === 'running' });
          if (job.state !== 'running') return job;
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          if (run.current !== mine) break;
          job = await api.getPacketJob({ id: job.id });
        }
      } catch (error) {
        if (run.current === mine) setState((s) => ({ job: s.job, error: errorMessage(error), busy: false }));
      }
      return null;
    },
    [api],
  );

  const reset = useCallback(() => {
    run.current += 1;
    setState({ job: null, error: null, busy: false });
  }, []);

  return { ...state, start, reset };
}
