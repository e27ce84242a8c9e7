import { cursorPage, encodeCursor, lazySeq, pagePage, seq, type Sequence } from "../paginate";
import { intercomError, notFound, ok, type AreaRoutes } from "../respond";
import { companyCore, companyMemberIndexes, type CompanyCore } from "../workspace/companies";
import type { FakeWorkspace } from "../workspace/context";
import { hexIndex } from "../workspace/ids";
import { companyIdentity } from "../workspace/people";
import { allSegments, companySegmentIds, segmentCounts, segmentIndexOf } from "../workspace/segments";
import { allTags } from "../workspace/tags";
import { companyJson, contactsSeq, list, segmentsById } from "./customer-json";

/** The fake's companies area: companies (with the one-at-a-time scroll), segments and tags. */

const companyNotFound = () => notFound("company_not_found", "Company Not Found");

function companiesWhere(ws: FakeWorkspace, key: string, test: (c: CompanyCore) => boolean): number[] {
  return ws.memo(`companies-where:${key}`, () => {
    const out: number[] = [];
    for (let j = 0; j < ws.scale.companies; j++) if (test(companyCore(ws, j))) out.push(j);
    return out;
  });
}

function findCompanyIndex(ws: FakeWorkspace, query: Record<string, string>): number | null {
  if (query.company_id !== undefined) {
    const m = /^cmp_(\d{5,})$/.exec(query.company_id);
    const j = m ? Number(m[1]) - 1 : -1;
    return j >= 0 && j < ws.scale.companies ? j : null;
  }
  const wanted = (query.name ?? "").trim().toLowerCase();
  const byName = ws.memo("companies-by-name", () => {
    const map = new Map<string, number>();
    for (let j = 0; j < ws.scale.companies; j++) map.set(companyIdentity(ws, j).name.toLowerCase(), j);
    return map;
  });
  return byName.get(wanted) ?? null;
}

const SCROLL_KEY = "companies-scroll";
const SCROLL_TTL_MS = 60_000;
const SCROLL_PAGE = 50;

interface OpenScroll {
  param: string;
  offset: number;
  lastUsed: number;
}

function liveScroll(ws: FakeWorkspace): OpenScroll | null {
  const open = ws.state.get(SCROLL_KEY) as OpenScroll | undefined;
  if (!open) return null;
  if (Date.now() - open.lastUsed > SCROLL_TTL_MS) {
    ws.state.delete(SCROLL_KEY);
    return null;
  }
  return open;
}

export const companyRoutes = {
  "companies.list": ({ ws, query }) => {
    if (query.name !== undefined || query.company_id !== undefined) {
      const j = findCompanyIndex(ws, query);
      if (j === null) return companyNotFound();
      return ok({ type: "list" as const, data: [companyJson(ws, companyCore(ws, j))], pages: { type: "pages" as const, next: null, page: 1, per_page: 15, total_pages: 1 }, total_count: 1 });
    }
    let indexes: number[] | null = null;
    if (query.tag_id !== undefined) {
      const tagId = query.tag_id;
      indexes = companiesWhere(ws, `tag:${tagId}`, (c) => c.tags.some((t) => t.id === tagId));
    }
    if (query.segment_id !== undefined) {
      const segmentId = query.segment_id;
      const inSegment = companiesWhere(ws, `segment:${segmentId}`, (c) => companySegmentIds(c).includes(segmentId));
      indexes = indexes ? indexes.filter((j) => inSegment.includes(j)) : inSegment;
    }
    const source: Sequence<number> = indexes ? seq(indexes) : lazySeq(ws.scale.companies, (j) => j);
    const page = pagePage(
      lazySeq(source.length, (k) => companyJson(ws, companyCore(ws, source.at(k)))),
      query,
      15,
    );
    return ok({ type: "list" as const, data: page.items, pages: page.pages, total_count: page.total_count });
  },
  "companies.scroll": ({ ws, query }) => {
    let open = liveScroll(ws);
    if (query.scroll_param === undefined) {
      if (open) return intercomError(400, "scroll_exists", "scroll already exists");
      open = { param: crypto.randomUUID(), offset: 0, lastUsed: Date.now() };
      ws.state.set(SCROLL_KEY, open);
    } else if (!open || open.param !== query.scroll_param) {
      return intercomError(404, "not_found", "scroll_param not found: the scroll expired or was never opened. Please restart the scroll operation.");
    }
    const data: ReturnType<typeof companyJson>[] = [];
    for (let j = open.offset; j < Math.min(ws.scale.companies, open.offset + SCROLL_PAGE); j++) data.push(companyJson(ws, companyCore(ws, j)));
    open.offset += data.length;
    open.lastUsed = Date.now();
    // An empty page is the end: the scroll closes and its param stops working.
    if (data.length === 0) ws.state.delete(SCROLL_KEY);
    return ok({ type: "list" as const, data, pages: null, total_count: null, scroll_param: open.param });
  },
  "companies.get": ({ ws, params }) => {
    const j = hexIndex("company", params.id ?? "", ws.scale.companies);
    return j === null ? companyNotFound() : ok(companyJson(ws, companyCore(ws, j)));
  },
  "companies.segments": ({ ws, params }) => {
    const j = hexIndex("company", params.id ?? "", ws.scale.companies);
    if (j === null) return companyNotFound();
    const byId = segmentsById(ws);
    return ok(list(companySegmentIds(companyCore(ws, j)).map((id) => byId.get(id)!)));
  },
  "companies.contacts": ({ ws, params, query }) => {
    const j = hexIndex("company", params.id ?? "", ws.scale.companies);
    if (j === null) return companyNotFound();
    const members = companyMemberIndexes(ws, j);
    const perPage = Number(query.per_page) || 50;
    const startingAfter = query.starting_after ?? (query.page ? encodeCursor((Number(query.page) - 1) * perPage) : undefined);
    const page = cursorPage(contactsSeq(ws, members), { perPage, startingAfter, defaultPerPage: 50 });
    return ok({ type: "list" as const, data: page.items, total_count: page.total_count, pages: page.pages });
  },
  "segments.list": ({ ws, query }) => {
    const counts = query.include_count === "true" ? segmentCounts(ws) : null;
    return ok({ type: "segment.list" as const, segments: allSegments(ws).map((s) => (counts ? { ...s, count: counts.get(s.id) ?? 0 } : s)), pages: {} });
  },
  "segments.get": ({ ws, params, query }) => {
    const i = segmentIndexOf(params.id ?? "");
    if (i === null) return notFound("not_found", "Resource Not Found");
    const s = allSegments(ws)[i]!;
    return ok(query.include_count === "true" ? { ...s, count: segmentCounts(ws).get(s.id) ?? 0 } : s);
  },
  "tags.list": () => ok(list(allTags())),
  "tags.get": ({ params }) => {
    const tag = allTags().find((t) => t.id === params.id);
    return tag ? ok(tag) : notFound("not_found", "Resource Not Found");
  },
} satisfies AreaRoutes;
