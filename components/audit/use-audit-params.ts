"use client";

import { debounce, parseAsBoolean, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";

/** Everything that shapes the audit view lives in the URL, so a shared link shows the same view. */
export const auditParams = {
  range: parseAsString,
  from: parseAsString,
  to: parseAsString,
  teammate: parseAsString,
  category: parseAsString,
  type: parseAsString,
  ip: parseAsString,
  q: parseAsString,
  sensitive: parseAsBoolean.withDefault(false),
  newIp: parseAsBoolean.withDefault(false),
  period: parseAsString,
  cell: parseAsString,
  tz: parseAsStringLiteral(["workspace", "browser"] as const).withDefault("workspace"),
};

export function useAuditParams() {
  return useQueryStates(auditParams, { history: "replace", urlKeys: { newIp: "new_ip" } });
}

/** Typing in the text and IP boxes updates the view at once and the URL a moment later. */
export const typingUpdate = { limitUrlUpdates: debounce(300) } as const;
