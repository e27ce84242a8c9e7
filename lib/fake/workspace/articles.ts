import { allAdmins } from "./admins";
import { CONTAINERS, centerUrl, slug, WORKSPACE_ID, type HelpLocale } from "./help-center";
import { numericId, numericIndex } from "./ids";
import { chance, int, pick, rngFor, type Rng } from "../random";
import { DAY, type FakeWorkspace } from "./context";

/**
 * Help-center articles, generated on demand from their index so the large workspace (1,000
 * articles) never holds them. Index order is `updated_at` descending, Intercom's list order.
 */

interface Topic {
  en: string;
  fr?: string;
  de?: string;
  es?: string;
}

/** Four topics per container, in CONTAINERS order; some carry translations. */
const TOPICS: Record<string, Topic[]> = {
  "Getting started": [
    { en: "Create your Northwind account", fr: "Créer votre compte Northwind", de: "Ihr Northwind-Konto erstellen", es: "Crear tu cuenta de Northwind" },
    { en: "Place your first order", fr: "Passer votre première commande", de: "Ihre erste Bestellung aufgeben" },
    { en: "A tour of the dashboard", fr: "Visite guidée du tableau de bord" },
    { en: "Invite your colleagues" },
  ],
  "Account & billing": [
    { en: "Update your billing address", fr: "Modifier votre adresse de facturation", de: "Rechnungsadresse ändern" },
    { en: "Close your account", fr: "Fermer votre compte" },
    { en: "Change the account owner" },
    { en: "Why was I charged twice?", de: "Warum wurde mir doppelt berechnet?" },
  ],
  "Orders & shipping": [
    { en: "Edit an order after placing it", fr: "Modifier une commande déjà passée" },
    { en: "Ship to several addresses" },
    { en: "Customs and import duties", de: "Zoll und Einfuhrabgaben" },
    { en: "Split a delivery" },
  ],
  "Returns & refunds": [
    { en: "Start a return", fr: "Lancer un retour", de: "Eine Rücksendung starten", es: "Iniciar una devolución" },
    { en: "When will my refund arrive?", fr: "Quand vais-je recevoir mon remboursement ?", de: "Wann kommt meine Erstattung an?" },
    { en: "Items that cannot be returned" },
    { en: "Exchange an item for another size" },
  ],
  Integrations: [
    { en: "Which integrations are available?", fr: "Quelles intégrations sont disponibles ?" },
    { en: "Connect an integration" },
    { en: "Disconnect an integration" },
    { en: "Integration permissions explained" },
  ],
  Troubleshooting: [
    { en: "The page does not load", fr: "La page ne se charge pas", de: "Die Seite lädt nicht" },
    { en: "Clear your browser cache" },
    { en: "Collect a HAR file for support" },
    { en: "Known issues" },
  ],
  "Security & privacy": [
    { en: "Turn on two-factor sign-in", fr: "Activer la double authentification", de: "Zwei-Faktor-Anmeldung aktivieren", es: "Activar el inicio de sesión en dos pasos" },
    { en: "Request a copy of your data", fr: "Demander une copie de vos données" },
    { en: "How we store payment details" },
    { en: "Report a security issue" },
  ],
  "Mobile app": [
    { en: "Install the Northwind app", fr: "Installer l'application Northwind", es: "Instalar la aplicación Northwind" },
    { en: "Turn on push notifications" },
    { en: "Scan a barcode to reorder" },
    { en: "The app crashes on start" },
  ],
  "API basics": [{ en: "Make your first API call" }, { en: "API versions and upgrades" }, { en: "Error codes" }, { en: "Idempotency keys" }],
  Webhooks: [{ en: "Webhook topics" }, { en: "Retry behaviour" }, { en: "Test webhooks locally" }, { en: "Webhook delivery logs" }],
  SDKs: [{ en: "Node.js SDK" }, { en: "Python SDK" }, { en: "Ruby SDK" }, { en: "Community libraries" }],
  Changelog: [{ en: "2024 API changes" }, { en: "2025 API changes" }, { en: "Deprecation policy" }, { en: "Upcoming breaking changes" }],
  "Plans and pricing": [
    { en: "Compare plans", fr: "Comparer les offres", de: "Tarife vergleichen" },
    { en: "Upgrade or downgrade your plan" },
    { en: "Discounts for non-profits" },
    { en: "What counts as an active seat?" },
  ],
  "Invoices and payments": [
    { en: "Download an invoice", fr: "Télécharger une facture", de: "Eine Rechnung herunterladen", es: "Descargar una factura" },
    { en: "Add a VAT number", fr: "Ajouter un numéro de TVA", de: "USt-IdNr. hinzufügen" },
    { en: "Accepted payment methods" },
    { en: "A payment failed" },
  ],
  "Managing your team": [
    { en: "Add and remove teammates" },
    { en: "Roles and permissions", de: "Rollen und Berechtigungen" },
    { en: "Transfer ownership of a workspace" },
    { en: "Single sign-on (SSO)" },
  ],
  "Placing orders": [{ en: "Bulk ordering with a CSV file" }, { en: "Save a cart for later" }, { en: "Minimum order quantities" }, { en: "Order approval workflows" }],
  "Delivery and tracking": [
    { en: "Track your order", fr: "Suivre votre commande", de: "Ihre Bestellung verfolgen", es: "Seguir tu pedido" },
    { en: "Delivery times by country", fr: "Délais de livraison par pays" },
    { en: "My parcel is marked delivered but has not arrived" },
    { en: "Change the delivery address" },
  ],
  Shopify: [{ en: "Connect your Shopify store" }, { en: "Sync products from Shopify" }, { en: "Shopify orders are missing" }, { en: "Disconnect Shopify" }],
  Slack: [{ en: "Get order alerts in Slack" }, { en: "Choose which channel receives alerts" }, { en: "Slack notifications stopped" }, { en: "Remove the Slack app" }],
  Zapier: [{ en: "Use Northwind with Zapier" }, { en: "Zapier triggers and actions" }, { en: "Zaps fail with a 401 error" }, { en: "Zapier task limits" }],
  "Login problems": [
    { en: "Reset your password", fr: "Réinitialiser votre mot de passe", de: "Passwort zurücksetzen", es: "Restablecer tu contraseña" },
    { en: "I did not receive the sign-in email", fr: "Je n'ai pas reçu l'e-mail de connexion" },
    { en: "Locked out after too many attempts" },
    { en: "Lost your two-factor device" },
  ],
  "Sync errors": [
    { en: "Inventory is out of sync", de: "Der Lagerbestand ist nicht synchron" },
    { en: "Sync is stuck on pending" },
    { en: "Duplicate products after a sync" },
    { en: "Read the sync log" },
  ],
  Authentication: [{ en: "Create an API key" }, { en: "OAuth for partner apps" }, { en: "Rotate a compromised key" }, { en: "Scopes reference" }],
  "Pagination and limits": [{ en: "Paginate through results" }, { en: "Rate limits" }, { en: "Handle 429 responses" }, { en: "Bulk endpoints" }],
  "Setting up webhooks": [{ en: "Register a webhook endpoint" }, { en: "Verify webhook signatures" }, { en: "Rotate the signing secret" }, { en: "Webhook IP allow-list" }],
};

const INTRO: Record<HelpLocale, (title: string) => string> = {
  en: (t) => `This article explains how to <strong>${t.toLowerCase()}</strong> and what to check if something goes wrong.`,
  fr: (t) => `Cet article explique comment procéder : <strong>${t}</strong>, et quoi vérifier en cas de problème.`,
  de: (t) => `Dieser Artikel erklärt Schritt für Schritt: <strong>${t}</strong>, und was Sie bei Problemen prüfen sollten.`,
  es: (t) => `Este artículo explica paso a paso: <strong>${t}</strong>, y qué comprobar si algo falla.`,
};

const STEPS: Record<HelpLocale, string[]> = {
  en: [
    "Sign in to your Northwind dashboard.",
    "Open <em>Settings</em> from the menu in the top right.",
    "Choose the option described above and save your changes.",
    "Check the confirmation email we send you.",
  ],
  fr: [
    "Connectez-vous à votre tableau de bord Northwind.",
    "Ouvrez <em>Paramètres</em> dans le menu en haut à droite.",
    "Choisissez l'option décrite ci-dessus et enregistrez.",
    "Vérifiez l'e-mail de confirmation que nous vous envoyons.",
  ],
  de: [
    "Melden Sie sich in Ihrem Northwind-Dashboard an.",
    "Öffnen Sie <em>Einstellungen</em> im Menü oben rechts.",
    "Wählen Sie die oben beschriebene Option und speichern Sie.",
    "Prüfen Sie die Bestätigungs-E-Mail, die wir Ihnen senden.",
  ],
  es: [
    "Inicia sesión en tu panel de Northwind.",
    "Abre <em>Ajustes</em> en el menú de arriba a la derecha.",
    "Elige la opción descrita arriba y guarda los cambios.",
    "Revisa el correo de confirmación que te enviamos.",
  ],
};

const HELP_LINE: Record<HelpLocale, string> = {
  en: 'Still stuck? <a href="https://help.northwind.example/en/contact">Contact our support team</a> and we will help.',
  fr: 'Toujours bloqué ? <a href="https://help.northwind.example/fr/contact">Contactez notre équipe support</a>.',
  de: 'Noch Fragen? <a href="https://help.northwind.example/de/contact">Kontaktieren Sie unseren Support</a>.',
  es: '¿Sigues con dudas? <a href="https://help.northwind.example/es/contact">Contacta con nuestro equipo de soporte</a>.',
};

const DESCRIPTION: Record<HelpLocale, (t: string) => string> = {
  en: (t) => `Everything you need to know: ${t.toLowerCase()}.`,
  fr: (t) => `Tout ce qu'il faut savoir : ${t.toLowerCase()}.`,
  de: (t) => `Alles Wichtige zum Thema: ${t}.`,
  es: (t) => `Todo lo que necesitas saber: ${t.toLowerCase()}.`,
};

function body(rng: Rng, locale: HelpLocale, title: string, index: number): string {
  const steps = STEPS[locale].map((s) => `<li>${s}</li>`).join("");
  const parts = [`<p>${INTRO[locale](title)}</p>`, `<h2>${locale === "en" ? "Steps" : locale === "fr" ? "Étapes" : locale === "de" ? "Schritte" : "Pasos"}</h2>`, `<ol>${steps}</ol>`];
  if (index % 5 === 0) parts.push(`<p><img src="https://downloads.intercomcdn.com/i/o/nw5upp0rt/${900_000 + index}/screenshot.png" alt="Screenshot"></p>`);
  if (index % 17 === 3) parts.push(`<iframe src="https://www.youtube.com/embed/nw${index}" width="560" height="315"></iframe>`);
  if (locale === "en" && chance(rng, 0.3)) parts.push("<blockquote>Tip: you can also do this from the mobile app.</blockquote>");
  parts.push(`<p>${HELP_LINE[locale]}</p>`);
  return parts.join("");
}

export interface ArticleStatistics {
  type: "article_statistics";
  views: number;
  conversions: number;
  reactions: number;
  happy_reaction_percentage: number;
  neutral_reaction_percentage: number;
  sad_reaction_percentage: number;
}

interface ArticleContent {
  type: "article_content";
  title: string;
  description: string;
  body: string;
  author_id: number;
  state: "published" | "draft";
  created_at: number;
  updated_at: number;
  url: string | null;
}

export interface FakeArticle {
  id: string;
  type: "article";
  workspace_id: string;
  parent_id: number | null;
  parent_type: "collection" | "section" | null;
  parent_ids: number[];
  title: string;
  description: string;
  body: string;
  author_id: number;
  state: "published" | "draft";
  created_at: number;
  updated_at: number;
  url: string | null;
  default_locale: string;
  translated_content: ({ type: "article_translated_content" } & Partial<Record<HelpLocale, ArticleContent>>) | null;
}

/** About one article in 31 stands alone, outside any collection. */
function isOrphan(index: number): boolean {
  return index % 31 === 11;
}

/** Spreads updates over ~18 months; a larger workspace packs them closer together. */
function updatedAt(ws: FakeWorkspace, index: number): number {
  const step = Math.max(600, Math.floor((540 * DAY) / ws.scale.articles));
  const rng = rngFor("article-updated", index);
  return ws.now - 3_600 - index * step - int(rng, 0, step - 1);
}

export function articleAt(ws: FakeWorkspace, index: number): FakeArticle {
  const rng = rngFor("article", index);
  const container = CONTAINERS[index % CONTAINERS.length]!;
  const topics = TOPICS[container.name]!;
  const round = Math.floor(index / CONTAINERS.length);
  const topic = topics[round % topics.length]!;
  const edition = Math.floor(round / topics.length);
  const title = edition === 0 ? topic.en : `${topic.en} (${2023 + edition} edition)`;
  const id = numericId("article", index);
  const admins = allAdmins(ws);
  const editors = [admins[18], admins[0], admins[1], admins[2], admins[3], admins[12], admins[17]].filter((a) => a !== undefined);
  const author = Number(pick(rng, editors).id);
  const state: "published" | "draft" = chance(rng, 0.16) ? "draft" : "published";
  const updated = updatedAt(ws, index);
  const created = updated - int(rng, 0, 400) * DAY - int(rng, 0, DAY);
  const orphan = isOrphan(index);
  const base = centerUrl(container.center);
  const urlFor = (locale: HelpLocale, t: string) => (state === "published" && !orphan ? `${base}/${locale}/articles/${id}-${slug(t)}` : null);

  const locales = container.locales.filter((l) => l === "en" || (topic[l] !== undefined && edition === 0 && chance(rngFor(`article-${l}`, index), 0.85)));
  const multilingual = container.locales.length > 1;
  const translated = multilingual
    ? Object.fromEntries(
        locales.map((l) => {
          const t = l === "en" ? title : topic[l]!;
          const content: ArticleContent = {
            type: "article_content" as const,
            title: t,
            description: DESCRIPTION[l](t),
            body: body(rngFor(`article-body-${l}`, index), l, t, index),
            author_id: l === "en" ? author : Number(pick(rngFor(`article-author-${l}`, index), editors).id),
            // Translations lag behind: one in five is still a draft.
            state: l === "en" || chance(rngFor(`article-state-${l}`, index), 0.8) ? state : "draft",
            created_at: created + (l === "en" ? 0 : int(rng, 1, 30) * DAY),
            updated_at: l === "en" ? updated : Math.min(updated, created + int(rng, 1, 60) * DAY),
            url: urlFor(l, t),
          };
          return [l, content];
        }),
      )
    : null;

  return {
    id,
    type: "article" as const,
    workspace_id: WORKSPACE_ID,
    parent_id: orphan ? null : Number(container.id),
    parent_type: orphan ? null : container.kind,
    parent_ids: orphan ? [] : container.kind === "section" ? [Number(numericId("collection", container.collectionIndex)), Number(container.id)] : [Number(container.id)],
    title,
    description: DESCRIPTION.en(title),
    body: body(rngFor("article-body-en", index), "en", title, index),
    author_id: author,
    state,
    created_at: created,
    updated_at: updated,
    url: urlFor("en", title),
    default_locale: "en",
    translated_content: translated ? { type: "article_translated_content" as const, ...translated } : null,
  };
}

/** All-time numbers, as Intercom reports them: drafts have next to none. */
export function articleStatistics(index: number, state: "published" | "draft"): ArticleStatistics {
  const rng = rngFor("article-stats", index);
  if (state === "draft") {
    const views = int(rng, 0, 4);
    return { type: "article_statistics" as const, views, conversions: 0, reactions: 0, happy_reaction_percentage: 0, neutral_reaction_percentage: 0, sad_reaction_percentage: 0 };
  }
  // Heavy-tailed like real help centers: a few articles take most of the traffic.
  const views = Math.min(250_000, Math.floor(60 / (1 - rng()) ** (1 / 1.2)));
  const troubled = index % 8 === 5;
  // Troubleshooting-style articles send more readers on to a conversation.
  const conversions = Math.floor(views * (0.002 + rng() ** 2 * 0.06 + (troubled ? 0.03 : 0)));
  const reactions = Math.floor(views * (0.01 + rng() * 0.07));
  if (reactions === 0) {
    return { type: "article_statistics" as const, views, conversions, reactions, happy_reaction_percentage: 0, neutral_reaction_percentage: 0, sad_reaction_percentage: 0 };
  }
  // One article in eight leaves readers unhappy; the rest are mostly fine. Work in tenths so the
  // three shares add up to exactly 100.
  const sad = troubled ? int(rng, 350, 650) : int(rng, 20, 220);
  const neutral = int(rng, 50, Math.min(350, 1000 - sad));
  const happy = 1000 - sad - neutral;
  return {
    type: "article_statistics" as const,
    views,
    conversions,
    reactions,
    happy_reaction_percentage: happy / 10,
    neutral_reaction_percentage: neutral / 10,
    sad_reaction_percentage: sad / 10,
  };
}

export function articleIndexOf(ws: FakeWorkspace, id: string): number | null {
  return numericIndex("article", id, ws.scale.articles);
}
