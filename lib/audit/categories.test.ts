import { describe, expect, it } from "vitest";
import { CATEGORY_IDS, categoryLabel, categoryOf, isSensitiveType, KNOWN_TYPES, typeLabel } from "./categories";

describe("activity categories", () => {
  it("files the types a reviewer cares about under readable categories", () => {
    expect(categoryOf("admin_login_failure")).toBe("security");
    expect(categoryOf("admin_two_factor_auth_change")).toBe("security");
    expect(categoryOf("role_change")).toBe("permissions");
    expect(categoryOf("seat_revoke")).toBe("permissions");
    expect(categoryOf("app_team_membership_modification")).toBe("teammates");
    expect(categoryOf("bulk_export")).toBe("data");
    expect(categoryOf("conversation_part_deletion")).toBe("data");
    expect(categoryOf("help_center_settings_change")).toBe("messenger");
    expect(categoryOf("campaign_state_change")).toBe("rules");
    expect(categoryOf("app_webhook_creation")).toBe("app");
    expect(categoryLabel("data")).toBe("Data export and deletion");
  });

  it("maps every known type to a real category, never to Other", () => {
    for (const type of KNOWN_TYPES) expect(categoryOf(type), type).not.toBe("other");
    expect(KNOWN_TYPES.length).toBeGreaterThanOrEqual(69);
  });

  it("guesses a category for types Intercom adds later, and says Other when it cannot", () => {
    expect(categoryOf("admin_sso_login_failure")).toBe("security");
    expect(categoryOf("series_state_change")).toBe("rules");
    expect(categoryOf("macro_creation")).toBe("other");
    expect(categoryOf(null)).toBe("other");
    expect(CATEGORY_IDS).toContain("other");
  });

  it("marks the entries a security review reads first", () => {
    for (const t of [
      "admin_impersonation_start",
      "app_data_export",
      "bulk_delete",
      "role_change",
      "admin_permission_change",
      "admin_two_factor_auth_change",
      "app_webhook_deletion",
      "app_package_installation",
      "admin_login_failure",
    ]) {
      expect(isSensitiveType(t), t).toBe(true);
    }
    for (const t of ["admin_login_success", "admin_away_mode_change", "welcome_message_change", undefined]) expect(isSensitiveType(t), String(t)).toBe(false);
  });

  it("names types for people", () => {
    expect(typeLabel("admin_login_failure")).toBe("Failed sign-in");
    expect(typeLabel("admin_away_mode_change")).toBe("Away mode change");
    expect(typeLabel("app_webhook_creation")).toBe("Webhook creation");
    expect(typeLabel("")).toBe("Unknown");
  });
});
