//! The app's strings: every key of the default file exists in every language the checklist has,
//! placeholders match across translations, and the desktop parser undoes Android's escapes.
package org.wave.ui

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.wave.core.checklistLanguages
import org.wave.ui.model.APP_LANGUAGES
import org.wave.ui.model.ResourceTexts
import org.wave.ui.model.parseStringsXml

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
