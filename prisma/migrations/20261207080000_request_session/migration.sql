-- Hand-written: the signed-in person of a request, read in one statement (issue 17, ADR 025).
-- A page needs the session, the person and their active memberships (the workspace of the URL, the
-- organization switcher): next-auth read the session and the person, then every page a membership
-- in a transaction of its own. This function does all of it in one round trip: it follows
-- next-auth's database sessions (an expired session is none; a session older than a day is
-- extended to 30 days, as next-auth's updateAge does), then tells Postgres who is asking with
-- set_config(..., true) so that the Membership and Organization policies let it read that person's
-- own active memberships and nothing else. Called outside any explicit transaction, the setting
-- ends with the statement. It runs as the caller (no SECURITY DEFINER): row-level security applies.
CREATE FUNCTION request_session(session_token text) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  session_user_id uuid;
  session_expires timestamp(3);
  -- Prisma keeps DateTime columns as timestamps without time zone, in UTC.
  utc_now timestamp(3) := now() AT TIME ZONE 'UTC';
BEGIN
  SELECT s."userId", s.expires INTO session_user_id, session_expires
    FROM "Session" s WHERE s."sessionToken" = session_token;
  IF session_user_id IS NULL OR session_expires < utc_now THEN
    RETURN NULL;
  END IF;
  -- next-auth: maxAge 30 days, updateAge 1 day (lib/auth/auth-options.ts).
  IF session_expires - interval '30 days' + interval '1 day' <= utc_now THEN
    UPDATE "Session" SET expires = utc_now + interval '30 days' WHERE "sessionToken" = session_token;
  END IF;
  PERFORM set_config('app.user_id', session_user_id::text, true);
  RETURN (
    SELECT jsonb_build_object(
      'id', u.id, 'email', u.email, 'name', u.name, 'language', u.language,
      'memberships', coalesce((
        SELECT jsonb_agg(jsonb_build_object(
                 'membershipId', m.id, 'role', m.role, 'orgId', o.id, 'orgSlug', o.slug,
                 'orgName', o.name, 'orgLanguage', o."defaultLanguage")
               ORDER BY o.name, o.id)
          FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId"
         WHERE m."userId" = session_user_id AND m.status = 'active'), '[]'::jsonb))
      FROM "User" u WHERE u.id = session_user_id);
END
$$;
