// Draws the add-in's icons into assets/: a rounded dark-blue square with three light bars of
// rising height and a green check. The mark is laid out on a 16 × 16 grid whose bar edges fall on
// whole pixels at every size (16, 32, 64, 80 and 128 are multiples of 16), so the bars stay crisp;
// the check is a stroked polyline, anti-aliased by supersampling, except at 16 px where it is set
// pixel by pixel. Run: node scripts/drawIcons.js
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { deflateSync } = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];
const GRID = 16;
const SUBSAMPLES = 8;

const BLUE = [0x1f, 0x4e, 0x79];
const BAR = [0xdd, 0xeb, 0xf7];
const GREEN = [0x70, 0xad, 0x47];

const CORNER_RADIUS = 3;
/** Bars as [left, top, right, bottom] on the grid. */
const BARS = [
  [2, 11, 4, 14],
  [5, 9, 7, 14],
  [8, 7, 10, 14],
];
const CHECK = [
  [9.9, 3.6],
  [11.6, 5.3],
  [14.2, 1.8],
];
const CHECK_HALF_WIDTH = 0.85;
/** At 16 px the check is drawn pixel by pixel (cells as [x, y]) so that it stays sharp. */
const CHECK_CELLS_16 = [
  [14, 1],
  [13, 2],
  [14, 2],
  [10, 3],
  [12, 3],
  [13, 3],
  [10, 4],
  [11, 4],
  [12, 4],
  [11, 5],
];

const insideRoundedSquare = (x, y) => {
  const r = CORNER_RADIUS;
  const cx = Math.min(Math.max(x, r), GRID - r);
  const cy = Math.min(Math.max(y, r), GRID - r);
  return x >= 0 && y >= 0 && x <= GRID && y <= GRID && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

const distanceToSegment = (x, y, [ax, ay], [bx, by]) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
};

const insideCheck = (x, y, size) => {
  if (size === 16) {
    return CHECK_CELLS_16.some(([cx, cy]) => x >= cx && x < cx + 1 && y >= cy && y < cy + 1);
  }
  for (let i = 1; i < CHECK.length; i += 1) {
    if (distanceToSegment(x, y, CHECK[i - 1], CHECK[i]) <= CHECK_HALF_WIDTH) return true;
  }
  return false;
};

/** The colour at a point of the grid, or null outside the mark. */
const colourAt = (x, y, size) => {
  if (!insideRoundedSquare(x, y)) return null;
  if (insideCheck(x, y, size)) return GREEN;
  if (BARS.some(([l, t, r, b]) => x >= l && x < r && y >= t && y < b)) return BAR;
  return BLUE;
};

/** RGBA pixels of the mark at `size` × `size`, straight (not premultiplied) alpha. */
const render = (size) => {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = GRID / size;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy += 1) {
        for (let sx = 0; sx < SUBSAMPLES; sx += 1) {
          const colour = colourAt(
            (px + (sx + 0.5) / SUBSAMPLES) * scale,
            (py + (sy + 0.5) / SUBSAMPLES) * scale,
            size,
          );
          if (colour === null) continue;
          covered += 1;
          for (let c = 0; c < 3; c += 1) sum[c] += colour[c];
        }
      }
      const o = (py * size + px) * 4;
      for (let c = 0; c < 3; c += 1) pixels[o + c] = covered ? Math.round(sum[c] / covered) : 0;
      pixels[o + 3] = Math.round((255 * covered) / (SUBSAMPLES * SUBSAMPLES));
    }
  }
  return pixels;
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** A PNG file (8-bit RGBA, no filtering) from RGBA pixels. */
const encodePng = (size, pixels) => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

if (require.main === module) {
  const dir = join(__dirname, '..', 'assets');
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    writeFileSync(join(dir, `icon-${size}.png`), encodePng(size, render(size)));
  }
}

module.exports = { render, encodePng };
