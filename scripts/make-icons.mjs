// Renders public/icon-192.png and public/icon-512.png without any image library: the shapes of
// public/icon.svg are drawn into an RGBA buffer (4x4 supersampling for smooth edges) and encoded as
// PNG with node:zlib. Run it after changing the design: `node scripts/make-icons.mjs`.
//
// The PNGs are full-bleed squares (no transparent corners) and keep every mark inside the central
// 80% circle, so the same file is valid as a "maskable" icon. Coordinates are in a 512-unit space.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const NAVY = [0x1f, 0x3a, 0x5f];
const PAPER = [0xf5, 0xf1, 0xe6];
const RULE = [0x9f, 0xb3, 0xc8];
const GOLD = [0xf2, 0xb2, 0x33];

/** Point-in-shape tests, painted in order (later shapes cover earlier ones). */
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const disc = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
/** A line segment with round caps (a capsule) of the given width. */
const stroke = (ax, ay, bx, by, width) => (x, y) => {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return (x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2 <= (width / 2) ** 2;
};

const shapes = [
  [NAVY, () => true],
  [PAPER, roundRect(136, 112, 336, 400, 18)], // the ledger page
  [RULE, stroke(172, 176, 300, 176, 14)], // its ruled entries
  [RULE, stroke(172, 224, 300, 224, 14)],
  [RULE, stroke(172, 272, 250, 272, 14)],
  [NAVY, disc(330, 330, 94)], // the clock, cut out of the page
  [GOLD, disc(330, 330, 78)],
  [NAVY, stroke(330, 330, 330, 276, 14)], // the clock's hands
  [NAVY, stroke(330, 330, 370, 344, 14)],
  [NAVY, disc(330, 330, 12)],
];

function render(size) {
  const scale = 512 / size;
  const SS = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0];
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) * scale;
          const y = (py + (sy + 0.5) / SS) * scale;
          let colour = NAVY;
          for (const [c, inside] of shapes) if (inside(x, y)) colour = c;
          for (let i = 0; i < 3; i++) acc[i] += colour[i];
        }
      }
      const o = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) rgba[o + i] = Math.round(acc[i] / (SS * SS));
      rgba[o + 3] = 255;
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit depth, RGBA, deflate, no filter method, no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1)); // each scanline starts with filter type 0 (None)
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [192, 512]) {
  const file = new URL(`../public/icon-${size}.png`, import.meta.url);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote public/icon-${size}.png`);
}
