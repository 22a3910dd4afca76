// npm run db:seed-demo: loads the demo organization (lib/demo), also run by `npm start`. It runs
// with the react-server condition because the use cases it calls are server-only modules, and
// connects as the application role, under row-level security like the app.
import { runCli } from "./run-cli";
import { ensureDatabaseServer } from "./server";

runCli(async () => {
  const server = await ensureDatabaseServer({ log: () => {} });
  try {
    process.env.APP_DATABASE_URL ??= server.appUrl;
    // Imported only now: the database client reads APP_DATABASE_URL when it is loaded.
    const { demoOrganization, demoSignIns, seedDemoOrganization } =
      await import("../../lib/demo/seed-demo-organization");
    const { db } = await import("../../lib/db/client");
    // Closed at once: an idle pooled connection would keep the process (and npm start) waiting 30 s.
    const { created } = await seedDemoOrganization().finally(() => db.$disconnect());
    console.log(`Demo organization "${demoOrganization.name}" ${created ? "created" : "is already there"}.`);
    console.log(
      `  Sign in as HR ${demoSignIns.hr}, as a manager ${demoSignIns.manager}, or as an employee ${demoSignIns.employee};\n` +
        "  without SMTP_URL the sign-in mail goes to the outbox, whose address is printed when the app is ready.",
    );
  } finally {
    await server.stop();
  }
});
