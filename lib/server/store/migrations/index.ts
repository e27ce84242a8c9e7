import type { Migration } from "kysely";
import * as initial from "./001_initial";
import * as alerts from "./002_alerts";
import * as auditCover from "./003_audit_cover";
import * as auditTypeCover from "./004_audit_type_cover";

/**
 * Every migration, in order. Add new ones as new numbered modules; never edit one that has shipped.
 * Listed in code rather than read from disk so the bundled server carries them.
 */
export const MIGRATIONS: Record<string, Migration> = {
  "001_initial": initial,
  "002_alerts": alerts,
  "003_audit_cover": auditCover,
  "004_audit_type_cover": auditTypeCover,
};
