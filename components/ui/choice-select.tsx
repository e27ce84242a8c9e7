import type { ReactNode } from "react";
import { Select } from "./field";

/**
 * A filter that picks one record (a teammate, team, tag or segment) or "any". The choice is the
 * record's id, or null for "any"; records without a name show their id.
 */
export function ChoiceSelect({
  value,
  onChange,
  anyLabel,
  options,
  id,
  ariaLabel,
  disabled,
  className,
  children,
}: {
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  anyLabel: string;
  options: readonly { id: string; name?: string | null }[] | null | undefined;
  id?: string;
  ariaLabel?: string;
  disabled?: boolean;
  className?: string;
  /** Extra options after the records, e.g. the URL's choice when it is not in the list. */
  children?: ReactNode;
}) {
  return (
    <Select id={id} className={className} value={value ?? ""} disabled={disabled} aria-label={ariaLabel} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">{anyLabel}</option>
      {(options ?? []).map((o) => (
        <option key={o.id} value={o.id}>
          {o.name ?? o.id}
        </option>
      ))}
      {children}
    </Select>
  );
}
