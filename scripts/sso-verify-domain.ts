// npm run sso:verify-domain -- <org-slug> <domain>: the operator's manual override of the DNS TXT
// check (ADR 016), for an organization that cannot publish the record. Connects as the owner role
// (DATABASE_URL, else the embedded Postgres), like the other database scripts.
import pg from "pg";
import { verifyDomainAsOperator } from "../lib/sso/operator-verify-domain";
import { runCli } from "./db/run-cli";
import { ensureDatabaseServer } from "./db/server";

runCli(async () => {
  const [orgSlug, domain] = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
  if (!orgSlug || !domain) {
    console.error("usage: npm run sso:verify-domain -- <org-slug> <domain>");
    return 2;
  }
  const server = await ensureDatabaseServer({ log: () => {} });
  const client = new pg.Client({ connectionString: server.ownerUrl });
  await client.connect();
  try {
    const result = await verifyDomainAsOperator(client, { orgSlug, domain });
    if (result.ok) {
      console.log(
        result.alreadyVerified
          ? `${domain} was already verified for ${orgSlug}.`
          : `${domain} is now verified for ${orgSlug}; its people sign in through the organization's provider.`,
      );
      return 0;
    }
    const messages = {
      "invalid-domain": `Not a domain: ${domain}`,
      "no-organization": `No organization with the slug ${orgSlug}.`,
      taken: `${domain} is already verified by another organization; nothing changed.`,
    } as const;
    console.error(messages[result.reason]);
    return 1;
  } finally {
    await client.end();
    await server.stop();
  }
});
