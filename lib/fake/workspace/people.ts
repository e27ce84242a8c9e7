import { hexId } from "./ids";
import { chance, int, pick, rngFor } from "../random";
import type { FakeWorkspace } from "./context";

/**
 * Names and identities shared by every area of the fake: a contact's name and email must read the
 * same in the contact list, a conversation's author and a note's subject.
 */

export const FIRST_NAMES = [
  "Ada",
  "Ben",
  "Chloé",
  "Dmitri",
  "Elif",
  "Farah",
  "Gus",
  "Hana",
  "Ivo",
  "Jonas",
  "Kemi",
  "Lars",
  "Maya",
  "Noor",
  "Oskar",
  "Priya",
  "Quentin",
  "Rosa",
  "Sven",
  "Tomás",
  "Uma",
  "Viktor",
  "Wen",
  "Ximena",
  "Yusuf",
  "Zoë",
  "Amara",
  "Bruno",
  "Carmen",
  "Diego",
  "Esme",
  "Finn",
  "Greta",
  "Hugo",
  "Iris",
  "Jamal",
  "Kai",
  "Lena",
  "Mateo",
  "Nadia",
  "Olga",
  "Pablo",
  "Rania",
  "Sami",
  "Tara",
  "Ugo",
  "Vera",
] as const;

export const LAST_NAMES = [
  "Okafor",
  "Lindqvist",
  "Moreau",
  "Petrov",
  "Yilmaz",
  "Haddad",
  "Brennan",
  "Sato",
  "Novak",
  "Weber",
  "Adeyemi",
  "Nielsen",
  "Kapoor",
  "Rahman",
  "Berg",
  "Iyer",
  "Laurent",
  "Costa",
  "Holm",
  "Ruiz",
  "Shah",
  "Volkov",
  "Zhang",
  "Navarro",
  "Demir",
  "Fischer",
  "Mensah",
  "Rossi",
  "García",
  "Silva",
  "Kowalski",
  "Dubois",
  "Jensen",
  "Tanaka",
  "O'Brien",
  "Van Dijk",
  "Horvat",
  "Ali",
  "Kim",
  "Nguyen",
] as const;

const COMPANY_WORDS_A = ["Blue", "North", "Bright", "Iron", "Cedar", "Quantum", "Silver", "Harbor", "Summit", "Atlas", "Lumen", "Orbit", "Pine", "Nova", "Copper", "Vertex"] as const;
const COMPANY_WORDS_B = ["Labs", "Logistics", "Health", "Foods", "Analytics", "Studio", "Robotics", "Finance", "Travel", "Energy", "Systems", "Works", "Retail", "Media", "Cloud", "Bikes"] as const;
const FREE_MAIL = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com"] as const;

export const LOCATIONS = [
  { country: "United States", region: "California", city: "San Francisco" },
  { country: "United States", region: "New York", city: "New York" },
  { country: "United States", region: "Texas", city: "Austin" },
  { country: "Ireland", region: "Dublin", city: "Dublin" },
  { country: "United Kingdom", region: "England", city: "London" },
  { country: "Germany", region: "Berlin", city: "Berlin" },
  { country: "France", region: "Île-de-France", city: "Paris" },
  { country: "Brazil", region: "São Paulo", city: "São Paulo" },
  { country: "India", region: "Karnataka", city: "Bengaluru" },
  { country: "Japan", region: "Tokyo", city: "Tokyo" },
  { country: "Australia", region: "New South Wales", city: "Sydney" },
  { country: "Nigeria", region: "Lagos", city: "Lagos" },
  { country: "Canada", region: "Ontario", city: "Toronto" },
  { country: "Spain", region: "Catalonia", city: "Barcelona" },
] as const;

export interface CompanyIdentity {
  index: number;
  id: string;
  company_id: string;
  name: string;
  domain: string;
  created_at: number;
}

export function companyIdentity(ws: FakeWorkspace, index: number): CompanyIdentity {
  const rng = rngFor("company-identity", index);
  const a = COMPANY_WORDS_A[index % COMPANY_WORDS_A.length]!;
  const b = COMPANY_WORDS_B[Math.floor(index / COMPANY_WORDS_A.length) % COMPANY_WORDS_B.length]!;
  const round = Math.floor(index / (COMPANY_WORDS_A.length * COMPANY_WORDS_B.length));
  const name = round === 0 ? `${a} ${b}` : `${a} ${b} ${round + 1}`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "");
  return {
    index,
    id: hexId("company", index),
    company_id: `cmp_${(index + 1).toString().padStart(5, "0")}`,
    name,
    domain: `${slug}.example.com`,
    created_at: ws.now - int(rng, 120, 1_400) * 86_400,
  };
}

export interface ContactIdentity {
  index: number;
  id: string;
  role: "user" | "lead";
  name: string;
  email: string;
  external_id: string | null;
  /** Index of the company the contact belongs to, or null for leads without one. */
  companyIndex: number | null;
  created_at: number;
}

export function contactIdentity(ws: FakeWorkspace, index: number): ContactIdentity {
  const rng = rngFor("contact-identity", index);
  const first = pick(rng, FIRST_NAMES);
  const last = pick(rng, LAST_NAMES);
  const role = chance(rng, 0.78) ? "user" : "lead";
  const companyIndex = role === "user" || chance(rng, 0.3) ? index % ws.scale.companies : null;
  const local = `${first}.${last}`
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z.]/g, "");
  const domain = companyIndex !== null ? companyIdentity(ws, companyIndex).domain : pick(rng, FREE_MAIL);
  return {
    index,
    id: hexId("contact", index),
    role,
    name: `${first} ${last}`,
    email: `${local}${index}@${domain}`,
    external_id: role === "user" ? `usr_${(100_000 + index).toString()}` : null,
    companyIndex,
    created_at: ws.now - int(rng, 1, 900) * 86_400 - int(rng, 0, 86_399),
  };
}
