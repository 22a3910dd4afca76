-- Hand-written: roles and grants, which schema.prisma cannot express.
-- The application connects as evne_app: it owns no table and cannot bypass row-level security.
-- Tables belong to the role that runs migrations (evne_owner on the embedded server, DATABASE_URL's
-- role elsewhere); `npm run db:migrate` creates evne_app before it applies anything.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'evne_app') THEN
    RAISE EXCEPTION 'role evne_app does not exist: create it first (CREATE ROLE evne_app LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD ...)';
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO evne_app;

-- Every table and sequence the migrating role creates from now on is reachable by the application.
-- (No FOR ROLE: it applies to whichever role runs the migrations, so any DATABASE_URL role works.)
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO evne_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO evne_app;

-- Tables created before this migration; _prisma_migrations stays out of the application's reach.
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "AppMeta" TO evne_app;
