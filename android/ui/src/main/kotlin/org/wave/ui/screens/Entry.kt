//! The screens before the vault is open: first run (what Wave is, passphrase, duress, wipe,
//! creating) and unlock (one field, one message, nothing else about the vault).
package org.wave.ui.screens

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.runtime.Composable
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.ui.Modifier
import kotlinx.coroutines.launch
import org.wave.core.PassphraseStrength
import org.wave.ui.model.UnlockModel
import org.wave.ui.model.UnlockState
import org.wave.ui.model.WelcomeModel
import org.wave.ui.model.WelcomeState
import org.wave.ui.model.WelcomeStep

@Composable
fun WelcomeRoute(model: WelcomeModel, onReadAloud: (String) -> Unit) {
    val state by model.state.collectAsState()
    val scope = LocalActionScope.current
    WelcomeScreen(
        state,
        WelcomeActions(
            setUp = model::setUp,
            passphrase = { scope.launch { model.passphraseChanged(it) } },
            repeat = model::repeatChanged,
            continuePassphrase = model::continueFromPassphrase,
            duress = { scope.launch { model.duressChanged(it) } },
            duressRepeat = model::duressRepeatChanged,
            setDuress = model::setDuress,
            skipDuress = model::skipDuress,
            wipe = model::chooseWipe,
            create = { scope.launch { model.create() } },
            back = { model.back() },
            retry = { scope.launch { model.create() } },
        ),
        onReadAloud,
    )
}

class WelcomeActions(
    val setUp: () -> Unit = {},
    val passphrase: (String) -> Unit = {},
    val repeat: (String) -> Unit = {},
    val continuePassphrase: () -> Unit = {},
    val duress: (String) -> Unit = {},
    val duressRepeat: (String) -> Unit = {},
    val setDuress: () -> Unit = {},
    val skipDuress: () -> Unit = {},
    val wipe: (Int?) -> Unit = {},
    val create: () -> Unit = {},
    val back: () -> Unit = {},
    val retry: () -> Unit = {},
)

@Composable
private fun StrengthMeter(strength: PassphraseStrength?, pin: Boolean) {
    if (strength == null) return
    LinearProgressIndicator(progress = { strength.score.toFloat() / 4f }, modifier = Modifier.fillMaxWidth())
    Muted(
        when {
            pin && strength.acceptable -> tr("passphrase_pin")
            strength.acceptable -> tr("passphrase_good")
            else -> tr("passphrase_strength", strength.score.toInt())
        },
    )
    if (strength.hint.isNotBlank() && !strength.acceptable) Muted(strength.hint)
}

@Composable
fun WelcomeScreen(state: WelcomeState, actions: WelcomeActions, onReadAloud: (String) -> Unit) {
    val onBack = if (state.step == WelcomeStep.INTRO || state.step == WelcomeStep.CREATING) null else actions.back
    when (state.step) {
        WelcomeStep.INTRO -> {
            val what = tr("welcome_what")
            val protects = tr("welcome_protects")
            Frame({ onReadAloud("$what $protects") }, onBack) {
                Heading(tr("welcome_title"))
                WText(what)
                WText(protects)
                Primary(tr("welcome_set_up"), actions.setUp)
            }
        }
        WelcomeStep.PASSPHRASE, WelcomeStep.KEYSTORE_FAILED -> {
            val explain = tr("passphrase_explain")
            Frame({ onReadAloud(explain) }, onBack) {
                Heading(tr("passphrase_title"))
                WText(explain)
                Muted(tr("passphrase_lost"))
                Field(state.passphrase, actions.passphrase, tr("passphrase_field"), secret = true)
                StrengthMeter(state.strength, state.pin)
                Field(state.repeat, actions.repeat, tr("passphrase_repeat"), secret = true)
                if (state.mismatch) Notice(tr("passphrase_mismatch"), warning = true)
                state.problem?.let { if (it != "passphrase_mismatch" || !state.mismatch) Notice(tr(it), warning = true) }
                state.coreMessage?.let { Notice(it, warning = true) }
                if (state.step == WelcomeStep.KEYSTORE_FAILED) {
                    Notice(tr("keystore_unavailable"), warning = true)
                    Secondary(tr("try_again"), actions.retry)
                }
                Primary(tr("continue_"), actions.continuePassphrase, enabled = state.canContinue)
            }
        }
        WelcomeStep.DURESS -> {
            val explain = tr("duress_explain")
            Frame({ onReadAloud(explain) }, onBack) {
                Heading(tr("duress_title"))
                WText(explain)
                Field(state.duress, actions.duress, tr("duress_field"), secret = true)
                StrengthMeter(state.duressStrength, false)
                Field(state.duressRepeat, actions.duressRepeat, tr("duress_repeat"), secret = true)
                if (state.duressSame) Notice(tr("duress_same"), warning = true)
                state.problem?.let { Notice(tr(it), warning = true) }
                state.coreMessage?.let { Notice(it, warning = true) }
                // "Skip" is as prominent as "Set": the choice is hers.
                Primary(tr("duress_set"), actions.setDuress, enabled = state.canSetDuress)
                Primary(tr("skip"), actions.skipDuress)
            }
        }
        WelcomeStep.WIPE -> {
            val explain = tr("wipe_explain")
            Frame({ onReadAloud(explain) }, onBack) {
                Heading(tr("wipe_title"))
                WText(explain)
                for (choice in state.wipeChoices) {
                    RadioRow(
                        if (choice == null) tr("wipe_off") else tr("wipe_after", choice),
                        selected = state.wipeAfter == choice,
                        onSelect = { actions.wipe(choice) },
                    )
                }
                Primary(tr("create"), actions.create)
            }
        }
        WelcomeStep.CREATING -> {
            val creating = tr("creating")
            Frame({ onReadAloud(creating) }) {
                Heading(creating)
                CircularProgressIndicator()
            }
        }
    }
}

@Composable
fun UnlockRoute(model: UnlockModel, onReadAloud: (String) -> Unit) {
    val state by model.state.collectAsState()
    val scope = LocalActionScope.current
    UnlockScreen(state, model::passphraseChanged, { scope.launch { model.open() } }, model.titleKey, onReadAloud)
}

@Composable
fun UnlockScreen(
    state: UnlockState,
    onChange: (String) -> Unit,
    onOpen: () -> Unit,
    titleKey: String = "app_name",
    onReadAloud: (String) -> Unit,
) {
    val title = tr(titleKey)
    Frame({ onReadAloud(title) }) {
        Heading(title)
        Field(state.passphrase, onChange, tr("unlock_field"), secret = true)
        if (state.wrong) Notice(tr("unlock_wrong"), warning = true)
        if (state.failed) Notice(tr("error_generic"), warning = true)
        if (state.working) {
            Muted(tr("unlock_working"))
            CircularProgressIndicator()
        } else {
            Primary(tr("unlock_open"), onOpen, enabled = state.passphrase.isNotEmpty())
        }
    }
}
