//! The app's strings: every key of the default file exists in every language the checklist has,
//! placeholders match across translations, nothing a locked phone shows names Wave, sizes are
//! written in the app's language, and the desktop parser undoes Android's escapes.
package org.wave.ui

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.wave.core.checklistLanguages
import org.wave.ui.model.APP_LANGUAGES
import org.wave.ui.model.ResourceTexts
import org.wave.ui.model.fileSize
import org.wave.ui.model.parseStringsXml

/** Wave's name as the catalogs write it, and as Cyrillic and Georgian would transliterate it, so
 *  a translator who spells it out is caught too. */
val APP_NAME_SPELLINGS = listOf("Wave", "Вейв", "Вэйв", "Уэйв", "Уейв", "ვეივ", "უეივ")

fun namesTheApp(text: String): Boolean = APP_NAME_SPELLINGS.any { text.contains(it, ignoreCase = true) }

/**
 * Everything the unlock screen can show or have read out while the vault is locked: its field,
 * button and messages (also the failure that is not a wrong passphrase), the frame's read-aloud
 * and quick exit with their descriptions, and the camouflaged titles. `app_name` is left out: it
 * is the title only when she chose to show Wave as Wave.
 */
val LOCKED_KEYS = listOf(
    "unlock_field", "unlock_open", "unlock_working", "unlock_wrong", "error_generic",
    "read_aloud", "read_aloud_description", "quick_exit", "quick_exit_description",
    "app_name_calculator", "app_name_notes",
)

class StringsTest {
    private fun folder(language: String) = if (language == "en") "values" else "values-$language"

    private val placeholder = Regex("%\\d+\\$[sd]")

    @Test
    fun `every key exists in every checklist language with the same placeholders`() {
        val languages = checklistLanguages()
        assertTrue(APP_LANGUAGES.containsAll(languages), "the checklist speaks $languages, the app $APP_LANGUAGES")
        val default = ResourceTexts.load("values")
        assertTrue(default.size > 100)
        for (language in languages) {
            val strings = ResourceTexts.load(folder(language))
            assertEquals(default.keys, strings.keys, "keys of $language")
            for ((key, text) in default) {
                val translated = strings.getValue(key)
                assertTrue(translated.isNotBlank(), "$language/$key is empty")
                assertEquals(placeholder.findAll(text).map { it.value }.toSet(), placeholder.findAll(translated).map { it.value }.toSet(), "$language/$key")
            }
        }
    }

    @Test
    fun `nothing the locked screen shows names Wave, in any language`() {
        for (language in APP_LANGUAGES) {
            val texts = ResourceTexts.forLanguage(language)
            for (key in LOCKED_KEYS) {
                val text = texts.get(key)
                assertFalse(namesTheApp(text), "$language/$key names the app: $text")
            }
        }
        // The check itself catches the name inside a word and in another script.
        assertTrue(namesTheApp("Wave-ті ашпады") && namesTheApp("не открыла вейв"))
    }

    @Test
    fun `sizes use the app's words and its language's numbers, not the phone's`() {
        val phone = java.util.Locale.getDefault()
        // A phone set to German writes 1.5 as "1,5"; the English app must not follow it.
        java.util.Locale.setDefault(java.util.Locale.GERMANY)
        try {
            val en = ResourceTexts.forLanguage("en")
            assertEquals("1.5\u00a0MB", en.fileSize(1_572_864))
            assertEquals("1,024.0\u00a0MB", en.fileSize(1_073_741_824))
            assertEquals("2\u00a0KB", en.fileSize(2_048))
            assertEquals("512\u00a0B", en.fileSize(512))
            val ru = ResourceTexts.forLanguage("ru")
            assertEquals("1,5\u00a0МБ", ru.fileSize(1_572_864))
            assertEquals("13\u00a0КБ", ru.fileSize(13_312))
            assertEquals("512\u00a0Б", ru.fileSize(512))
            val uk = ResourceTexts.forLanguage("uk")
            assertEquals("2,3\u00a0МБ", uk.fileSize(2_411_725))
        } finally {
            java.util.Locale.setDefault(phone)
        }
    }

    @Test
    fun `Android escapes are undone and formatting follows the language`() {
        val xml = """<resources><string name="a">It\'s \"quoted\"\nnext</string><string name="b">"  kept  "</string></resources>"""
        val parsed = parseStringsXml(xml.byteInputStream())
        assertEquals("It's \"quoted\"\nnext", parsed["a"])
        assertEquals("  kept  ", parsed["b"])
        assertEquals("Вопрос 3 из 40", ResourceTexts.forLanguage("ru").get("progress", 3, 40))
        assertEquals("This phone's secure storage is not available", ResourceTexts.forLanguage("en").get("keystore_unavailable"))
        assertEquals("Зв'язок з організацією ще не налаштовано", ResourceTexts.forLanguage("uk").get("sync_not_enrolled"))
    }
}
