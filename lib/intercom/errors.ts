/** Intercom's error envelope. Lens uses it for its own errors too, so one parser reads both. */
export interface IntercomErrorItem {
  code: string;
  message: string | null;
  field?: string | null;
}

export interface IntercomErrorEnvelope {
  type: "error.list";
  request_id: string | null;
  errors: IntercomErrorItem[];
}

export function errorEnvelope(code: string, message: string, requestId: string | null = null, field?: string): IntercomErrorEnvelope {
  const item: IntercomErrorItem = { code, message };
  if (field) item.field = field;
  return { type: "error.list", request_id: requestId, errors: [item] };
}

export function isErrorEnvelope(value: unknown): value is IntercomErrorEnvelope {
  if (!value || typeof value !== "object") return false;
  const v = value as { type?: unknown; errors?: unknown };
  return v.type === "error.list" && Array.isArray(v.errors);
}
