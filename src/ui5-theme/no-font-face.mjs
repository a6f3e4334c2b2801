// Swapped in for UI5's generated/css/FontFace.css.js (angular.json `fileReplacements`). UI5 inserts those @font-face
// rules (12 kB, font URLs on a public CDN) only while its font loading is on; src/ui5.ts turns it off, as the portal
// provides the "72" font, so they were bundled into every page and never used.
export default '';
