import type { ComponentPropsWithoutRef, ElementType, ReactNode } from "react";
import { cx } from "./cx";

export const CARD_CLASS = "rounded-lg border border-border bg-card text-card-foreground";

type CardProps<T extends ElementType> = { as?: T; className?: string; children?: ReactNode } & Omit<ComponentPropsWithoutRef<T>, "as" | "className" | "children">;

/** The bordered surface every section, list and panel sits on. */
export function Card<T extends ElementType = "div">({ as, className, children, ...rest }: CardProps<T>) {
  const Tag: ElementType = as ?? "div";
  return (
    <Tag className={cx(CARD_CLASS, className)} {...rest}>
      {children}
    </Tag>
  );
}

/** A card's heading row: a title and, on the right, optional actions. */
export function CardHeader({ title, actions, className }: { title: ReactNode; actions?: ReactNode; className?: string }) {
  return (
    <div className={cx("flex flex-wrap items-center justify-between gap-2 border-b border-border px-4 py-3", className)}>
      <h2 className="text-sm font-semibold text-foreground">{title}</h2>
      {actions && <div className="flex items-center gap-2">{actions}</div>}
    </div>
  );
}
