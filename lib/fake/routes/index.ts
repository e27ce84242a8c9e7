import type { EndpointId } from "@/lib/intercom/registry";
import type { FakeHandler } from "../respond";
import { activityLogRoutes } from "./activity-logs";
import { adminRoutes } from "./admins";
import { companyRoutes } from "./companies";
import { contactRoutes } from "./contacts";
import { conversationRoutes } from "./conversations";
import { exportRoutes } from "./exports";
import { helpCenterRoutes } from "./help-center";

/** The fake's route table: exactly one handler per registry endpoint, checked by the compiler. */
export const FAKE_ROUTES: Record<EndpointId, FakeHandler> = {
  ...adminRoutes,
  ...activityLogRoutes,
  ...contactRoutes,
  ...companyRoutes,
  ...conversationRoutes,
  ...helpCenterRoutes,
  ...exportRoutes,
};
