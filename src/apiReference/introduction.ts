/** The reference's opening text: what every operation has in common. */
export const introduction = `
The REST API of Weerbaar, the knowledge and collaboration workspace of the regional public-safety
partnership of The Hague. Generated from the running configuration: every route the server answers
is listed, each with the named access rule that decides who may call it (\`x-access-rule\`). The same
content is available through GraphQL (\`POST /api/graphql\`, schema at \`/api/graphql/schema.graphql\`).

## Signing in

Anonymous callers read what is published as public. To read more, send one of:

- an **API key** (issued by an administrator, read-only unless issued read-write): \`Authorization: Bearer wb_…\`;
- a **JWT** from \`POST /api/users/login\`: \`Authorization: JWT <token>\`;
- the **session cookie** \`weerbaar-token\` that signing in sets (the portal and admin panel use it).

An unknown, revoked or expired credential is a 401, never anonymous access. A read-only key may call
no operation that changes something (403).

## Reading: the query string

Lists (\`GET /api/<collection>\`) take \`where\`, \`select\`, \`populate\`, \`depth\`, \`limit\`,
\`page\`, \`sort\`, \`locale\`, \`fallback-locale\` and \`draft\`, in qs bracket syntax:

    GET /api/interventions?where[evidenceLevel][in]=well-founded,effective-first,effective-good&select[title]=true&select[slug]=true&depth=0&limit=5&locale=en

\`where\` may also be sent as JSON (\`where={"title":{"like":"phishing"}}\`, URL-encoded). Filters and
sorts may name only fields the caller may read. Localized fields answer in \`locale\` (\`nl\`, the
default, or \`en\`; \`all\` for every locale). \`draft=true\` reads the newest draft, for those who may
read it. A read costs up to \`limit × (1 + depth)\` documents: \`limit\` at most 1000, \`depth\` at most 10.

## Errors

Every refusal has one shape, Payload's: \`{ "errors": [{ "message": "...", "field"?: "...", "parameter"?: "..." }] }\`,
with the field or parameter named where one is at fault. Messages are Dutch; send
\`Accept-Language: en\` for English. Statuses: 400 (bad input), 401 (sign in, or an unusable credential),
403 (not allowed), 404 (unknown, or not visible to the caller), 413 (body too large), 422 (not possible
in the item's state), 429 (over a limit; wait \`Retry-After\` seconds), 503 (starting, stopping or a
service is down).

## Limits

Each client (its credential, else its address) has a budget of read cost per minute
(\`API_BUDGET_PER_MINUTE\`, default 60 000 documents); each address has four clients' budgets. Every
REST and GraphQL answer says what is left in \`RateLimit-Limit\`, \`RateLimit-Remaining\` and
\`RateLimit-Reset\` (seconds); over it, a 429 with \`Retry-After\`. Sign-in
attempts per client are limited per 15 minutes (\`LOGIN_ATTEMPTS_PER_WINDOW\`, default 30), and so are
password-reset mails per address.
`.trim()
