#!/usr/bin/env python3
"""Draws the three app icons (Wave, and the calculator and notes camouflage) as 1024x1024 opaque
PNGs into ios/WaveApp/Assets.xcassets, from the same shapes as the Android launcher drawables
(android/app/src/main/res/drawable/ic_*.xml, on a 108-unit grid). Standard library only, so the
icons can be remade anywhere: python3 ios/scripts/make-icons.py"""

import pathlib
import struct
import zlib

SIZE = 1024
SCALE = SIZE / 108
ASSETS = pathlib.Path(__file__).resolve().parent.parent / "WaveApp" / "Assets.xcassets"


def rgb(hex_colour):
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))


class Canvas:
    def __init__(self, background):
        self.pixels = [bytearray(bytes(rgb(background)) * SIZE) for _ in range(SIZE)]

    def rect(self, colour, x, y, w, h):
        """A rectangle in the drawables' 108-unit grid."""
        c = bytes(rgb(colour))
        x0, y0 = round(x * SCALE), round(y * SCALE)
        x1, y1 = round((x + w) * SCALE), round((y + h) * SCALE)
        for row in range(y0, y1):
            self.pixels[row][x0 * 3 : x1 * 3] = c * (x1 - x0)

    def disc(self, colour, cx, cy, radius):
        c = bytes(rgb(colour))
        for row in range(max(0, int(cy - radius)), min(SIZE, int(cy + radius) + 1)):
            half = (radius * radius - (row - cy) ** 2) ** 0.5 if abs(row - cy) <= radius else -1
            if half < 0:
                continue
            x0, x1 = max(0, int(cx - half)), min(SIZE, int(cx + half) + 1)
            self.pixels[row][x0 * 3 : x1 * 3] = c * (x1 - x0)

    def curve(self, colour, width, p0, p1, p2, p3):
        """A cubic Bézier stroke with round caps, in grid units."""
        steps = 600
        for i in range(steps + 1):
            t = i / steps
            x = (1 - t) ** 3 * p0[0] + 3 * (1 - t) ** 2 * t * p1[0] + 3 * (1 - t) * t * t * p2[0] + t**3 * p3[0]
            y = (1 - t) ** 3 * p0[1] + 3 * (1 - t) ** 2 * t * p1[1] + 3 * (1 - t) * t * t * p2[1] + t**3 * p3[1]
            self.disc(colour, x * SCALE, y * SCALE, width * SCALE / 2)

    def png(self):
        raw = b"".join(b"\x00" + bytes(row) for row in self.pixels)

        def chunk(kind, data):
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

        header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 2, 0, 0, 0)
        return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def wave():
    canvas = Canvas("#1F4E79")
    canvas.curve("#FFFFFF", 6, (30, 58), (38, 48), (46, 48), (54, 58))
    canvas.curve("#FFFFFF", 6, (54, 58), (62, 68), (70, 68), (78, 58))
    return canvas


def calculator():
    canvas = Canvas("#5F6368")
    canvas.rect("#FFFFFF", 36, 30, 36, 12)
    for y in (50, 64):
        for x in (36, 49, 62):
            canvas.rect("#FFFFFF", x, y, 10, 10)
    return canvas


def notes():
    canvas = Canvas("#F2C94C")
    canvas.rect("#FFFFFF", 34, 28, 40, 52)
    canvas.rect("#9E9E9E", 40, 40, 28, 3)
    canvas.rect("#9E9E9E", 40, 50, 28, 3)
    canvas.rect("#9E9E9E", 40, 60, 20, 3)
    return canvas


CONTENTS = """{
  "images" : [
    { "filename" : "icon.png", "idiom" : "universal", "platform" : "ios", "size" : "1024x1024" }
  ],
  "info" : { "author" : "xcode", "version" : 1 }
}
"""

if __name__ == "__main__":
    for folder, draw in [("AppIcon", wave), ("AppIconCalculator", calculator), ("AppIconNotes", notes)]:
        target = ASSETS / f"{folder}.appiconset"
        (target / "icon.png").write_bytes(draw().png())
        (target / "Contents.json").write_text(CONTENTS)
        print(f"wrote {target / 'icon.png'}")
