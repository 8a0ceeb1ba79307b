// Validates the AsyncAPI document with the official parser: fails on any diagnostic of severity error.
// Usage: node .ci/asyncapi-check.cjs path/to/asyncapi.yaml
'use strict';
const fs = require('fs');
const path = require('path');
const { Parser, DiagnosticSeverity } = require('@asyncapi/parser');

const NAMES = { [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info', [DiagnosticSeverity.Hint]: 'hint' };

async function main(file) {
    const source = path.resolve(file);
    const { diagnostics } = await new Parser().parse(fs.readFileSync(source, 'utf8'), { source });
    const counts = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const d of diagnostics) {
        const severity = NAMES[d.severity];
        counts[severity]++;
        console.log(`${severity} ${d.code} at ${d.path.join('.') || '(root)'}: ${d.message}`);
    }
    console.log(`${path.basename(file)}: ${counts.error} errors, ${counts.warning} warnings, `
        + `${counts.info} infos, ${counts.hint} hints`);
    return counts.error === 0;
}

main(process.argv[2]).then(ok => process.exit(ok ? 0 : 1), e => { console.error(e); process.exit(2); });
