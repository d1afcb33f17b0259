interface Props {
  label: string;
  disabled?: boolean;
  onChosen: (file: File) => void;
}

/** A visible "choose a .zip" control; the same file can be chosen twice in a row. */
export function PacketFileInput({ label, disabled, onChosen }: Props) {
  return (
    <label className="packet-file">
      <span className="packet-file__label">{label}</span>
      <input
        type="file"
        accept=".zip,application/zip"
        disabled={disabled}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file) onChosen(file);
        }}
      />
    </label>
  );
}
