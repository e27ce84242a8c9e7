import { intercomError, type FakeHandler } from "../respond";

// Owned by the area's issue: replace each entry with the real fake.
const pending: FakeHandler = () => intercomError(501, "not_implemented", "The demo workspace does not serve this endpoint yet.");

export const contactRoutes = {
  "contacts.list": pending,
  "contacts.get": pending,
  "contacts.companies": pending,
  "contacts.segments": pending,
  "contacts.subscriptions": pending,
  "contacts.tags": pending,
  "contacts.notes": pending,
  "contacts.search": pending,
  "notes.get": pending,
  "events.list": pending,
  "visitors.find": pending,
  "visitors.get": pending,
  "data_attributes.list": pending,
  "subscription_types.list": pending,
  "companies.list": pending,
  "companies.scroll": pending,
  "companies.get": pending,
  "companies.segments": pending,
  "companies.contacts": pending,
  "segments.list": pending,
  "segments.get": pending,
  "tags.list": pending,
  "tags.get": pending,
} satisfies Record<string, FakeHandler>;
