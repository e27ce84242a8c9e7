/** Every area of Lens, in the order the sidebar shows them. */
export interface NavItem {
  href: string;
  label: string;
}

export interface NavGroup {
  label: string;
  items: NavItem[];
}

export const NAV: NavGroup[] = [
  {
    label: "Workspace",
    items: [
      { href: "/", label: "Overview" },
      { href: "/admins", label: "Teammates" },
      { href: "/teams", label: "Teams" },
      { href: "/audit", label: "Audit log" },
      { href: "/reports/access", label: "Access review" },
      { href: "/alerts", label: "Alerts" },
      { href: "/sync", label: "Sync" },
    ],
  },
  {
    label: "Customers",
    items: [
      { href: "/contacts", label: "Contacts" },
      { href: "/companies", label: "Companies" },
      { href: "/segments", label: "Segments" },
      { href: "/tags", label: "Tags" },
      { href: "/visitors", label: "Visitors" },
      { href: "/data-attributes", label: "Data attributes" },
      { href: "/subscription-types", label: "Subscription types" },
    ],
  },
  {
    label: "Support",
    items: [
      { href: "/conversations", label: "Conversations" },
      { href: "/reports/response-times", label: "Response times" },
      { href: "/reports/conversations", label: "Conversation ledger" },
      { href: "/reports/csat", label: "Ratings" },
      { href: "/ticket-types", label: "Ticket types" },
    ],
  },
  {
    label: "Content",
    items: [
      { href: "/help-center", label: "Help center" },
      { href: "/articles", label: "Articles" },
      { href: "/articles/insights", label: "Article insights" },
      { href: "/articles/history", label: "Article history" },
      { href: "/news", label: "News" },
      { href: "/exports", label: "Data exports" },
    ],
  },
];
