import { expect } from '@open-wc/testing';
import {
  clampToGamut,
  contrastRatio,
  formatRatio,
  inGamut,
  normalizeHex,
  oklchToHex,
  oklchToRgb,
  parseColor,
  relativeLuminance,
  rgbToOklch,
  toHex,
  toOklch,
} from '../../src/theme/color.js';

const close = (actual: number, expected: number, tolerance: number, what = '') =>
  expect(Math.abs(actual - expected), `${what} ${actual} vs ${expected}`).to.be.lessThan(tolerance);

describe('theme colour math', () => {
  describe('WCAG 2 contrast', () => {
    it('white on black is 21:1 and a colour on itself is 1:1', () => {
      expect(contrastRatio('#ffffff', '#000000')).to.equal(21);
      expect(contrastRatio('#000', '#fff')).to.equal(21);
      expect(contrastRatio('#1f5c99', '#1f5c99')).to.equal(1);
    });

    it('matches the well-known reference values', () => {
      close(contrastRatio('#767676', '#ffffff'), 4.54, 0.005, '#767676 on white');
      close(contrastRatio('#777777', '#ffffff'), 4.48, 0.005, '#777777 on white');
      close(contrastRatio('#0000ff', '#ffffff'), 8.59, 0.005, 'blue on white');
      close(contrastRatio('#ff0000', '#ffffff'), 4.0, 0.005, 'red on white');
      close(contrastRatio('#808080', '#000000'), 5.32, 0.005, 'grey on black');
    });

    it('relative luminance of primaries and mid grey', () => {
      expect(relativeLuminance('#ffffff')).to.equal(1);
      expect(relativeLuminance('#000000')).to.equal(0);
      close(relativeLuminance('#ff0000'), 0.2126, 1e-4);
      close(relativeLuminance('#00ff00'), 0.7152, 1e-4);
      close(relativeLuminance('#0000ff'), 0.0722, 1e-4);
      close(relativeLuminance('#808080'), 0.2159, 1e-4);
    });

    it('never rounds a shortfall up when printing', () => {
      expect(formatRatio(4.4999)).to.equal('4.49');
      expect(formatRatio(4.5)).to.equal('4.50');
      expect(formatRatio(21)).to.equal('21.00');
    });

    it('composites translucent colours on white before measuring', () => {
      // 50% black on white is #808080 (sRGB blending, as browsers do).
      close(relativeLuminance('#00000080'), relativeLuminance('#7f7f7f'), 0.005);
    });
  });

  describe('parsing', () => {
    it('reads hex in all four lengths', () => {
      expect(normalizeHex('#ABC')).to.equal('#aabbcc');
      expect(normalizeHex('#abcd')).to.equal('#aabbccdd');
      expect(normalizeHex('#1F5C99')).to.equal('#1f5c99');
      expect(parseColor('#11223380').alpha).to.be.closeTo(128 / 255, 1e-9);
    });

    it('reads rgb() in comma and space syntax, with percentages and alpha', () => {
      expect(normalizeHex('rgb(255, 0, 0)')).to.equal('#ff0000');
      expect(normalizeHex('rgb(255 128 0)')).to.equal('#ff8000');
      expect(normalizeHex('rgb(100% 0% 50%)')).to.equal('#ff0080');
      expect(parseColor('rgba(0, 0, 0, 0.5)').alpha).to.equal(0.5);
      expect(parseColor('rgb(0 0 0 / 25%)').alpha).to.equal(0.25);
    });

    it('reads oklch() with L as a number or percentage', () => {
      expect(normalizeHex('oklch(62.8% 0.2577 29.23)')).to.equal('#ff0000');
      expect(normalizeHex('oklch(0.452 0.313 264.05)')).to.equal('#0000ff');
      expect(normalizeHex('oklch(1 0 0)')).to.equal('#ffffff');
    });

    it('rejects what it cannot read, saying what it got', () => {
      for (const bad of ['', 'blue-ish', '#12', '#12345', 'rgb(1,2)', 'oklch(0.5 0.1)', 'hsl(0 0% 0%)']) {
        expect(() => parseColor(bad), bad).to.throw(TypeError);
      }
      expect(() => parseColor('notacolor')).to.throw(/notacolor/);
    });
  });

  describe('OKLCH', () => {
    it('converts sRGB primaries to the published OKLCH values', () => {
      const red = toOklch('#ff0000');
      close(red.l, 0.62796, 1e-4, 'L');
      close(red.c, 0.25768, 1e-4, 'C');
      close(red.h, 29.2339, 1e-2, 'h');
      const blue = toOklch('#0000ff');
      close(blue.l, 0.45201, 1e-4, 'L');
      close(blue.c, 0.31321, 1e-4, 'C');
      close(blue.h, 264.052, 1e-2, 'h');
      const white = toOklch('#ffffff');
      close(white.l, 1, 1e-4, 'L');
      close(white.c, 0, 1e-4, 'C');
    });

    it('round-trips every 8-bit colour it is given', () => {
      for (const hex of ['#000000', '#ffffff', '#1f5c99', '#f2c300', '#00838f', '#c52c2a', '#010203', '#fefdfc']) {
        expect(toHex(oklchToRgb(rgbToOklch(parseColor(hex))))).to.equal(hex);
      }
    });

    it('maps out-of-gamut colours into sRGB keeping lightness and hue', () => {
      const wild = { l: 0.7, c: 0.4, h: 150, alpha: 1 };
      expect(inGamut(oklchToRgb(wild))).to.equal(false);
      const mapped = clampToGamut(wild);
      expect(inGamut(mapped)).to.equal(true);
      const back = rgbToOklch(mapped);
      close(back.l, 0.7, 0.005, 'L kept');
      close(back.h, 150, 1, 'hue kept');
      expect(back.c).to.be.lessThan(0.4);
      expect(oklchToHex(1.2, 0.1, 0)).to.equal('#ffffff');
      expect(oklchToHex(-0.1, 0.1, 0)).to.equal('#000000');
    });
  });
});
