import { formatFileSize } from "@/lib/conversations/format";
import type { PartAttachment } from "@/lib/intercom/types/conversations";

/** Attachments with name, type and size. Only http(s) URLs become links. */
export function Attachments({ items }: { items: PartAttachment[] | null | undefined }) {
  if (!items?.length) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-2" aria-label="Attachments">
      {items.map((a, i) => {
        const name = a.name?.trim() || "Attachment";
        const safe = a.url && /^https?:\/\//i.test(a.url) ? a.url : null;
        return (
          <li key={`${a.url ?? ""}-${i}`} className="flex items-center gap-2 rounded-md border border-slate-200 bg-card px-2 py-1 text-xs" data-testid="attachment">
            <span aria-hidden>📎</span>
            {safe ? (
              <a href={safe} target="_blank" rel="noopener noreferrer" className="max-w-56 truncate font-medium text-brand-600 hover:underline">
                {name}
              </a>
            ) : (
              <span className="max-w-56 truncate font-medium text-slate-700">{name}</span>
            )}
            <span className="text-slate-500">{a.content_type || "unknown type"}</span>
            <span className="tabular-nums text-slate-500">{formatFileSize(a.filesize)}</span>
          </li>
        );
      })}
    </ul>
  );
}
