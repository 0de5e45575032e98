#!/usr/bin/env node
// npm run playground: writes playground/index.html (issue 11), one self-contained page that opens from
// disk: the page's source (playground/src: index.html, style.css, main.ts) with the built library
// (dist/index.js) bundled by esbuild into one inline classic script (module scripts do not load from
// file:// URLs) and the CSS inline. The file is generated, not committed (.gitignore): it inlines the
// built library, which is itself not committed.
//
// buildPlayground({ root, out }) is also called by the browser check (scripts/browser/playground.mjs).
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export async function buildPlayground({ root = resolve(dirname(fileURLToPath(import.meta.url)), '..'), out = join(root, 'playground/index.html') } = {}) {
  const library = join(root, 'dist/index.js');
  if (!existsSync(library)) throw new Error(`${library} is missing: run npm run build first`);
  const src = join(root, 'playground/src');
  // The page imports 'poortwachter' as a user would; it is the built package, dist/index.js.
  const toDist = {
    name: 'poortwachter-dist',
    setup(b) {
      b.onResolve({ filter: /^poortwachter$/ }, () => ({ path: library }));
    },
  };
  const bundled = await build({
    entryPoints: [join(src, 'main.ts')],
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'iife',
    target: ['es2022'],
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    plugins: [toDist],
  });
  // Inline text must not close its element early ('<\/' means '</' in strings, templates and regexes).
  const script = bundled.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  if (/<!--|<script/i.test(script)) throw new Error('the bundle holds <!-- or <script, which an inline script cannot hold');
  const style = readFileSync(join(src, 'style.css'), 'utf8').replace(/<\/(style)/gi, '<\\/$1');
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const template = readFileSync(join(src, 'index.html'), 'utf8');
  // Function replacements: a `$` in the script is not a replacement pattern.
  const html = template
    .replace('{{VERSION}}', () => version)
    .replace('{{STYLE}}', () => style)
    .replace('{{SCRIPT}}', () => script);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  return { path: out, bytes: Buffer.byteLength(html), gzipBytes: gzipSync(html, { level: 9 }).length };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await buildPlayground();
  console.log(`wrote ${r.path}: ${(r.bytes / 1024).toFixed(0)} KiB, ${(r.gzipBytes / 1024).toFixed(0)} KiB gzipped`);
}
