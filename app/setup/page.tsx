import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { setupProblems } from "@/lib/server/auth/setup";

export const metadata: Metadata = { title: "Finish setting up sign-in" };

const EXAMPLE = `LENS_PUBLIC_URL=https://lens.example.com
LENS_SESSION_SECRET=<output of: openssl rand -base64 48>
LENS_OIDC_ISSUER=https://accounts.google.com
LENS_OIDC_CLIENT_ID=<client id>
LENS_OIDC_CLIENT_SECRET=<client secret>
LENS_ALLOWED_DOMAINS=example.com`;

// Shown instead of any data when Lens has an Intercom token but no way to tell who is looking.
export default async function SetupPage() {
  const problems = setupProblems();
  if (problems === null) redirect("/");
  return (
    <div className="mx-auto mt-10 max-w-2xl">
      <div className="rounded-lg border border-amber-200 bg-card p-6 shadow-sm">
        <h1 className="text-lg font-semibold text-slate-900">Lens needs sign-in before it shows any data</h1>
        <p className="mt-2 text-sm text-slate-600">
          An Intercom access token is set, so Lens would show your live workspace, including customer data. It shows nothing until it can tell who is looking. Set these environment variables on the
          Lens server and restart it:
        </p>
        <ul className="mt-4 list-disc space-y-1.5 pl-5 text-sm text-slate-800" data-testid="setup-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <p className="mt-5 text-sm font-medium text-slate-700">A complete example with Google Workspace:</p>
        <pre className="mt-2 overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-xs leading-relaxed text-slate-100">{EXAMPLE}</pre>
        <p className="mt-4 text-sm text-slate-600">
          Register <code className="rounded bg-slate-100 px-1 font-mono text-xs">&lt;LENS_PUBLIC_URL&gt;/api/auth/callback/oidc</code> as the redirect URI at your identity provider (
          <code className="rounded bg-slate-100 px-1 font-mono text-xs">/api/auth/callback/intercom</code> for an Intercom app). If Lens already sits behind an identity-aware proxy that only lets your
          team through, set <code className="rounded bg-slate-100 px-1 font-mono text-xs">LENS_AUTH=none</code> instead.
        </p>
      </div>
    </div>
  );
}
