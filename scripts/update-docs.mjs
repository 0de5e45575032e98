#!/usr/bin/env node
// Refreshes what the README shows from the built CLI: every ```text block after <!-- output: COMMAND -->
// and every <!-- file: PATH = COMMAND -->. test/readme.test.ts fails when they are stale.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const run = (command) => execFileSync(process.execPath, command.split(' ').slice(1), { encoding: 'utf8' });
let readme = readFileSync('README.md', 'utf8');
readme = readme.replace(/(<!-- output: (.*?) -->\n```text\n)[\s\S]*?```/g, (_, head, command) => `${head}${run(command)}\`\`\``);
for (const [, path, command] of readme.matchAll(/<!-- file: (\S+) = (.*?) -->/g)) writeFileSync(path, run(command));
writeFileSync('README.md', readme);
console.log('README.md and its files refreshed');
