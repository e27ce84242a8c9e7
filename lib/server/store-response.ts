import "server-only";
import { errorResponse } from "./http";
import { StoreUnavailable } from "./store";

/**
 * For routes that read only Lens's store: a store that cannot be opened or answer becomes a 503 in
 * Intercom's envelope, with the reason but never a stack trace; the live pages keep working.
 */
export function storeFailureResponse(e: unknown): Response {
  const reason = e instanceof StoreUnavailable ? e.message : `Lens's store did not answer: ${(e as Error)?.message ?? String(e)}`;
  console.error(JSON.stringify({ level: "error", msg: "store read failed", error: reason }));
  return errorResponse(503, "store_unavailable", `${reason} Pages that read Intercom live keep working.`);
}
