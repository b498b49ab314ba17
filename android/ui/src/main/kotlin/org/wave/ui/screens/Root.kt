//! The app's root composable: the screen the WaveApp holder says, in the app's language, with
//! quick exit wired once for every screen. The Android Activity's setContent shows this.
package org.wave.ui.screens

import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.rememberCoroutineScope
import kotlinx.coroutines.launch
import org.wave.ui.model.Screen
import org.wave.ui.model.WaveApp

/** What only the platform can do for a screen: scanning a code, finding where she is. */
class PlatformHooks(
    val scan: ((String) -> Unit) -> Unit = { _ -> },
    val canScan: Boolean = false,
    val locate: (((Double, Double, Double?) -> Unit) -> Unit)? = null,
)

@Composable
fun WaveRoot(app: WaveApp, hooks: PlatformHooks = PlatformHooks()) {
    val texts by app.texts.collectAsState()
    val screen by app.screen.collectAsState()
    val scope = rememberCoroutineScope()
    val back: () -> Unit = { scope.launch { app.back() } }
    val speak: (String) -> Unit = { app.platform.speak(it, texts.language) }
    WaveTheme(texts) {
        CompositionLocalProvider(LocalQuickExit provides app::quickExit, LocalActionScope provides scope) {
            when (val s = screen) {
                is Screen.Welcome -> WelcomeRoute(s.model, speak)
                is Screen.Unlock -> UnlockRoute(s.model, speak)
                is Screen.Home -> HomeRoute(s.model, speak)
                is Screen.Checklist -> ChecklistRoute(s.model, hooks.locate, back)
                is Screen.Enroll -> EnrollRoute(
                    s.model,
                    if (hooks.canScan) {
                        { hooks.scan { code -> s.model.codeChanged(code); scope.launch { s.model.check(code) } } }
                    } else {
                        null
                    },
                    back,
                    speak,
                )
                is Screen.Settings -> SettingsRoute(s.model, back, speak)
            }
        }
    }
}
