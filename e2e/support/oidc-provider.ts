/**
 * A real OpenID provider on 127.0.0.1 for the sign-in tests (panva's oidc-provider, the engine of
 * many production IdPs), so the whole authorization-code + PKCE flow runs offline. Its development
 * login form accepts any password; the login name picks one of the accounts below.
 */
import Provider from "oidc-provider";
import { AUTH_ACCOUNTS, AUTH_CLIENT, PORTS } from "./auth-env";

const issuer = `http://127.0.0.1:${PORTS.oidc}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: AUTH_CLIENT.id,
      client_secret: AUTH_CLIENT.secret,
      redirect_uris: [`http://127.0.0.1:${PORTS.auth}/api/auth/callback/oidc`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_post",
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  cookies: { keys: ["lens-e2e-oidc-cookie-key"] },
  pkce: { required: () => true },
  async findAccount(_ctx, id) {
    const account = AUTH_ACCOUNTS[id as keyof typeof AUTH_ACCOUNTS];
    if (!account) return undefined;
    return {
      accountId: id,
      claims: async () => ({ sub: id, email: account.email, email_verified: account.verified, name: account.name }),
    };
  },
});

provider.listen(PORTS.oidc, "127.0.0.1", () => console.log(`oidc provider at ${issuer}`));
