// Validates SARIF logs against the SARIF 2.1.0 JSON schema (draft-04) with Ajv 6: the schema
// and Ajv come from the npm package @microsoft/jest-sarif, installed by tests/sarif_schema.sh.
// usage: NODE_PATH=DIR/node_modules node validate.js LOG…
'use strict';
const fs = require('fs');
const Ajv = require('ajv');
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

const ajv = new Ajv({schemaId: 'id', allErrors: true, format: 'full'});
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
const validate = ajv.compile(schema);
let failed = false;
for (const file of process.argv.slice(2)) {
  const log = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (validate(log)) {
    console.log(`${file}: valid SARIF 2.1.0 (${log.runs[0].results.length} results)`);
  } else {
    failed = true;
    for (const e of validate.errors.slice(0, 20)) console.error(`${file}: ${e.dataPath} ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);
