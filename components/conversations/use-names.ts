"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { nameBook, type NameBook } from "@/lib/conversations/thread";
import { adminQueries, teamQueries } from "@/lib/queries/workspace";

/** Teammate and team names for the ids conversations carry; two cached calls per session. */
export function useNames(): NameBook {
  const admins = useQuery(adminQueries.list());
  const teams = useQuery(teamQueries.list());
  return useMemo(() => nameBook(admins.data?.admins, teams.data?.teams), [admins.data, teams.data]);
}
