/**
 * Id schemes of the fake workspace. Ids are reversible (id → index) so a record can be generated on
 * demand from its id, which the large workspace needs: it never holds its records in memory.
 */

const HEX_PREFIX = {
  contact: "64f1c0",
  company: "64f1c1",
  segment: "64f1c2",
  visitor: "64f1c3",
} as const;

export type HexKind = keyof typeof HEX_PREFIX;

export function hexId(kind: HexKind, index: number): string {
  return HEX_PREFIX[kind] + index.toString(16).padStart(18, "0");
}

export function hexIndex(kind: HexKind, id: string, count: number): number | null {
  if (id.length !== 24 || !id.startsWith(HEX_PREFIX[kind])) return null;
  const index = parseInt(id.slice(6), 16);
  return Number.isSafeInteger(index) && index >= 0 && index < count ? index : null;
}

const NUMERIC_BASE = {
  admin: 5_000_100,
  team: 8_000_100,
  tag: 7_000_100,
  note: 3_000_000,
  conversation: 210_000_000,
  ticket: 410_000,
  ticket_type: 9_100,
  help_center: 4_100,
  collection: 6_000_100,
  section: 6_500_100,
  article: 9_000_000,
  news_item: 33_000,
  newsfeed: 44_000,
  data_attribute: 12_000,
  subscription_type: 15_000,
} as const;

export type NumericKind = keyof typeof NUMERIC_BASE;

export function numericId(kind: NumericKind, index: number): string {
  return String(NUMERIC_BASE[kind] + index);
}

export function numericIndex(kind: NumericKind, id: string, count: number): number | null {
  if (!/^[0-9]{1,15}$/.test(id)) return null;
  const index = Number(id) - NUMERIC_BASE[kind];
  return Number.isSafeInteger(index) && index >= 0 && index < count ? index : null;
}
