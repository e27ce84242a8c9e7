import { intercomError, type FakeHandler } from "../respond";

// Owned by the area's issue: replace each entry with the real fake.
const pending: FakeHandler = () => intercomError(501, "not_implemented", "The demo workspace does not serve this endpoint yet.");

export const helpCenterRoutes = {
  "help_centers.list": pending,
  "help_centers.get": pending,
  "collections.list": pending,
  "collections.get": pending,
  "sections.list": pending,
  "sections.get": pending,
  "articles.list": pending,
  "articles.get": pending,
  "news_items.list": pending,
  "news_items.get": pending,
  "newsfeeds.list": pending,
  "newsfeeds.get": pending,
  "newsfeeds.items": pending,
  "exports.get": pending,
  "exports.download": pending,
} satisfies Record<string, FakeHandler>;
