// Puts CKEditor 5 (the admincentral's rich-text editor) into the jar's resources at build time.
// Magnolia's richTextField is CKEditor; no WebJar of it is served here, npm is, so Maven runs this
// with the machine's Node (exec-maven-plugin, generate-resources):
//   node build-editor.mjs <work dir> <resources dir>
// It installs the exact versions of package-lock.json (npm ci) in <work dir> unless they are installed
// there already, and copies the browser build, its stylesheet, the Russian translation and the licence
// to <resources dir>/org/magnolianews/host/author/ckeditor/. Without npm's registry the build stops here
// with a message that says so (there is no fallback editor: a form without one would store what the
// browser's own editing makes, the <div>s issue 10 is about).
import {spawnSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const [workDir, resourcesDir] = process.argv.slice(2);
if (!workDir || !resourcesDir) {
  console.error('usage: node build-editor.mjs <work dir> <resources dir>');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const lock = JSON.parse(readFileSync(join(here, 'package-lock.json'), 'utf8'));
const wanted = lock.packages['node_modules/ckeditor5'].version;

mkdirSync(workDir, {recursive: true});
for (const file of ['package.json', 'package-lock.json']) {
  copyFileSync(join(here, file), join(workDir, file));
}
const installed = join(workDir, 'node_modules', 'ckeditor5', 'package.json');
const current = existsSync(installed) ? JSON.parse(readFileSync(installed, 'utf8')).version : null;
if (current !== wanted) {
  const npm = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm',
    ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {cwd: workDir, stdio: 'inherit'});
  if (npm.error || npm.status !== 0) {
    console.error('\nBUILD STOPPED: CKEditor 5 ' + wanted + ' (the admincentral\'s rich-text editor) could not be installed '
      + 'from npm (' + (npm.error ? npm.error.message : 'npm ci exited with ' + npm.status) + '). The build needs Node with npm '
      + 'and a reachable npm registry (npm config get registry); see README.md, "Two commands".\n');
    process.exit(1);
  }
}

const dist = join(workDir, 'node_modules', 'ckeditor5', 'dist');
const target = join(resourcesDir, 'org', 'magnolianews', 'host', 'author', 'ckeditor');
mkdirSync(target, {recursive: true});
const files = [
  [join(dist, 'browser', 'ckeditor5.umd.js'), 'ckeditor5.umd.js'],
  [join(dist, 'browser', 'ckeditor5.css'), 'ckeditor5.css'],
  [join(dist, 'translations', 'ru.umd.js'), 'ru.umd.js'],
  [join(workDir, 'node_modules', 'ckeditor5', 'LICENSE.md'), 'LICENSE.md'],
];
for (const [from, to] of files) {
  copyFileSync(from, join(target, to));
}
console.log('CKEditor 5 ' + wanted + ' → ' + target);
