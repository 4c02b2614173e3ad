// Copy the built front-end libraries from node_modules into the package's static folder.
// Run `npm install && npm run vendor`; the copied files are committed so pip installs need no npm.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const vendor = join(root, "src", "harmledger", "web", "static", "vendor");

// Each package: its folder under vendor/, the files of its dist/ to copy, and dist/ folders to copy whole.
const packages = [
  { name: "leaflet", dir: "leaflet", files: ["leaflet.js", "leaflet.css"], folders: ["images"] },
  {
    name: "leaflet.markercluster",
    dir: "markercluster",
    files: ["leaflet.markercluster.js", "MarkerCluster.css", "MarkerCluster.Default.css"],
    folders: [],
  },
];

for (const p of packages) {
  const src = join(root, "node_modules", p.name);
  const dest = join(vendor, p.dir);
  const pkg = JSON.parse(readFileSync(join(src, "package.json"), "utf8"));
  mkdirSync(dest, { recursive: true });
  for (const file of p.files) {
    cpSync(join(src, "dist", file), join(dest, file));
  }
  for (const folder of p.folders) {
    cpSync(join(src, "dist", folder), join(dest, folder), { recursive: true });
  }
  // The licence travels with the code: BSD-2-Clause (Leaflet) and MIT (markercluster) both require it.
  cpSync(join(src, p.name === "leaflet" ? "LICENSE" : "MIT-LICENCE.txt"), join(dest, "LICENSE.txt"));
  writeFileSync(join(dest, "VERSION.txt"), `${p.name} ${pkg.version} (${pkg.license}) from the npm registry\n`);
  console.log(`copied ${p.name} ${pkg.version} to ${dest}`);
}
