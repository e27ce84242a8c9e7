import { intercomError, type FakeHandler } from "../respond";

// Owned by the area's issue: replace each entry with the real fake.
const pending: FakeHandler = () => intercomError(501, "not_implemented", "The demo workspace does not serve this endpoint yet.");

export const activityLogRoutes = {
  "admins.activity_logs": pending,
} satisfies Record<string, FakeHandler>;
