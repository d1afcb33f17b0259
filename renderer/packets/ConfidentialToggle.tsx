import { useState } from 'react';
import './packets.css';

interface Props {
  checked: boolean;
  label: string;
  /** Saves the new value; resolves to an error message, or null when saved. */
  onChange: (confidential: boolean) => Promise<string | null>;
  className?: string;
}

/** A checkbox marking material confidential; shows the new value at once and puts it back if saving fails. */
export function ConfidentialToggle({ checked, label, onChange, className }: Props) {
  // The value chosen here, until the parent's value changes (then the parent's is the truth).
  const [chosen, setChosen] = useState<{ value: boolean; over: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const value = chosen && chosen.over === checked ? chosen.value : checked;

  const change = async (next: boolean) => {
    setChosen({ value: next, over: checked });
    setBusy(true);
    const failed = await onChange(next);
    setBusy(false);
    setError(failed);
    if (failed) setChosen(null);
  };

  return (
    <div className={className}>
      <label className="confidential-toggle">
        <input
          type="checkbox"
          checked={value}
          disabled={busy}
          onChange={(event) => void change(event.currentTarget.checked)}
        />
        {label}
      </label>
      {error && (
        <p role="alert" className="packet-error">
          Not saved: {error}
        </p>
      )}
    </div>
  );
}
