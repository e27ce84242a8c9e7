import { intercomError, type FakeHandler } from "../respond";

// Owned by the area's issue: replace each entry with the real fake.
const pending: FakeHandler = () => intercomError(501, "not_implemented", "The demo workspace does not serve this endpoint yet.");

export const conversationRoutes = {
  "conversations.list": pending,
  "conversations.get": pending,
  "conversations.search": pending,
  "tickets.get": pending,
  "ticket_types.list": pending,
  "ticket_types.get": pending,
} satisfies Record<string, FakeHandler>;
