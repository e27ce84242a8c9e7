import "server-only";
import { companyCsvColumns, companyCsvHeader, companyCsvRows } from "@/lib/companies/companies-csv";
import { isErrorEnvelope } from "@/lib/intercom/errors";
import { buildPath } from "@/lib/intercom/match";
import type { CompanyScroll, DataAttributeList } from "@/lib/intercom/types/customers";
import { errorResponse } from "../http";
import { callIntercom, callIntercomOnce, parseBody, UpstreamFailure, type UpstreamResponse } from "../intercom/client";
import { failureResponse } from "../intercom/proxy";
import { jobLock, type Lease } from "./lock";

/**
 * Every company as CSV, walked through GET /companies/scroll and streamed as pages arrive, so the
 * server holds one page at a time whatever the workspace's size. Intercom allows one open scroll
 * per workspace, so one export runs at a time; a closed download stops the walk at once, and a
 * deadline ends a walk that would otherwise hold the scroll for ever.
 */

export const EXPORT_DEADLINE_MS = 10 * 60_000;
const LOCK_NAME = "companies-export";

export interface ExportOptions {
  caller?: string;
  /** The client's request: its abort (a closed tab, a cancelled download) stops the walk. */
  signal: AbortSignal;
  deadlineMs?: number;
}

export async function exportCompanies({ caller, signal, deadlineMs = EXPORT_DEADLINE_MS }: ExportOptions): Promise<Response> {
  const lease = await jobLock().tryAcquire(LOCK_NAME, deadlineMs + 60_000);
  if (!lease) {
    return errorResponse(409, "export_running", "A company export is already running in this workspace (Intercom allows one at a time). Try again when it has finished.");
  }
  const walk = new Walk(lease, caller, signal, deadlineMs);
  try {
    const attributes = await callIntercom({ path: buildPath("data_attributes.list", {}, { model: "company" }), caller });
    if (attributes.status !== 200) return walk.fail(upstreamError(attributes));
    const columns = companyCsvColumns(parseBody<DataAttributeList>(attributes).data ?? []);
    const first = await walk.page();
    if (first.status !== 200) return walk.fail(upstreamError(first));
    const body = parseBody<CompanyScroll>(first);
    return walk.respond(companyCsvHeader(columns) + companyCsvRows(body.data ?? [], columns), columns, body);
  } catch (e) {
    if (e instanceof UpstreamFailure) return walk.fail(failureResponse(e));
    await walk.end();
    throw e;
  }
}

class Walk {
  private readonly abort = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private scrollParam: string | undefined;
  private ended = false;
  private readonly onClientAbort = () => this.abort.abort(new Error("client closed the download"));

  constructor(
    private readonly lease: Lease,
    private readonly caller: string | undefined,
    private readonly client: AbortSignal,
    deadlineMs: number,
  ) {
    this.timer = setTimeout(() => this.abort.abort(new Error("export deadline")), deadlineMs);
    if (client.aborted) this.onClientAbort();
    else client.addEventListener("abort", this.onClientAbort, { once: true });
  }

  /** The next scroll page: sent once (a resent scroll_param skips a page), ended by the abort. */
  page(): Promise<UpstreamResponse> {
    this.abort.signal.throwIfAborted();
    return callIntercomOnce({ path: buildPath("companies.scroll", {}, { scroll_param: this.scrollParam }), caller: this.caller }, this.abort.signal);
  }

  async end(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    clearTimeout(this.timer);
    this.client.removeEventListener("abort", this.onClientAbort);
    await this.lease.release();
  }

  async fail(response: Response): Promise<Response> {
    this.abort.abort();
    await this.end();
    return response;
  }

  respond(head: string, columns: string[], first: CompanyScroll): Response {
    const encoder = new TextEncoder();
    let last = first;
    const stream = new ReadableStream<Uint8Array>(
      {
        start: (controller) => controller.enqueue(encoder.encode(head)),
        pull: async (controller) => {
          try {
            // Each pull ends with rows enqueued or the stream closed: a pull that adds nothing is not called again.
            for (;;) {
              if (!last.data?.length) {
                controller.close();
                return await this.end();
              }
              this.scrollParam = last.scroll_param ?? undefined;
              if (!this.scrollParam) throw new Error("Intercom's company scroll did not return a scroll_param to continue with.");
              const res = await this.page();
              if (res.status !== 200) throw new Error(`Intercom ended the company scroll part-way (${res.status}).`);
              last = parseBody<CompanyScroll>(res);
              const rows = companyCsvRows(last.data ?? [], columns);
              if (rows) return controller.enqueue(encoder.encode(rows));
            }
          } catch (e) {
            // Part-way, the status line is long gone: breaking the download is the only honest signal.
            console.warn(
              JSON.stringify({
                level: "warn",
                msg: "company export stopped",
                reason: this.abort.signal.aborted ? String((this.abort.signal.reason as Error)?.message) : String((e as Error)?.message),
              }),
            );
            controller.error(e);
            await this.end();
          }
        },
        cancel: async () => {
          this.abort.abort(new Error("client closed the download"));
          await this.end();
        },
      },
      // One page ahead of the reader at most: a slow download holds the walk back instead of filling memory.
      { highWaterMark: 1 },
    );
    const date = new Date().toISOString().slice(0, 10);
    return new Response(stream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="companies-${date}.csv"`,
        "cache-control": "no-store",
      },
    });
  }
}

function upstreamError(res: UpstreamResponse): Response {
  let json: unknown;
  try {
    json = parseBody(res);
  } catch {
    json = null;
  }
  const upstream = isErrorEnvelope(json) ? json.errors[0] : undefined;
  const requestId = isErrorEnvelope(json) ? (json.request_id ?? undefined) : undefined;
  const status = res.status;
  if (status === 401) return errorResponse(502, "upstream_unauthorized", "Intercom rejected Lens's access token. Check INTERCOM_ACCESS_TOKEN and INTERCOM_REGION.", { requestId });
  if (status === 400 && /scroll/i.test(`${upstream?.code} ${upstream?.message}`)) {
    return errorResponse(
      409,
      "scroll_exists",
      "Another export of companies is already running in this workspace (Intercom allows one at a time, for instance a data sync or a second Lens tab). It frees up a minute after its last use: try again then.",
      { requestId },
    );
  }
  return errorResponse(status >= 500 ? 502 : status, upstream?.code ?? "upstream_error", upstream?.message ?? `Intercom answered ${status}.`, { requestId, headers: res.rateLimit });
}
