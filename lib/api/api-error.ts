import { isErrorEnvelope, type IntercomErrorEnvelope } from "@/lib/intercom/errors";

/** An error from `/api/*`, read from Intercom's envelope (Lens's own errors use it too). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | null;

  constructor(status: number, code: string, message: string, requestId: string | null) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.requestId = requestId;
  }

  static fromEnvelope(status: number, envelope: IntercomErrorEnvelope): ApiError {
    const first = envelope.errors[0];
    return new ApiError(status, first?.code ?? "error", first?.message ?? `Request failed with status ${status}.`, envelope.request_id);
  }
}

export async function apiErrorFrom(res: Response): Promise<ApiError> {
  const text = await res.text().catch(() => "");
  try {
    const body: unknown = JSON.parse(text);
    if (isErrorEnvelope(body)) return ApiError.fromEnvelope(res.status, body);
  } catch {
    // fall through: not JSON
  }
  return new ApiError(res.status, "bad_response", `Lens answered ${res.status} without a readable error.`, null);
}

/** A malformed id (Lens answers 400 before asking Intercom) and an unknown one (404) both mean "not found" to a reader. */
export function isMissing(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || (error.status === 400 && error.code === "parameter_invalid"));
}
