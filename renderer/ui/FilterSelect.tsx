import type { ReactNode } from 'react';

interface Props<V extends string> {
  label: string;
  value: V | '';
  onChange: (value: V | '') => void;
  /** The choices (`<option>`s); "Any" comes first. */
  children: ReactNode;
}

/** A page filter: a labelled select whose first choice, "Any" (the empty value), filters nothing. */
export function FilterSelect<V extends string>({ label, value, onChange, children }: Props<V>) {
  return (
    <label className="page__filter-label">
      <span>{label}</span>
      <select className="select" value={value} onChange={(event) => onChange(event.target.value as V | '')}>
        <option value="">Any</option>
        {children}
      </select>
    </label>
  );
}

/** One `<option>` a choice, each with its value and the words shown. */
export function ChoiceOptions({ choices }: { choices: readonly { value: string; label: string }[] }) {
  return (
    <>
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </>
  );
}
