import { metadataView, showValue } from "@/lib/audit/diff";

/** An entry's metadata: a before → after diff where the entry records a change, then the rest. */
export function MetadataPanel({ metadata }: { metadata: Record<string, unknown> | null }) {
  const { diff, details } = metadataView(metadata);
  if (diff.length === 0 && details.length === 0) return <p className="text-xs text-slate-500">This entry has no metadata.</p>;
  return (
    <div className="grid gap-4 text-xs lg:grid-cols-2">
      {diff.length > 0 && (
        <table className="w-full border-collapse" aria-label="Change">
          <thead>
            <tr className="text-left text-slate-500">
              <th className="py-1 pr-3 font-medium">Field</th>
              <th className="py-1 pr-3 font-medium">Before</th>
              <th className="py-1 font-medium">After</th>
            </tr>
          </thead>
          <tbody>
            {diff.map((line) => (
              <tr key={line.field} className="align-top">
                <td className="py-1 pr-3 font-mono text-slate-600">{line.field}</td>
                <td className={`py-1 pr-3 whitespace-pre-wrap ${line.changed ? "bg-red-50 text-red-800 line-through decoration-red-300" : "text-slate-600"}`}>{showValue(line.before)}</td>
                <td className={`py-1 whitespace-pre-wrap ${line.changed ? "bg-emerald-50 text-emerald-800" : "text-slate-600"}`}>{showValue(line.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {details.length > 0 && (
        <dl className="grid grid-cols-[max-content_1fr] content-start gap-x-3 gap-y-1">
          {details.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="font-mono text-slate-500">{key}</dt>
              <dd className="break-all whitespace-pre-wrap text-slate-800">{showValue(value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
