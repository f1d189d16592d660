// Runs graphql-http's serverAudits against the URL given as the first argument and prints one JSON line per audit
// ({ id, name, status, reason }); AuditTests fails on any status other than 'ok'.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
const results = await Promise.all(serverAudits({ url }).map(async (audit) => {
  const result = await audit.fn();
  return { id: audit.id, name: audit.name, status: result.status, reason: result.reason ?? null };
}));
for (const result of results) console.log(JSON.stringify(result));
