// Copy the built front-end libraries from node_modules into the package's static folder.
// Run `npm install && npm run vendor`; the copied files are committed so pip installs need no npm.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dest = join(root, "src", "harmledger", "web", "static", "vendor", "leaflet");
const src = join(root, "node_modules", "leaflet");
const pkg = JSON.parse(readFileSync(join(src, "package.json"), "utf8"));
mkdirSync(dest, { recursive: true });
for (const file of ["leaflet.js", "leaflet.css"]) {
  cpSync(join(src, "dist", file), join(dest, file));
}
cpSync(join(src, "dist", "images"), join(dest, "images"), { recursive: true });
cpSync(join(src, "LICENSE"), join(dest, "LICENSE.txt"));
writeFileSync(join(dest, "VERSION.txt"), `leaflet ${pkg.version} (${pkg.license}) from the npm registry\n`);
console.log(`copied leaflet ${pkg.version} to ${dest}`);
