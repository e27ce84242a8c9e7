import { numericId } from "./ids";

/** The workspace's tags: shared by contacts, companies and conversations. */
export const TAG_NAMES = [
  "VIP",
  "Churn risk",
  "Billing",
  "Bug",
  "Feature request",
  "Onboarding",
  "Enterprise",
  "Beta tester",
  "Refund",
  "Angry",
  "Integration",
  "Mobile",
  "Security",
  "Partner",
  "Trial",
] as const;

export interface FakeTag {
  type: "tag";
  id: string;
  name: string;
}

export function allTags(): FakeTag[] {
  return TAG_NAMES.map((name, i) => ({ type: "tag" as const, id: numericId("tag", i), name }));
}
