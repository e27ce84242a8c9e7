import { numericId, numericIndex } from "./ids";
import { int, rngFor } from "../random";
import { DAY, type FakeWorkspace } from "./context";

/**
 * The help centers, their collections and their sections. The structure is the same at every
 * scale (only the number of articles grows), so it is small fixed data.
 */

export const WORKSPACE_ID = "nw5upp0rt";
/** Locales the main help center is translated into; the developer docs are English only. */
export const HELP_LOCALES = ["en", "fr", "de", "es"] as const;
export type HelpLocale = (typeof HELP_LOCALES)[number];

type Translated = Partial<Record<Exclude<HelpLocale, "en">, string>>;

interface CenterSpec {
  identifier: string;
  display_name: string;
  url: string;
  custom_domain: string | null;
  website_turned_on: boolean;
  locales: readonly HelpLocale[];
}

const CENTERS: CenterSpec[] = [
  { identifier: "northwind", display_name: "Northwind Help Center", url: "https://help.northwind.example", custom_domain: "help.northwind.example", website_turned_on: true, locales: HELP_LOCALES },
  { identifier: "northwind-developers", display_name: "Northwind Developer Docs", url: "https://northwind.intercom.help/developers", custom_domain: null, website_turned_on: false, locales: ["en"] },
];

interface CollectionSpec {
  center: number;
  name: string;
  names?: Translated;
  description: string;
  icon: string;
  sections: { name: string; names?: Translated }[];
}

const COLLECTIONS: CollectionSpec[] = [
  {
    center: 0,
    name: "Getting started",
    names: { fr: "Premiers pas", de: "Erste Schritte", es: "Primeros pasos" },
    description: "Set up your account and place your first order.",
    icon: "rocket",
    sections: [],
  },
  {
    center: 0,
    name: "Account & billing",
    names: { fr: "Compte et facturation", de: "Konto und Abrechnung", es: "Cuenta y facturación" },
    description: "Plans, invoices, payment methods and your team.",
    icon: "credit-card",
    sections: [
      { name: "Plans and pricing", names: { fr: "Offres et tarifs", de: "Tarife und Preise" } },
      { name: "Invoices and payments", names: { fr: "Factures et paiements", de: "Rechnungen und Zahlungen" } },
      { name: "Managing your team", names: { fr: "Gérer votre équipe", de: "Ihr Team verwalten" } },
    ],
  },
  {
    center: 0,
    name: "Orders & shipping",
    names: { fr: "Commandes et livraison", de: "Bestellungen und Versand", es: "Pedidos y envíos" },
    description: "Placing orders, delivery times and tracking.",
    icon: "truck",
    sections: [
      { name: "Placing orders", names: { fr: "Passer commande" } },
      { name: "Delivery and tracking", names: { fr: "Livraison et suivi", de: "Lieferung und Sendungsverfolgung" } },
    ],
  },
  {
    center: 0,
    name: "Returns & refunds",
    names: { fr: "Retours et remboursements", de: "Rücksendungen und Erstattungen" },
    description: "How returns work and when refunds arrive.",
    icon: "refresh",
    sections: [],
  },
  {
    center: 0,
    name: "Integrations",
    names: { fr: "Intégrations", de: "Integrationen" },
    description: "Connect Northwind to the tools you already use.",
    icon: "plug",
    sections: [{ name: "Shopify" }, { name: "Slack" }, { name: "Zapier" }],
  },
  {
    center: 0,
    name: "Troubleshooting",
    names: { fr: "Dépannage", de: "Fehlerbehebung", es: "Solución de problemas" },
    description: "Fixes for the problems customers hit most.",
    icon: "wrench",
    sections: [
      { name: "Login problems", names: { fr: "Problèmes de connexion", de: "Anmeldeprobleme" } },
      { name: "Sync errors", names: { de: "Synchronisierungsfehler" } },
    ],
  },
  {
    center: 0,
    name: "Security & privacy",
    names: { fr: "Sécurité et confidentialité", de: "Sicherheit und Datenschutz" },
    description: "Two-factor sign-in, data handling and GDPR.",
    icon: "lock",
    sections: [],
  },
  { center: 0, name: "Mobile app", names: { fr: "Application mobile", de: "Mobile App", es: "Aplicación móvil" }, description: "The Northwind app for iOS and Android.", icon: "phone", sections: [] },
  {
    center: 1,
    name: "API basics",
    description: "Authentication, versions, pagination and rate limits.",
    icon: "code",
    sections: [{ name: "Authentication" }, { name: "Pagination and limits" }],
  },
  { center: 1, name: "Webhooks", description: "Receive events from Northwind as they happen.", icon: "bolt", sections: [{ name: "Setting up webhooks" }] },
  { center: 1, name: "SDKs", description: "Official client libraries.", icon: "package", sections: [] },
  { center: 1, name: "Changelog", description: "What changed in the API, and when.", icon: "list", sections: [] },
];

export interface FakeHelpCenter {
  id: string;
  workspace_id: string;
  created_at: number;
  updated_at: number;
  identifier: string;
  website_turned_on: boolean;
  display_name: string;
  url: string;
  custom_domain: string | null;
}

type GroupTranslations = { type: "group_translated_content" } & Partial<Record<HelpLocale, { type: "group_content"; name: string; description?: string }>>;

export interface FakeCollection {
  id: string;
  workspace_id: string;
  name: string;
  url: string | null;
  order: number;
  created_at: number;
  updated_at: number;
  description: string | null;
  icon: string | null;
  help_center_id: number;
  default_locale: string;
  translated_content: GroupTranslations | null;
  type: "collection";
}

export interface FakeSection {
  id: string;
  workspace_id: string;
  name: string;
  url: string | null;
  order: number;
  created_at: number;
  updated_at: number;
  type: "section";
  parent_id: number;
  icon: string | null;
  default_locale: string;
  translated_content: GroupTranslations | null;
}

/** Where an article can live: a collection directly, or a section of one. */
export interface ArticleContainer {
  kind: "collection" | "section";
  id: string;
  collectionIndex: number;
  center: number;
  name: string;
  locales: readonly HelpLocale[];
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9 ]/g, "")
    .trim()
    .replace(/ +/g, "-");
}

export function helpCenters(ws: FakeWorkspace): FakeHelpCenter[] {
  return CENTERS.map((c, i) => ({
    id: numericId("help_center", i),
    workspace_id: WORKSPACE_ID,
    created_at: ws.now - (900 - i * 300) * DAY,
    updated_at: ws.now - (12 + i * 40) * DAY,
    identifier: c.identifier,
    website_turned_on: c.website_turned_on,
    display_name: c.display_name,
    url: c.url,
    custom_domain: c.custom_domain,
  }));
}

export function helpCenterById(ws: FakeWorkspace, id: string): FakeHelpCenter | null {
  const i = numericIndex("help_center", id, CENTERS.length);
  return i === null ? null : helpCenters(ws)[i]!;
}

function groupTranslations(locales: readonly HelpLocale[], name: string, names: Translated | undefined, description?: string): GroupTranslations | null {
  if (locales.length < 2) return null;
  const out: GroupTranslations = { type: "group_translated_content" as const, en: { type: "group_content" as const, name, ...(description !== undefined ? { description } : {}) } };
  for (const locale of locales) {
    const translated = locale === "en" ? undefined : names?.[locale];
    if (translated) out[locale] = { type: "group_content" as const, name: translated };
  }
  return out;
}

/** Every collection, newest update first, as Intercom lists them. */
export function collections(ws: FakeWorkspace): FakeCollection[] {
  return ws.memo("help-collections", () =>
    COLLECTIONS.map((c, i): FakeCollection => {
      const rng = rngFor("collection", i);
      const center = CENTERS[c.center]!;
      const created = ws.now - int(rng, 300, 800) * DAY;
      return {
        id: numericId("collection", i),
        workspace_id: WORKSPACE_ID,
        name: c.name,
        url: `${center.url}/en/collections/${numericId("collection", i)}-${slug(c.name)}`,
        order: COLLECTIONS.slice(0, i).filter((x) => x.center === c.center).length + 1,
        created_at: created,
        updated_at: ws.now - int(rng, 1, 200) * DAY - int(rng, 0, DAY),
        description: c.description,
        icon: c.icon,
        help_center_id: Number(numericId("help_center", c.center)),
        default_locale: "en",
        translated_content: groupTranslations(center.locales, c.name, c.names, c.description),
        type: "collection" as const,
      };
    }).sort((a, b) => b.updated_at - a.updated_at),
  );
}

export function collectionById(ws: FakeWorkspace, id: string): FakeCollection | null {
  return numericIndex("collection", id, COLLECTIONS.length) === null ? null : (collections(ws).find((c) => c.id === id) ?? null);
}

const SECTION_SPECS = COLLECTIONS.flatMap((c, collectionIndex) => c.sections.map((s, order) => ({ ...s, collectionIndex, order: order + 1 })));

export function sections(ws: FakeWorkspace): FakeSection[] {
  return ws.memo("help-sections", () =>
    SECTION_SPECS.map((s, i): FakeSection => {
      const rng = rngFor("section", i);
      const parent = COLLECTIONS[s.collectionIndex]!;
      const center = CENTERS[parent.center]!;
      return {
        id: numericId("section", i),
        workspace_id: WORKSPACE_ID,
        name: s.name,
        url: `${center.url}/en/collections/${numericId("collection", s.collectionIndex)}-${slug(parent.name)}#${slug(s.name)}`,
        order: s.order,
        created_at: ws.now - int(rng, 200, 700) * DAY,
        updated_at: ws.now - int(rng, 1, 250) * DAY - int(rng, 0, DAY),
        type: "section" as const,
        parent_id: Number(numericId("collection", s.collectionIndex)),
        icon: null,
        default_locale: "en",
        translated_content: groupTranslations(center.locales, s.name, s.names),
      };
    }).sort((a, b) => b.updated_at - a.updated_at),
  );
}

export function sectionById(ws: FakeWorkspace, id: string): FakeSection | null {
  return numericIndex("section", id, SECTION_SPECS.length) === null ? null : (sections(ws).find((s) => s.id === id) ?? null);
}

/** Collections first, then sections: a fixed order articles are spread over. */
export const CONTAINERS: ArticleContainer[] = [
  ...COLLECTIONS.map((c, i) => ({ kind: "collection" as const, id: numericId("collection", i), collectionIndex: i, center: c.center, name: c.name, locales: CENTERS[c.center]!.locales })),
  ...SECTION_SPECS.map((s, i) => ({
    kind: "section" as const,
    id: numericId("section", i),
    collectionIndex: s.collectionIndex,
    center: COLLECTIONS[s.collectionIndex]!.center,
    name: s.name,
    locales: CENTERS[COLLECTIONS[s.collectionIndex]!.center]!.locales,
  })),
];

export function centerUrl(center: number): string {
  return CENTERS[center]!.url;
}

export { slug };
