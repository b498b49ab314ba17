//! Compose UI tests on the desktop target: every screen in every app language at 320x640 dp with
//! font scale 1.3 has no text cut off or overflowing, every control is labelled and at least
//! 48 dp; the camouflaged unlock screen names nothing of Wave in any of its states; and the real
//! app is driven by clicks and typing from first run to a question, then quick exit.
package org.wave.ui.screens

import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.requiredWidth
import androidx.compose.foundation.layout.width
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.mutableStateOf
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasContentDescription
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.v2.runDesktopComposeUiTest
import androidx.compose.ui.unit.Density
import androidx.compose.ui.unit.dp
import java.nio.file.Path
import java.util.Collections
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import org.wave.ui.PASSPHRASE
import org.wave.ui.namesTheApp
import org.wave.ui.newApp
import org.wave.ui.model.APP_LANGUAGES
import org.wave.ui.model.ChecklistView
import org.wave.ui.model.ResourceTexts
import org.wave.ui.model.Screen
import org.wave.ui.model.UnlockState

@OptIn(ExperimentalTestApi::class)
class ScreensTest {
    /** Checks one screen at `width` x `height` dp and font scale 1.3; returns what is wrong. */
    private fun check(language: String, shot: Shot, width: Int = 320, height: Int = 640): List<String> {
        val problems = Collections.synchronizedList(mutableListOf<String>())
        runDesktopComposeUiTest(width = width, height = height) {
            setContent {
                Scaled {
                    CompositionLocalProvider(LocalOverflowReport provides OverflowReport { problems.add("cut off: \"$it\"") }) {
                        WaveTheme(ResourceTexts.forLanguage(language)) { shot.content() }
                    }
                }
            }
            waitForIdle()
            val controls = onAllNodes(hasClickAction()).fetchSemanticsNodes() + onAllNodes(hasSetTextAction()).fetchSemanticsNodes()
            for (node in controls) {
                val label = label(node)
                if (label.isBlank()) problems.add("unlabelled control at ${node.boundsInRoot}")
                if (node.size.height < 48 || node.size.width < 48) problems.add("small target (${node.size}): \"$label\"")
            }
            for (node in onAllNodes(hasText("", substring = true)).fetchSemanticsNodes()) {
                val bounds = node.boundsInRoot
                if (bounds.right > width + 0.5f || bounds.left < -0.5f) problems.add("outside the screen: \"${label(node)}\" $bounds")
            }
        }
        return problems.map { "$language/${shot.name}: $it" }
    }

    private fun label(node: SemanticsNode): String {
        val texts = node.config.getOrNull(SemanticsProperties.Text).orEmpty().map { it.text }
        val descriptions = node.config.getOrNull(SemanticsProperties.ContentDescription).orEmpty()
        return (descriptions + texts).joinToString(" ").trim()
    }

    @Test
    fun `no screen cuts text or has unlabelled or small controls at 320x640 and font 1_3`() {
        val problems = mutableListOf<String>()
        for (language in APP_LANGUAGES) {
            for (shot in gallery(language)) problems += check(language, shot)
        }
        assertEquals(emptyList<String>(), problems)
    }

    @Test
    fun `the overflow check finds text that is cut off`() {
        val found = check("en", Shot("too-wide") { Box(Modifier.requiredWidth(600.dp)) { WText("A line far wider than the phone ".repeat(3)) } })
        assertTrue(found.any { "outside the screen" in it || "cut off" in it }, "$found")
        // A word broken across lines ("Ви|хід") counts as cut off.
        val broken = check("uk", Shot("narrow") { Box(Modifier.width(40.dp)) { WText("Вихід") } })
        assertTrue(broken.any { "cut off: \"Вихід\"" in it }, "$broken")
        assertEquals(emptyList<String>(), check("uk", Shot("wide enough") { Box(Modifier.width(200.dp)) { WText("Вихід і назад") } }))
    }

    @Test
    fun `the camouflaged unlock screen names nothing of Wave in any state or language`() {
        val found = mutableListOf<String>()
        val states = listOf(UnlockState(), UnlockState(wrong = true), UnlockState(failed = true), UnlockState(passphrase = "x", working = true))
        for (language in APP_LANGUAGES) {
            runDesktopComposeUiTest(width = 360, height = 800) {
                val state = mutableStateOf(states.first())
                setContent { WaveTheme(ResourceTexts.forLanguage(language)) { UnlockScreen(state.value, {}, {}, "app_name_calculator") {} } }
                for (s in states) {
                    state.value = s
                    waitForIdle()
                    // Unmerged, so a content description inside a button is read as TalkBack reads it.
                    val shown = onAllNodes(SemanticsMatcher("any node") { true }, useUnmergedTree = true).fetchSemanticsNodes().map(::label)
                    if (s.wrong) assertTrue(ResourceTexts.forLanguage(language).get("unlock_wrong") in shown, "$language: no message in $shown")
                    found += shown.filter(::namesTheApp).map { "$language/$s: $it" }
                }
            }
        }
        assertEquals(emptyList<String>(), found)
    }

    @Test
    fun `clicks and typing take the real app from first run to a question, and quick exit locks`(@TempDir dir: Path) {
        val (app, platform) = newApp(dir.toFile(), language = "ru")
        runDesktopComposeUiTest(width = 360, height = 800) {
            setContent { Scaled { WaveRoot(app) } }
            onNodeWithText("Настроить").performClick()
            val fields = onAllNodes(hasSetTextAction())
            fields[0].performTextInput(PASSPHRASE)
            fields[1].performTextInput(PASSPHRASE)
            waitUntil(timeoutMillis = 5_000) { onAllNodesWithText("Достаточно надёжно").fetchSemanticsNodes().isNotEmpty() }
            onNodeWithText("Продолжить").performScrollTo().performClick()
            onNodeWithText("Пропустить").performScrollTo().performClick()
            onNodeWithText("Создать").performScrollTo().performClick()
            waitUntil("home after create: ${app.screen.value}", 10_000) { app.screen.value is Screen.Home }
            onNodeWithText("Пока ничего не записано.").assertExists()
            onNodeWithText("Новая запись").performScrollTo().performClick()
            waitUntil("the first question", 10_000) { onAllNodesWithText("Вопрос 1 из", substring = true).fetchSemanticsNodes().isNotEmpty() }
            onNodeWithContentDescription("Прочитать этот экран вслух").performClick()
            assertEquals("ru", platform.spoken.last().second)
            val first = onAllNodes(hasClickAction()).fetchSemanticsNodes().map(::label)
            assertTrue(first.any { it.isNotBlank() })
            val question = ((app.screen.value as Screen.Checklist).model.view.value as ChecklistView.Asking).question
            onNodeWithText(question.choices.first { it.value == "safe" }.label).performClick()
            onNodeWithText("Далее").performScrollTo().performClick()
            waitUntil("the second question", 10_000) { onAllNodesWithText("Вопрос 2 из", substring = true).fetchSemanticsNodes().isNotEmpty() }
            assertTrue(app.vault.isUnlocked())
            onNode(hasContentDescription("Быстрый выход: закрыть на замок и уйти")).performClick()
            waitForIdle()
            assertFalse(app.vault.isUnlocked())
            assertEquals(1, platform.left)
            onNodeWithText("Открыть").assertExists()
        }
    }
}

/** The tests' phones: density 1 (so the window's pixels are dp) and font scale 1.3. */
@Composable
fun Scaled(content: @Composable () -> Unit) {
    CompositionLocalProvider(LocalDensity provides Density(1f, 1.3f), content = content)
}
