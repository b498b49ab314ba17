//! Draws every screen of the gallery in en, ru and uk at two sizes (360x800 dp at font scale 1,
//! 320x640 dp at font scale 1.3) to PNG files, headless, and one contact sheet per language.
package org.wave.ui.screens

import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.ImageComposeScene
import androidx.compose.ui.unit.Density
import androidx.compose.ui.use
import java.awt.Color
import java.awt.Font
import java.awt.RenderingHints
import java.awt.image.BufferedImage
import java.io.File
import javax.imageio.ImageIO
import org.jetbrains.skia.EncodedImageFormat
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.wave.ui.model.APP_LANGUAGES
import org.wave.ui.model.ResourceTexts

class ScreenshotsTest {
    private class Size(val name: String, val width: Int, val height: Int, val fontScale: Float)

    private val sizes = listOf(Size("360x800", 360, 800, 1f), Size("320x640-font1.3", 320, 640, 1.3f))

    /** Pixels per dp in the PNG files: a phone's typical density. */
    private val scale = 2f

    @Test
    fun `every screen in every language at two sizes, and a contact sheet per language`() {
        val out = screensDir()
        for (language in APP_LANGUAGES) {
            val drawn = mutableListOf<Pair<String, File>>()
            for (shot in gallery(language)) {
                for (size in sizes) {
                    val file = File(out, "$language/${shot.name}-${size.name}.png").apply { parentFile.mkdirs() }
                    val png = ImageComposeScene((size.width * scale).toInt(), (size.height * scale).toInt(), Density(scale, size.fontScale)) {
                        WaveTheme(ResourceTexts.forLanguage(language)) {
                            CompositionLocalProvider(content = shot.content)
                        }
                    }.use { scene -> scene.render().encodeToData(EncodedImageFormat.PNG)!!.bytes }
                    file.writeBytes(png)
                    assertTrue(png.size > 10_000, "${file.name} is nearly empty")
                    if (size === sizes[0]) drawn.add(shot.name to file)
                }
            }
            contactSheet(drawn, File(out, "contact-sheet-$language.png"))
        }
    }

    /** The 360x800 screens side by side, each named. */
    private fun contactSheet(screens: List<Pair<String, File>>, target: File) {
        val columns = 6
        val thumbW = 240
        val thumbH = 533
        val label = 28
        val rows = (screens.size + columns - 1) / columns
        val sheet = BufferedImage(columns * (thumbW + 12) + 12, rows * (thumbH + label + 12) + 12, BufferedImage.TYPE_INT_RGB)
        val g = sheet.createGraphics()
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR)
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON)
        g.color = Color(0xE0E0DA)
        g.fillRect(0, 0, sheet.width, sheet.height)
        g.font = Font(Font.SANS_SERIF, Font.PLAIN, 16)
        screens.forEachIndexed { i, (name, file) ->
            val x = 12 + (i % columns) * (thumbW + 12)
            val y = 12 + (i / columns) * (thumbH + label + 12)
            val image = ImageIO.read(file)
            g.drawImage(image, x, y, thumbW, thumbH, null)
            g.color = Color(0x1B1B1B)
            g.drawString(name, x, y + thumbH + 20)
        }
        g.dispose()
        ImageIO.write(sheet, "png", target)
    }
}
