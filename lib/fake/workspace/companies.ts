import { chance, int, pick, rngFor, sample } from "../random";
import { DAY, type FakeWorkspace } from "./context";
import { companyIdentity, contactIdentity } from "./people";
import { allTags, type FakeTag } from "./tags";

/**
 * Companies: the record around `companyIdentity`, and who belongs to each. Membership is arithmetic
 * (primary company = contact index mod company count; a few users also belong to a second company on
 * an affine map), so a company's members are found without scanning the contacts.
 */

const PLANS = ["Starter", "Growth", "Pro", "Enterprise"] as const;
const INDUSTRIES = ["Software", "Logistics", "Healthcare", "Retail", "Financial services", "Education", "Manufacturing", "Media", "Travel", "Energy"] as const;
const REGIONS = ["EMEA", "North America", "LATAM", "APAC"] as const;
const TIERS = ["Bronze", "Silver", "Gold", "Platinum"] as const;

/** A second company for ~10% of users: (7·i + 13) mod C. 7 is coprime with both scales' counts. */
const SECONDARY_MUL = 7;
const SECONDARY_ADD = 13;

export function secondaryCompanyIndex(ws: FakeWorkspace, contactIndex: number): number | null {
  const identity = contactIdentity(ws, contactIndex);
  if (identity.role !== "user" || !chance(rngFor("contact-secondary-company", contactIndex), 0.1)) return null;
  const c = ws.scale.companies;
  const j = (contactIndex * SECONDARY_MUL + SECONDARY_ADD) % c;
  return j === identity.companyIndex ? null : j;
}

/** Company indexes a contact belongs to, primary first. */
export function contactCompanyIndexes(ws: FakeWorkspace, contactIndex: number): number[] {
  const primary = contactIdentity(ws, contactIndex).companyIndex;
  const secondary = secondaryCompanyIndex(ws, contactIndex);
  return [primary, secondary].filter((j): j is number => j !== null);
}

function modInverse(a: number, m: number): number {
  for (let x = 1; x < m; x++) if ((a * x) % m === 1) return x;
  throw new Error(`no inverse of ${a} mod ${m}`);
}

/** Contact indexes of a company's members, ascending. */
export function companyMemberIndexes(ws: FakeWorkspace, companyIndex: number): number[] {
  const c = ws.scale.companies;
  const n = ws.scale.contacts;
  const members: number[] = [];
  for (let i = companyIndex; i < n; i += c) if (contactIdentity(ws, i).companyIndex === companyIndex) members.push(i);
  const inv = ws.memo(`company-secondary-inverse`, () => modInverse(SECONDARY_MUL, c));
  const first = (((inv * (companyIndex - SECONDARY_ADD)) % c) + c) % c;
  for (let i = first; i < n; i += c) if (secondaryCompanyIndex(ws, i) === companyIndex) members.push(i);
  return members.sort((a, b) => a - b);
}

export interface CompanyCore {
  index: number;
  id: string;
  company_id: string;
  name: string;
  domain: string;
  created_at: number;
  plan: (typeof PLANS)[number];
  size: number;
  industry: string;
  monthly_spend: number;
  session_count: number;
  last_request_at: number;
  updated_at: number;
  tags: FakeTag[];
  custom_attributes: Record<string, string | number | boolean | null>;
}

/** Everything about a company that needs no scan of its members. */
export function companyCore(ws: FakeWorkspace, index: number): CompanyCore {
  const identity = companyIdentity(ws, index);
  const rng = rngFor("company", index);
  const planIndex = Math.min(PLANS.length - 1, Math.floor(rng() ** 1.6 * PLANS.length));
  const plan = PLANS[planIndex]!;
  const size = [int(rng, 2, 20), int(rng, 20, 120), int(rng, 100, 600), int(rng, 500, 12_000)][planIndex]!;
  const spend = [int(rng, 0, 99), int(rng, 100, 900), int(rng, 900, 4_000), int(rng, 4_000, 40_000)][planIndex]!;
  const tagPool = allTags().filter((t) => ["VIP", "Churn risk", "Enterprise", "Partner", "Trial", "Beta tester", "Integration"].includes(t.name));
  const tags = chance(rng, 0.45) ? sample(rng, tagPool, int(rng, 1, 2)) : [];
  const lastRequest = ws.now - int(rng, 0, 40) * DAY - int(rng, 0, DAY - 1);
  return {
    ...identity,
    plan,
    size,
    industry: pick(rng, INDUSTRIES),
    monthly_spend: spend,
    session_count: int(rng, 10, 30_000),
    last_request_at: lastRequest,
    updated_at: Math.max(identity.created_at, lastRequest - int(rng, 0, 10) * DAY),
    tags,
    custom_attributes: {
      tier: TIERS[planIndex]!,
      region: pick(rng, REGIONS),
      renewal_date: ws.now + int(rng, 5, 360) * DAY,
      csm_email: planIndex >= 2 ? pick(rng, ["lucia.fernandez", "maya.goldberg", "grace.liu", "daniel.okoro"]) + "@northwind.example" : null,
      sso_enabled: planIndex === 3 || chance(rng, 0.1),
    },
  };
}

export const PLAN_IDS: Record<string, string> = { Starter: "269314", Growth: "269315", Pro: "269316", Enterprise: "269317" };
