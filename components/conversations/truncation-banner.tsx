/** Intercom returns only the 500 most recent parts; say plainly what is missing. */
export function TruncationBanner({ missing, returned }: { missing: number; returned: number }) {
  return (
    <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="truncation-banner">
      <p className="font-semibold">
        {missing} earlier {missing === 1 ? "part is" : "parts are"} missing
      </p>
      <p className="mt-0.5">
        Intercom&apos;s API returns only the {returned} most recent parts of a conversation. The oldest {missing} cannot be shown here; open the conversation in Intercom to read them.
      </p>
    </div>
  );
}
