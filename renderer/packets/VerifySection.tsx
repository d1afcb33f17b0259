import { useState } from 'react';
import type { PacketCheck } from '../../shared/contract/packetCalls';
import { useApi } from '../transport/ApiContext';
import { encodeFile } from '../import/encodeFile';
import { errorMessage } from '../transport/errorMessage';
import { PacketFileInput } from './PacketFileInput';

function FileList({ title, files }: { title: string; files: string[] }) {
  if (files.length === 0) return null;
  return (
    <>
      <p>
        {title} ({files.length}):
      </p>
      <ul className="packet-list" aria-label={title}>
        {files.map((f) => (
          <li key={f}>
            <code>{f}</code>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Verify: checks every file of a packet against its manifest, and says which ones differ. */
// Long because: the verify form and its report share one result.
export function VerifySection() {
  const api = useApi();
  const [state, setState] = useState<
    | { status: 'idle' | 'checking' }
    | { status: 'checked'; name: string; check: PacketCheck }
    | { status: 'error'; name: string; error: string }
  >({ status: 'idle' });

  const chosen = async (file: File) => {
    setState({ status: 'checking' });
    try {
      const check = await api.verifyPacketFile({ fileName: file.name, dataBase64: await encodeFile(file) });
      setState({ status: 'checked', name: file.name, check });
    } catch (error) {
      setState({ status: 'error', name: file.name, error: errorMessage(error) });
    }
  };

  return (
    <section className="packet-section" aria-labelledby="packet-verify-heading">
      <h2 id="packet-verify-heading">Verify a packet</h2>
      <p className="packet-section__intro">
        Checks that no file in a packet was changed, removed or added since it was made.
      </p>
      <PacketFileInput
        label="Choose a packet to verify"
        disabled={state.status === 'checking'}
        onChosen={(f) => void chosen(f)}
      />
      {state.status === 'checking' && (
        <p role="status" className="packet-muted">
          Checking…
        </p>
      )}
      {state.status === 'error' && (
        <p role="alert" className="packet-error">
          ‘{state.name}’ could not be checked: {state.error}
        </p>
      )}
      {state.status === 'checked' && (
        <div
          className={`packet-summary packet-verdict packet-verdict--${state.check.ok ? 'ok' : 'bad'}`}
          role="status"
          aria-label="Verification result"
        >
          {state.check.ok ? (
            <p className="packet-summary__title">
              {state.check.signature?.state === 'signed'
                ? `Intact and signed by ${state.check.signature.fingerprint} (${state.check.signature.name}): every file in ‘${state.name}’ matches its manifest.`
                : `Intact, unsigned: every file in ‘${state.name}’ matches its manifest.`}
            </p>
          ) : (
            <>
              <p className="packet-summary__title">
                Not intact: ‘{state.name}’ differs from its manifest.
                {state.check.error ? ` ${state.check.error}` : ''}
              </p>
              <FileList title="Altered" files={state.check.altered} />
              <FileList title="Missing" files={state.check.missing} />
              <FileList title="Extra" files={state.check.extra} />
            </>
          )}
          {state.check.explanation && (
            <ul className="packet-explanation" aria-label="What this check proves">
              {state.check.explanation.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
