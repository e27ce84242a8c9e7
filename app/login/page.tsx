import { Card } from "@/components/ui/card";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { REFUSAL_MESSAGES, isRefusal } from "@/lib/server/auth/identity";
import { currentViewer, signInOptions } from "@/lib/server/auth/guard";
import { safeReturnTo } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeReturnTo(typeof params.next === "string" ? params.next : null);
  const options = signInOptions();
  if (options.kind === "unconfigured") redirect("/setup");
  if (options.kind === "open" || (await currentViewer())) redirect(next);

  const error = typeof params.error === "string" && isRefusal(params.error) ? REFUSAL_MESSAGES[params.error] : null;
  const signedOut = params.signed_out === "1";
  const query = next === "/" ? "" : `?next=${encodeURIComponent(next)}`;

  return (
    <div className="mx-auto mt-16 max-w-sm">
      <div className="mb-6 flex items-center justify-center gap-2 text-lg font-semibold tracking-tight">
        <span aria-hidden className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-white">
          L
        </span>
        Lens
      </div>
      <Card className="p-6 shadow-sm">
        <h1 className="text-base font-semibold text-slate-900">Sign in to see your Intercom workspace</h1>
        <p className="mt-1 text-sm text-slate-500">Lens shows customer data, so only the support team gets in.</p>
        {error && (
          <p role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="login-error">
            {error}
          </p>
        )}
        {signedOut && !error && (
          <p role="status" className="mt-4 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
            You are signed out.
          </p>
        )}
        <div className="mt-5 flex flex-col gap-2">
          {/* Plain links, not <Link>: starting a sign-in must never be prefetched. */}
          {options.oidcLabel && (
            <a href={`/api/auth/login/oidc${query}`} className="rounded-md bg-brand-600 px-4 py-2 text-center text-sm font-medium text-white hover:bg-brand-700">
              Sign in with {options.oidcLabel}
            </a>
          )}
          {options.intercom && (
            <a
              href={`/api/auth/login/intercom${query}`}
              className={
                options.oidcLabel
                  ? "rounded-md border border-slate-300 bg-card px-4 py-2 text-center text-sm font-medium text-slate-800 hover:bg-slate-50"
                  : "rounded-md bg-brand-600 px-4 py-2 text-center text-sm font-medium text-white hover:bg-brand-700"
              }
            >
              Log in with Intercom
            </a>
          )}
        </div>
      </Card>
      <p className="mt-4 text-center text-xs text-slate-400">Read-only: Lens never changes anything in Intercom.</p>
    </div>
  );
}
