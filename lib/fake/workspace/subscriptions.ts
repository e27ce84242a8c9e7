import { chance, rngFor } from "../random";
import type { FakeWorkspace } from "./context";
import { numericId } from "./ids";
import { contactIdentity } from "./people";

/** Subscription types, and which of them each contact explicitly opted into or out of. */

interface SubscriptionDef {
  name: string;
  description: string;
  state: "live" | "draft" | "archived";
  consent_type: "opt_in" | "opt_out";
  content_types: ("email" | "sms_message")[];
  /** Share of contacts who made an explicit choice on this type. */
  share: number;
}

const SUBSCRIPTIONS: SubscriptionDef[] = [
  { name: "Newsletter", description: "Monthly product and company news.", state: "live", consent_type: "opt_out", content_types: ["email"], share: 0.12 },
  { name: "Product updates", description: "Release notes and feature announcements.", state: "live", consent_type: "opt_out", content_types: ["email"], share: 0.08 },
  { name: "Billing reminders by SMS", description: "Texts before a card is charged or expires.", state: "live", consent_type: "opt_in", content_types: ["sms_message"], share: 0.2 },
  { name: "Beta programme", description: "Invitations to try features before launch.", state: "live", consent_type: "opt_in", content_types: ["email"], share: 0.1 },
  { name: "Webinars and events", description: "Invitations to live sessions and meetups.", state: "draft", consent_type: "opt_in", content_types: ["email", "sms_message"], share: 0 },
  { name: "Partner offers", description: "Offers from integration partners (retired).", state: "archived", consent_type: "opt_in", content_types: ["email"], share: 0.03 },
];

export interface FakeSubscriptionType {
  type: "subscription";
  id: string;
  state: SubscriptionDef["state"];
  consent_type: SubscriptionDef["consent_type"];
  default_translation: { name: string; description: string; locale: string };
  translations: { name: string; description: string; locale: string }[];
  content_types: SubscriptionDef["content_types"];
}

export function allSubscriptionTypes(): FakeSubscriptionType[] {
  return SUBSCRIPTIONS.map((s, i) => {
    const translation = { name: s.name, description: s.description, locale: "en" };
    return {
      type: "subscription" as const,
      id: numericId("subscription_type", i),
      state: s.state,
      consent_type: s.consent_type,
      default_translation: translation,
      translations: [translation, ...(i < 2 ? [{ name: i === 0 ? "Lettre d'information" : "Nouveautés produit", description: s.description, locale: "fr" }] : [])],
      content_types: s.content_types,
    };
  });
}

/**
 * Types the contact explicitly chose: an opt-out type listed here means "opted out", an opt-in type
 * means "opted in", as Intercom's /contacts/{id}/subscriptions reports them.
 */
export function contactSubscriptions(ws: FakeWorkspace, contactIndex: number): FakeSubscriptionType[] {
  const rng = rngFor("contact-subscriptions", contactIndex);
  const isUser = contactIdentity(ws, contactIndex).role === "user";
  return allSubscriptionTypes().filter((_, i) => {
    const def = SUBSCRIPTIONS[i]!;
    return chance(rng, isUser ? def.share : def.share / 2);
  });
}
