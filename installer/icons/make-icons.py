#!/usr/bin/env python3
"""Draws Dozor's application icon (an eye) as SVG and as PNGs in the hicolor sizes.

The same shape as StatusStyle::appIcon() in ui/: an almond outline made of two quadratic
curves, a white iris and a dark pupil. Pure Python (no SVG renderer needed): the PNGs are
rasterised with 4x4 supersampling.  Run from anywhere: writes next to this script.
"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
FILL = (0x2B, 0x6C, 0xB0)
OUTLINE = (0x1C, 0x48, 0x75)
IRIS = (0xFF, 0xFF, 0xFF)
PUPIL = (0x22, 0x2B, 0x33)
SIZES = [16, 22, 24, 32, 48, 64, 128, 256]

# The upper curve: from (0.04, 0.5) through control (0.5, 0.02) to (0.96, 0.5); the lower
# curve mirrors it (control (0.5, 0.98)).
def upper_y(x):
    # x(t) = 0.04 + 0.92 t (the control point sits in the middle), so t is linear in x.
    t = (x - 0.04) / 0.92
    return 0.5 * (1 - t) ** 2 + 2 * t * (1 - t) * 0.02 + 0.5 * t * t


def colour_at(x, y, stroke):
    if 0.04 <= x <= 0.96:
        top = upper_y(x)
        if top <= y <= 1 - top:
            dx, dy = x - 0.5, y - 0.5
            r2 = dx * dx + dy * dy
            if r2 <= 0.11 ** 2:
                return PUPIL
            if r2 <= 0.2 ** 2:
                return IRIS
            # Near the edge (vertically, or at the pointed ends): the outline.
            if y - top < stroke or (1 - top) - y < stroke or x < 0.04 + stroke or x > 0.96 - stroke:
                return OUTLINE
            return FILL
    return None


def png(size):
    ss = 4
    stroke = max(1.0 / 20, 1.2 / size)
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    c = colour_at((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, stroke)
                    if c:
                        acc[0] += c[0]
                        acc[1] += c[1]
                        acc[2] += c[2]
                        acc[3] += 1
            n = acc[3]
            if n:
                row += bytes([acc[0] // n, acc[1] // n, acc[2] // n, n * 255 // (ss * ss)])
            else:
                row += b"\0\0\0\0"
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>Dozor</title>
  <path d="M 10.24 128 Q 128 5.12 245.76 128 Q 128 250.88 10.24 128 Z"
        fill="#2b6cb0" stroke="#1c4875" stroke-width="12.8" stroke-linejoin="round"/>
  <circle cx="128" cy="128" r="51.2" fill="#ffffff"/>
  <circle cx="128" cy="128" r="28.16" fill="#222b33"/>
</svg>
"""

if __name__ == "__main__":
    with open(os.path.join(HERE, "dozor.svg"), "w") as f:
        f.write(SVG)
    for size in SIZES:
        with open(os.path.join(HERE, f"dozor-{size}.png"), "wb") as f:
            f.write(png(size))
    print("wrote dozor.svg and", ", ".join(f"dozor-{s}.png" for s in SIZES))
