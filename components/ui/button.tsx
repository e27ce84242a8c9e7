import type { ButtonHTMLAttributes } from "react";
import { cx } from "./cx";
import { FOCUS_RING } from "./focus";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "sm" | "md";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-primary text-primary-foreground hover:opacity-90",
  secondary: "border border-input bg-card text-foreground hover:bg-muted",
  ghost: "text-foreground hover:bg-muted",
  danger: "border border-red-300 bg-card text-red-800 hover:bg-red-50",
};
const SIZES: Record<ButtonSize, string> = { sm: "px-2.5 py-1 text-xs", md: "px-3 py-1.5 text-sm" };

/** Button classes, for links that look like buttons (`<Link className={buttonClass()}>`). */
export function buttonClass({ variant = "secondary", size = "md", className }: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return cx("inline-flex items-center justify-center gap-1.5 rounded-md font-medium disabled:cursor-not-allowed disabled:opacity-50", FOCUS_RING, VARIANTS[variant], SIZES[size], className);
}

export function Button({ variant, size, className, type = "button", ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...rest} />;
}
