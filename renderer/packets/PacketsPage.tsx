import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { VerifySection } from './VerifySection';
import './packets.css';

/** `#/packets`: export a research packet, import one, or check one has not been changed. */
export function PacketsPage({ onImported }: { onImported: () => void }) {
  return (
    <div className="packets">
      <header className="packets__header">
        <h1 className="packets__title">Research packets</h1>
        <p className="packet-muted">
          Share your research as one file that anyone can open, check and merge into their own notebook.
        </p>
      </header>
      <ExportSection />
      <ImportSection onImported={onImported} />
      <VerifySection />
    </div>
  );
}
