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
