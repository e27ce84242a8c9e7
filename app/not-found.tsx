import { Card } from "@/components/ui/card";
import Link from "next/link";

export default function NotFound() {
  return (
    <Card className="mx-auto max-w-lg p-8 text-center">
      <p className="text-lg font-semibold">Page not found</p>
      <p className="mt-2 text-sm text-slate-500">Lens has no page at this address.</p>
      <Link href="/" className="mt-4 inline-block text-sm font-medium text-brand-600 hover:underline">
        Back to the overview
      </Link>
    </Card>
  );
}
