//! The app's own words: an interface the screens and state holders read them through, the
//! desktop implementation that parses the Android resource files (android/app/src/main/res/
//! values*/strings.xml, the one source of truth) from the class path, and sizes written in the
//! app's language. On Android the app implements the interface with the platform's resources.
package org.wave.ui.model

import java.io.InputStream
import java.math.RoundingMode
import java.text.NumberFormat
import java.util.Locale
import javax.xml.parsers.DocumentBuilderFactory
import org.w3c.dom.Element

/** The languages the app's own strings are written in; the checklist's come from the core. */
val APP_LANGUAGES = listOf("en", "ru", "uk", "ro", "ka", "kk", "ky", "be")

interface Texts {
    /** The language these texts are in (`en`, `ru`, `uk`). */
    val language: String

    /** The string `key`, formatted with `args` (Android's `%1$s` / `%1$d` placeholders). */
    fun get(key: String, vararg args: Any): String
}

/**
 * A file's size as she reads it: the unit from the app's words and the number written the way
 * the app's language writes numbers (`1,5 МБ` in Russian), not the phone's, which may be set to
 * another language than the one she chose in Wave.
 */
fun Texts.fileSize(bytes: Long): String {
    fun number(value: Double, decimals: Int): String =
        NumberFormat.getNumberInstance(Locale.forLanguageTag(language)).apply {
            minimumFractionDigits = decimals
            maximumFractionDigits = decimals
            roundingMode = RoundingMode.HALF_UP
        }.format(value)
    return when {
        bytes >= 1L shl 20 -> get("size_mb", number(bytes / 1048576.0, 1))
        bytes >= 1L shl 10 -> get("size_kb", number(bytes / 1024.0, 0))
        else -> get("size_bytes", number(bytes.toDouble(), 0))
    }
}

/** Parses an Android `strings.xml` into name → text, undoing Android's escapes. */
fun parseStringsXml(input: InputStream): Map<String, String> {
    val factory = DocumentBuilderFactory.newInstance().apply {
        // A resource file names no external entities; refuse them so parsing reads nothing else.
        setFeature("http://apache.org/xml/features/disallow-doctype-decl", true)
        isExpandEntityReferences = false
    }
    val doc = factory.newDocumentBuilder().parse(input)
    val nodes = doc.documentElement.getElementsByTagName("string")
    val out = LinkedHashMap<String, String>()
    for (i in 0 until nodes.length) {
        val element = nodes.item(i) as Element
        out[element.getAttribute("name")] = unescapeAndroid(element.textContent)
    }
    return out
}

/** Android's resource escapes: `\'`, `\"`, `\n`, `\t`, `\\`, and `"…"` quoting. */
internal fun unescapeAndroid(raw: String): String {
    val text = raw.trim().let { if (it.length >= 2 && it.startsWith('"') && it.endsWith('"')) it.substring(1, it.length - 1) else it }
    val out = StringBuilder()
    var i = 0
    while (i < text.length) {
        val ch = text[i]
        if (ch == '\\' && i + 1 < text.length) {
            when (val next = text[i + 1]) {
                'n' -> out.append('\n')
                't' -> out.append('\t')
                else -> out.append(next)
            }
            i += 2
        } else {
            out.append(ch)
            i++
        }
    }
    return out.toString()
}

/** The app's strings from the class path (`res/values[-lang]/strings.xml`), falling back to the
 *  default (English) file for a key a translation lacks, as Android does. */
class ResourceTexts private constructor(
    override val language: String,
    private val strings: Map<String, String>,
    private val fallback: Map<String, String>,
) : Texts {
    override fun get(key: String, vararg args: Any): String {
        val pattern = strings[key] ?: fallback[key] ?: throw IllegalArgumentException("no string $key")
        return if (args.isEmpty()) pattern else String.format(java.util.Locale.forLanguageTag(language), pattern, *args)
    }

    fun keys(): Set<String> = strings.keys

    companion object {
        private val cache = java.util.concurrent.ConcurrentHashMap<String, Map<String, String>>()

        fun load(folder: String): Map<String, String> = cache.getOrPut(folder) {
            val stream = ResourceTexts::class.java.getResourceAsStream("/res/$folder/strings.xml")
                ?: throw IllegalStateException("missing res/$folder/strings.xml on the class path")
            stream.use(::parseStringsXml)
        }

        fun forLanguage(language: String): ResourceTexts {
            val default = load("values")
            val own = if (language == "en") default else load("values-$language")
            return ResourceTexts(language, own, default)
        }
    }
}
