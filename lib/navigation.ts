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
      { href: "/ticket-types", label: "Ticket types" },
    ],
  },
  {
    label: "Content",
    items: [
      { href: "/help-center", label: "Help center" },
      { href: "/articles", label: "Articles" },
      { href: "/articles/insights", label: "Article insights" },
      { href: "/news", label: "News" },
      { href: "/exports", label: "Data exports" },
    ],
  },
];
