import type { Admin } from "@/lib/intercom/types/admins";

function avatarUrl(avatar: Admin["avatar"]): string | null {
  const url = typeof avatar === "string" ? avatar : (avatar?.image_url ?? null);
  return url && /^https:\/\//.test(url) ? url : null;
}

function initials(name: string | null | undefined): string {
  const parts = (name ?? "").trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "?") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase();
}

/** The teammate's Intercom avatar, or their initials when they have none. */
export function Avatar({ admin, size = "sm" }: { admin: Pick<Admin, "name" | "avatar">; size?: "sm" | "lg" }) {
  const url = avatarUrl(admin.avatar);
  const box = size === "lg" ? "size-14 text-lg" : "size-8 text-xs";
  if (url) {
    // Plain <img>: Lens does not run remote images through Next's optimiser.
    // eslint-disable-next-line @next/next/no-img-element
    return <img src={url} alt="" referrerPolicy="no-referrer" className={`${box} shrink-0 rounded-full bg-slate-100 object-cover`} />;
  }
  return (
    <span aria-hidden className={`${box} inline-flex shrink-0 items-center justify-center rounded-full bg-slate-200 font-semibold text-slate-600`}>
      {initials(admin.name)}
    </span>
  );
}
