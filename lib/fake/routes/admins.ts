import { allAdmins, allTeams, me } from "../workspace/admins";
import { notFound, ok, type AreaRoutes } from "../respond";

export const adminRoutes = {
  "me.get": ({ ws }) => ok(me(ws)),
  "admins.list": ({ ws }) => ok({ type: "admin.list" as const, admins: allAdmins(ws) }),
  "admins.get": ({ ws, params }) => {
    const admin = allAdmins(ws).find((a) => a.id === params.id);
    return admin ? ok(admin) : notFound("admin_not_found", "Admin not found");
  },
  "teams.list": () => ok({ type: "team.list" as const, teams: allTeams() }),
  "teams.get": ({ params }) => {
    const team = allTeams().find((t) => t.id === params.id);
    return team ? ok(team) : notFound("team_not_found", "Team not found");
  },
} satisfies AreaRoutes;
