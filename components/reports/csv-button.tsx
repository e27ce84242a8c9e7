"use client";

import Papa from "papaparse";
import { Button } from "@/components/ui/button";
import { downloadText, stamp } from "./download";

/** CSV of a table as shown; Papa Parse quotes and defuses formula-like cells. */
export function CsvButton({ name, header, rows, label = "Download CSV" }: { name: string; header: string[]; rows: () => (string | number)[][]; label?: string }) {
  return (
    <Button size="sm" onClick={() => downloadText(Papa.unparse({ fields: header, data: rows() }, { escapeFormulae: true, newline: "\r\n" }), `lens-${name}-${stamp()}.csv`)}>
      {label}
    </Button>
  );
}
